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
 */
import type { HiddenItem } from '../article.ts';
import { Budget } from './budget.ts';
import { hitAt, layerOf, lightOf, offerSeeds, probePoints, up } from './candidates.ts';
import { findMain, type Guard, guards } from './guard.ts';
import { type LockState, readLock, unlock } from './locks.ts';
import { score, type Verdict } from './scorer.ts';
import { StyleOverrides } from './styles.ts';
import { textStats } from './text.ts';
import type { Candidate, PageContext } from './types.ts';
import { VENDOR_SEED } from './signals/vendor.ts';
import { langCost } from './lang.ts';

export interface DetectorOptions {
  extraHide?: string[];
  neverHide?: string[];
  onChange?: (items: HiddenItem[]) => void;
  debug?: (msg: string, data?: unknown) => void;
}

export interface Detector {
  items(): HiddenItem[];
  /** Put the page back exactly as it was and stop collapsing until resume(). */
  restoreAll(): void;
  resume(): void;
  /** Hide one element now (element picker), source 'picker'. Returns the item. */
  hideElement(el: Element, source: 'picker' | 'rule'): HiddenItem | undefined;
  updateOptions(opts: Partial<DetectorOptions>): void;
  stop(): void;
}

const HIDE = 'display:none!important';
/** Batch delay: mutations within this window are handled together. */
const BATCH_MS = 120;
/** A second probe this long after a mutation-driven pass catches slide-in transitions. */
const FOLLOW_UP_MS = 900;
/** Caps (per rolling minute): passes, candidate evaluations, text nodes scanned. */
const PASSES_PER_MIN = 150;
const EVALS_PER_MIN = 900;
const TEXT_NODES_PER_MIN = 200_000;
/**
 * Per pass: seeds and chain levels tried, text nodes read. A pass is one task on the page's
 * main thread; these caps keep each task short however fast a page inserts nodes (what is
 * left over waits for the next pass, BATCH_MS later).
 */
const SEEDS_PER_PASS = 40;
const TEXT_NODES_PER_PASS = 20_000;
const INLINE_TRIES = 4;
/**
 * The most one pass (one main-thread task) can do, in work units rather than milliseconds so a
 * test can hold the detector to it on any machine (the milliseconds are measured by the
 * benchmark's stress run): text nodes read, seeds tried, candidates judged (each seed tries at
 * most INLINE_TRIES levels, each vendor seed too, plus three rounds of probes).
 */
export const PASS_LIMITS = {
  textNodes: TEXT_NODES_PER_PASS,
  seeds: SEEDS_PER_PASS,
  evals: (SEEDS_PER_PASS + 12) * INLINE_TRIES + 3 * 9,
} as const;

/** Characters of text above which an element is not judged at all. */
const MAX_TEXT = 5000;

