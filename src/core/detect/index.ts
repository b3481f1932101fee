/**
 * Clear Read's clutter detector: finds subscription/meter/paywall clutter on
 * any page and collapses it reversibly, never the article.
 *
 * How a pass works (all work is batched behind one timer, driven by
 * mutations, never by polling):
 *  1. site rules (`extraHide`) are applied;
 *  2. text seeds: new nodes' block lines are tested against the offer tables;
 *     each hit's ancestor chain gives a floating layer (outermost fixed or
 *     sticky ancestor) or an inline panel (largest offer-only ancestor that
 *     holds no article prose);
 *  3. probes: elementsFromPoint at the centre, edges and corners find
 *     floating layers whatever their text (iframe modals, shadow roots,
 *     backdrops); layers are peeled again after each collapse;
 *  4. scroll locks on html/body are undone once an overlay was collapsed;
 *  5. each candidate is scored by the signals (see scorer.ts) and collapsed
 *     with an inline `display:none!important` when it passes.
 * Our own style writes are dropped from the observer queue (takeRecords) and
 * a style mutation is acted on only if the element no longer carries our
 * style, so the detector never feeds on its own changes.
 *
 * The phases live in ./phases (discover, judge, collapse, unlock, watch) as
 * functions of one state object; this file only orders them into a pass and
 * gives the page's script its API. Everything registered with the page
 * (listeners, observer, timers) hangs on one AbortController: stop() aborts
 * it and nothing of the detector runs again.
 */
import type { HiddenItem } from '../article.ts';
import { collapse, collapseProbedLayers, collapseRuled, INLINE_TRIES, PROBE_ROUNDS, trySeed, uncollapseStale } from './phases/collapse.ts';
import { discoverSeeds, SEEDS_PER_PASS, TEXT_NODES_PER_PASS, VENDOR_SEEDS_PER_PASS } from './phases/discover.ts';
import { pageContext } from './phases/judge.ts';
import { createState, type DetectorOptions, type DetectorState, itemsOf, overSlice, report, SLICE_MS } from './phases/state.ts';
import { relock, unlockScroll } from './phases/unlock.ts';
import { createWatch, type Watch } from './phases/watch.ts';
import { probePoints } from './candidates.ts';
import { prepareOfferMatcher } from './lang-tables.ts';

export type { DetectorOptions } from './phases/state.ts';

export interface Detector {
  items(): HiddenItem[];
  /** Put the page back exactly as it was and stop collapsing until resume(). */
  restoreAll(): void;
  resume(): void;
  /** Hide one element now (element picker), source 'picker'. Returns the item. */
  hideElement(el: Element, source: 'picker' | 'rule'): HiddenItem | undefined;
  updateOptions(opts: Partial<DetectorOptions>): void;
  /** Removes every listener, observer and timer of the detector (the page keeps what is collapsed). */
  stop(): void;
}

/**
 * The most one pass (one main-thread task) can do, in work units rather than milliseconds so a
 * test can hold the detector to it on any machine (the milliseconds are measured by the
 * benchmark's stress run): text nodes read, seeds tried, candidates judged (each seed tries at
 * most INLINE_TRIES levels, each vendor seed too, plus PROBE_ROUNDS rounds of probes).
 */
export const PASS_LIMITS = {
  textNodes: TEXT_NODES_PER_PASS,
  seeds: SEEDS_PER_PASS,
  evals: (SEEDS_PER_PASS + VENDOR_SEEDS_PER_PASS) * INLINE_TRIES + PROBE_ROUNDS * probePoints(0, 0).length,
} as const;

/**
 * The offer matcher is built on the first offer test of the page (10-20 ms of cold code, more
 * on a busy machine): that first pass builds it and leaves the rest to the next task, so the
 * build and the first reading of the page never add up in one task. False in that pass.
 */
function matcherReady(st: DetectorState): boolean {
  if (st.matcherBuilt) return true;
  prepareOfferMatcher();
  st.matcherBuilt = true;
  return false;
}

/**
 * One pass: rules, discover + judge + collapse from text seeds, then probes, then the scroll lock.
 * A pass that has had its time (SLICE_MS) leaves the rest to a pass in the next task: the guard
 * search and the reading of roots go on where they stopped, seeds not tried go back to the
 * pending roots, probes wait. So does what reads boxes after a collapse in the same task.
 */
function runPass(st: DetectorState, watch: Watch): void {
  if (st.paused || !st.doc.body) return;
  if (!st.budgets.passes.take()) {
    watch.retry(st.budgets.passes.wait());
    return;
  }
  const t0 = performance.now();
  st.deadline = t0 + SLICE_MS;
  let tPhase = t0;
  const phase = (name: string) => {
    const t = performance.now();
    st.cost.phases[name] = (st.cost.phases[name] ?? 0) + t - tPhase;
    tPhase = t;
  };
  st.judged.clear();
  st.work.textNodes = st.work.evals = st.work.seeds = 0;
  const writes0 = st.writes;
  // Out of time, or a collapse in this task made the page's layout stale (a box read now would
  // force it: tens of milliseconds on a long page): what reads boxes waits for the next task.
  const yieldNow = () => overSlice(st) || st.writes !== writes0;
  collapseRuled(st);
  const ctx = matcherReady(st) ? pageContext(st) : undefined;
  phase('guard+rules');
  if (ctx) {
    const seeds = discoverSeeds(st);
    phase('scan');
    for (const s of seeds.text) {
      if (st.work.seeds >= SEEDS_PER_PASS || yieldNow()) st.pending.add(s);
      else {
        st.work.seeds++;
        trySeed(st, s, ctx);
      }
    }
    for (const v of seeds.vendor) if (yieldNow()) st.pending.add(v);
    else trySeed(st, v, ctx, true);
    phase('seeds');
    if (st.probe && !yieldNow()) {
      st.probe = false;
      collapseProbedLayers(st, ctx);
    }
    phase('probes');
    unlockScroll(st, ctx);
    phase('lock');
  }
  watch.takeRecords(); // our own writes: never fed back to us
  const cut = !ctx || yieldNow();
  st.deadline = Number.POSITIVE_INFINITY;
  st.cost.ms += performance.now() - t0;
  st.cost.passes++;
  for (const k of ['textNodes', 'evals', 'seeds'] as const) st.cost.most[k] = Math.max(st.cost.most[k], st.work[k]);
  // Cut by time: the rest in the next task. Roots left over by the per-pass cap: another pass soon.
  if (!ctx || st.mainSearch || st.cursor || st.pending.size || (cut && st.probe)) st.schedule(cut ? 0 : undefined);
  report(st);
}

export function startDetector(doc: Document, opts: DetectorOptions = {}): Detector {
  const life = new AbortController();
  const st = createState(doc, opts, life.signal);
  const watch: Watch = createWatch(st, () => runPass(st, watch));
  watch.whenReady();

  const api: Detector & { cost: DetectorState['cost'] } = {
    cost: st.cost,
    items: () => itemsOf(st),
    restoreAll() {
      st.paused = true;
      watch.pause();
      st.styles.restoreAll();
      relock(st);
      st.hidden.clear();
      st.dormant.clear();
      st.overlayHidden = false;
      st.o.onChange?.([]);
    },
    resume() {
      if (!st.paused || life.signal.aborted) return;
      st.paused = false;
      if (!st.started) return watch.begin();
      watch.connect();
      st.guardDirty = st.probe = true;
      if (doc.body) st.pending.add(doc.body);
      st.schedule(0);
    },
    hideElement(el, source) {
      if (!el.isConnected || el === doc.body || el === doc.documentElement) return undefined;
      const have = st.hidden.get(el);
      if (have) return have;
      const item = collapse(st, el, [source], 0, source);
      st.overlayHidden = true;
      watch.takeRecords();
      st.changed = false;
      st.o.onChange?.(itemsOf(st));
      st.schedule();
      return item;
    },
    updateOptions(p) {
      st.o = { ...st.o, ...p };
      // A rule the user removed un-hides what it hid (reason `rule:<selector>`), at once.
      uncollapseStale(st, p);
      watch.takeRecords();
      if (doc.body) st.pending.add(doc.body);
      st.probe = true;
      st.schedule(0);
    },
    stop() {
      st.paused = true;
      life.abort();
    },
  };
  return api;
}