export function startDetector(doc: Document, opts: DetectorOptions = {}): Detector {
  const win = doc.defaultView as Window & typeof globalThis;
  let o: DetectorOptions = { ...opts };
  const styles = new StyleOverrides();
  const hidden = new Map<Element, HiddenItem>();
  let lockItem: HiddenItem | undefined;
  const lockApplied = { html: '', body: '' };
  let scrollBeforeUnlock = 0;
  let nextId = 1;
  let paused = false;
  let started = false;
  let guard: Guard = { main: null, prose: new Map(), proseTotal: 0 };
  let guardDirty = true;
  let overlayHidden = false;
  let lastInput = -1e9;
  const pending = new Set<Element>();
  const dormant = new Set<Element>();
  const frameWatch = new WeakSet<Element>();
  /** Elements already judged in this pass (nested seeds share ancestors). */
  const judged = new Set<Element>();
  let probe = true;
  let timer: ReturnType<typeof setTimeout> | 0 = 0;
  let followUp: ReturnType<typeof setTimeout> | 0 = 0;
  const passes = new Budget(PASSES_PER_MIN);
  const evals = new Budget(EVALS_PER_MIN);
  const textBudget = new Budget(TEXT_NODES_PER_MIN);
  const log = (msg: string, data?: unknown) => o.debug?.(msg, data);
  /** Main-thread time spent, for measurement. */
  const cost = { ms: 0, passes: 0, lang: langCost, phases: {} as Record<string, number>, most: { textNodes: 0, evals: 0, seeds: 0 } };
  /** Work units of the running pass (the largest pass so far is kept in cost.most). */
  const work = { textNodes: 0, evals: 0, seeds: 0 };
  let tPhase = 0;
  const phase = (name: string) => {
    const t = performance.now();
    cost.phases[name] = (cost.phases[name] ?? 0) + t - tPhase;
    tPhase = t;
  };

  const list = (): HiddenItem[] => [...(lockItem ? [lockItem] : []), ...[...hidden].filter(([el]) => el.isConnected).map(([, it]) => it)];
  let changed = false;

  const matchesAny = (el: Element, sels: string[] | undefined, closest: boolean) =>
    !!sels?.some((s) => {
      try {
        return closest ? !!el.closest(s) || !!el.querySelector(s) : el.matches(s);
      } catch {
        return false;
      }
    });

  const isHiddenByUs = (el: Element) => {
    for (let n: Element | null = el; n; n = up(n)) if (hidden.has(n)) return true;
    return false;
  };

  function label(el: Element, offerLine?: string): string {
    if (offerLine) return `"${offerLine.length > 48 ? `${offerLine.slice(0, 47)}…` : offerLine}"`;
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/)[0] : '';
    return el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (cls ? `.${cls}` : '');
  }

  function collapse(el: Element, reasons: string[], sc: number, source: HiddenItem['source'], offerLine?: string): HiddenItem {
    const item: HiddenItem = { id: nextId++, label: label(el, offerLine), reasons, score: sc, source };
    styles.set(el, HIDE);
    hidden.set(el, item);
    dormant.delete(el);
    changed = true;
    log('collapse', { item, el });
    return item;
  }

  function context(): PageContext {
    return { vw: win.innerWidth, vh: win.innerHeight, guard, lock: readLock(doc).reasons, overlayHidden, lastInput };
  }

  /** Scores one candidate; undefined when not visible (kept dormant), too big to be clutter, or over budget. */
  function judge(el: Element, layer: Element, kind: Candidate['kind'], ctx: PageContext, atCentre = false): (Verdict & { c: Candidate }) | undefined {
    // Clutter is short: a panel or a modal holds a few hundred words at most.
    if (judged.has(el) || (el.textContent?.length ?? 0) > MAX_TEXT || !evals.take()) return undefined;
    judged.add(el);
    work.evals++;
    const rect = layer.getBoundingClientRect();
    const style = win.getComputedStyle(layer);
    if (rect.width < 2 || rect.height < 2 || style.visibility === 'hidden' || style.opacity === '0') {
      dormant.add(el);
      return undefined;
    }
    dormant.delete(el);
    const t = performance.now();
    const c: Candidate = { el, layer, kind, style, rect, text: textStats(el), atCentre, ctx };
    const t2 = performance.now();
    // A frame whose document has not loaded yet: look again when it has (an event, not a poll).
    const frame = c.text.chars ? null : el.tagName === 'IFRAME' ? el : el.querySelector('iframe');
    if (frame && !frameWatch.has(frame)) {
      frameWatch.add(frame);
      frame.addEventListener('load', () => {
        pending.add(el);
        schedule();
      }, { once: true });
    }
    const v = score(c);
    log(`judge ${kind} ${label(el)} text ${(t2 - t).toFixed(1)}ms score ${(performance.now() - t2).toFixed(1)}ms`, v);
    return { ...v, c };
  }

  function protectedEl(el: Element, inline: boolean): boolean {
    return guards(guard, el, inline) || matchesAny(el, o.neverHide, true);
  }

  /** A layer (fixed/sticky root) found by text or probe. */
  function tryLayer(layer: Element, ctx: PageContext, atCentre: boolean): boolean {
    const el = lightOf(layer, doc);
    if (hidden.has(el) || protectedEl(el, false)) return false;
    const v = judge(el, layer, 'layer', ctx, atCentre);
    if (!v?.clutter) return false;
    collapse(el, v.reasons, v.score, 'auto', v.c.text.offerLines[0]);
    overlayHidden = ctx.overlayHidden = true;
    return true;
  }

  /** From an offer line's block: its floating layer, else the largest offer panel around it. */
  function trySeed(block: Element, ctx: PageContext, asIs = false): void {
    if (isHiddenByUs(block)) return;
    const chain: Element[] = [];
    for (let el: Element | null = block; el && chain.length < 25; el = up(el)) {
      if (el === doc.body || el === doc.documentElement || (guard.main && el.contains(guard.main))) break;
      chain.push(el);
    }
    if (!chain.length) return;
    const layer = layerOf(block, win);
    if (layer) {
      tryLayer(layer, ctx, false);
      return;
    }
    // Inline: largest ancestor first; the first that passes wins.
    let tries = 0;
    for (let i = asIs ? 0 : chain.length - 1; i >= 0 && tries < INLINE_TRIES; i--) {
      const el = chain[i] as Element;
      if (protectedEl(el, true)) continue;
      tries++;
      const v = judge(el, el, 'inline', ctx);
      if (!v?.clutter) continue;
      collapse(el, v.reasons, v.score, 'auto', v.c.text.offerLines[0]);
      fadeLayersNear(el, ctx);
      return;
    }
  }

  /** A gradient sheet next to a collapsed gate panel (the fade over the last paragraphs). */
  function fadeLayersNear(panel: Element, ctx: PageContext): void {
    const near: Element[] = [];
    for (let s = panel.previousElementSibling, i = 0; s && i < 3; s = s.previousElementSibling, i++) near.push(s);
    if (panel.nextElementSibling) near.push(panel.nextElementSibling);
    const main = ctx.guard.main;
    if (main) for (let s = main.lastElementChild, i = 0; s && i < 3; s = s.previousElementSibling, i++) near.push(s);
    for (const el of near) {
      if (hidden.has(el) || (el.textContent ?? '').trim().length > 20 || protectedEl(el, true)) continue;
      if (!/gradient/.test(win.getComputedStyle(el).backgroundImage)) continue;
      collapse(el, ['fade-layer', `next-to:${label(panel)}`], 0, 'auto');
    }
  }

  function runProbes(ctx: PageContext): void {
    for (let round = 0; round < 3; round++) {
      const seen = new Set<Element>();
      let hid = false;
      probePoints(ctx.vw, ctx.vh).forEach(([x, y], i) => {
        const hit = hitAt(doc, x, y);
        if (!hit || hit === doc.body || hit === doc.documentElement) return;
        const layer = layerOf(hit, win);
        if (!layer || seen.has(layer)) return;
        seen.add(layer);
        if (tryLayer(layer, ctx, i === 0)) hid = true;
      });
      if (!hid) break;
    }
  }

  function applyRules(): void {
    for (const sel of o.extraHide ?? []) {
      let els: NodeListOf<Element>;
      try {
        els = doc.querySelectorAll(sel);
      } catch {
        continue;
      }
      for (const el of els) if (!hidden.has(el) && el !== doc.body && el !== doc.documentElement && !matchesAny(el, o.neverHide, true)) {
        collapse(el, [`rule:${sel}`], 0, 'rule');
        overlayHidden = true;
      }
    }
  }

  function checkLock(ctx: PageContext): void {
    const st: LockState = readLock(doc);
    if (!st.reasons.length) return;
    const taller = doc.documentElement.scrollHeight > ctx.vh + 100 || st.parked > 0;
    if (!(overlayHidden || (st.lockClass && taller))) return;
    if (!lockItem) scrollBeforeUnlock = win.scrollY;
    unlock(doc, st, styles, lockApplied);
    const reasons = [...new Set([...(lockItem?.reasons ?? []), ...st.reasons, ...(overlayHidden ? ['after-overlay'] : ['lock-class'])])];
    lockItem = { id: lockItem?.id ?? nextId++, label: 'Scroll lock', reasons, score: 0, source: 'auto' };
    changed = true;
    log('unlock', st);
  }

  function flush(): void {
    timer = 0;
    if (paused || !doc.body) return;
    if (!passes.take()) {
      timer = setTimeout(flush, passes.wait());
      return;
    }
    const t0 = performance.now();
    tPhase = t0;
    if (guardDirty) {
      guard = findMain(doc);
      guardDirty = false;
    }
    const ctx = context();
    judged.clear();
    applyRules();
    phase('guard+rules');
    // Text seeds from new nodes (and from dormant candidates whose attributes changed).
    const seeds = new Set<Element>();
    const vendorSeeds: Element[] = [];
    work.textNodes = work.evals = work.seeds = 0;
    let overBudget = false;
    for (const root of pending) {
      // This pass has read its share: the rest waits for the next one.
      if (work.textNodes >= TEXT_NODES_PER_PASS) break;
      pending.delete(root);
      if (!root.isConnected || isHiddenByUs(root)) continue;
      const read = offerSeeds(root, seeds, TEXT_NODES_PER_PASS - work.textNodes);
      work.textNodes += read;
      if (!textBudget.take(read)) {
        overBudget = true;
        break;
      }
      // Vendor-named elements whose text the tables do not know (yet): judged once each, as they are.
      for (const v of [root, ...root.querySelectorAll(VENDOR_SEED)])
        if (vendorSeeds.length < 12 && v.matches(VENDOR_SEED) && !vendorSeeds.some((x) => x.contains(v))) vendorSeeds.push(v);
    }
    // Over the minute's text budget: drop the rest (the budget exists for pages that never stop).
    if (overBudget) pending.clear();
    phase('scan');
    for (const s of seeds) {
      if (work.seeds >= SEEDS_PER_PASS) break;
      work.seeds++;
      trySeed(s, ctx);
    }
    for (const v of vendorSeeds) trySeed(v, ctx, true);
    phase('seeds');
    if (probe) {
      probe = false;
      runProbes(ctx);
    }
    phase('probes');
    checkLock(ctx);
    phase('lock');
    mo.takeRecords(); // our own writes: never fed back to us
    cost.ms += performance.now() - t0;
    cost.passes++;
    cost.most.textNodes = Math.max(cost.most.textNodes, work.textNodes);
    cost.most.evals = Math.max(cost.most.evals, work.evals);
    cost.most.seeds = Math.max(cost.most.seeds, work.seeds);
    // Roots left over by the per-pass cap: another pass soon, not all in this task.
    if (pending.size) schedule();
    if (changed) {
      changed = false;
      o.onChange?.(list());
    }
  }

  function schedule(delay = BATCH_MS): void {
    if (!timer && !paused && started) timer = setTimeout(flush, delay);
  }

  function onMutations(records: MutationRecord[]): void {
    let work = false;
    for (const r of records) {
      const t = r.target as Element;
      if (r.type === 'attributes') {
        // A page script rewrote the style of something we collapsed (or of unlocked html/body): re-apply now, no flash.
        if (r.attributeName === 'style' && styles.heal(t)) changed = true;
        if (hidden.has(t)) continue;
        probe = work = true;
        for (const d of dormant) if (t.contains(d)) {
          pending.add(d);
          dormant.delete(d);
        }
      } else {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1) {
            pending.add(n as Element);
            if ((n as Element).tagName === 'P' || (n as Element).querySelector('p')) guardDirty = true;
          } else if (n.nodeType === 3 && t.nodeType === 1) pending.add(t);
        }
        if (r.addedNodes.length) probe = work = true;
      }
    }
    mo.takeRecords();
    if (work) {
      schedule();
      if (!followUp)
        followUp = setTimeout(() => {
          followUp = 0;
          probe = true;
          schedule(0);
        }, FOLLOW_UP_MS);
    }
    if (changed && !timer) {
      changed = false;
      o.onChange?.(list());
    }
  }

  const mo = new win.MutationObserver(onMutations);
  const connect = () =>
    mo.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open'] });
  const onInput = () => {
    lastInput = performance.now();
  };

  function begin(): void {
    if (started) return;
    started = true;
    if (!doc.body) return;
    doc.addEventListener('pointerdown', onInput, { capture: true, passive: true });
    doc.addEventListener('keydown', onInput, { capture: true, passive: true });
    // One more look when the page has loaded (late CSS, images shifting layout).
    win.addEventListener('load', () => { probe = true; schedule(); }, { once: true });
    connect();
    pending.add(doc.body);
    probe = true;
    schedule(0);
  }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', begin, { once: true });
  else begin();

  function clearTimers(): void {
    if (timer) clearTimeout(timer);
    if (followUp) clearTimeout(followUp);
    timer = followUp = 0;
  }

  const api: Detector & { cost: typeof cost } = {
    cost,
    items: list,
    restoreAll() {
      paused = true;
      clearTimers();
      mo.disconnect();
      styles.restoreAll();
      if (lockItem) win.scrollTo({ top: scrollBeforeUnlock, left: 0, behavior: 'instant' as ScrollBehavior });
      hidden.clear();
      dormant.clear();
      lockItem = undefined;
      lockApplied.html = lockApplied.body = '';
      overlayHidden = false;
      o.onChange?.([]);
    },
    resume() {
      if (!paused) return;
      paused = false;
      if (!started) return begin();
      connect();
      guardDirty = probe = true;
      if (doc.body) pending.add(doc.body);
      schedule(0);
    },
    hideElement(el, source) {
      if (!el.isConnected || el === doc.body || el === doc.documentElement) return undefined;
      const have = hidden.get(el);
      if (have) return have;
      const item = collapse(el, [source], 0, source);
      overlayHidden = true;
      mo.takeRecords();
      changed = false;
      o.onChange?.(list());
      schedule();
      return item;
    },
    updateOptions(p) {
      o = { ...o, ...p };
      // A rule the user removed un-hides what it hid (reason `rule:<selector>`), at once.
      if (p.extraHide)
        for (const [el, it] of hidden)
          if (it.source === 'rule' && !o.extraHide?.includes(it.reasons[0]?.slice('rule:'.length) ?? '')) {
            styles.restore(el);
            hidden.delete(el);
            changed = true;
          }
      if (p.neverHide)
        for (const [el, it] of hidden)
          if (it.source === 'auto' && matchesAny(el, o.neverHide, true)) {
            styles.restore(el);
            hidden.delete(el);
            changed = true;
          }
      mo.takeRecords();
      if (doc.body) pending.add(doc.body);
      probe = true;
      schedule(0);
    },
    stop() {
      paused = true;
      clearTimers();
      mo.disconnect();
      doc.removeEventListener('pointerdown', onInput, true);
      doc.removeEventListener('keydown', onInput, true);
    },
  };
  return api;
}
