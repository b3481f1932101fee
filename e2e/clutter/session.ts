/**
 * One page load measured as a person sees it, for any browser driver (Playwright for Chromium,
 * puppeteer for Firefox), shared by the command-line runner, the e2e sample suites and the bench.
 *
 * For a seed: load its page (clutter injected, or clean), wait for the late clutter and a
 * remover to act (the extension gets up to GRACE_MS more, polled, while any clutter is still
 * visible), optionally run the naive remover, wheel-scroll with real input, then measure
 * every clutter element and every ground-truth paragraph. The same page clean (no clutter, same
 * browser and mode) is measured once per page id as the article baseline.
 */
import type { Scenario } from './generate.ts';
import { locateParagraphs, measureClutter, measureParagraphs, naiveRemover, type ParagraphState, type PieceState, scrolled, scrollProbe, seen, textBlocks } from './measure.ts';
import type { ClutterServer } from './server.ts';
import { pageCall } from './script.ts';

export type Mode = 'extension' | 'none' | 'naive';

/** What the runner needs from a browser tab. */
export interface Tab {
  /** Navigates; resolves at DOMContentLoaded or after its timeout (a page still loading is measured as it is). */
  goto(url: string): Promise<void>;
  run<T>(script: string): Promise<T>;
  /** Real wheel input at the viewport centre. */
  wheel(dy: number): Promise<void>;
  wait(ms: number): Promise<void>;
  /** Extension errors seen so far in this tab (Chromium; 0 where not observable). */
  extensionErrors(): number;
  screenshot(path: string): Promise<void>;
}

export interface SeedOutcome {
  seed: number;
  range: 'dev' | 'validation';
  pageId: string;
  clean: boolean;
  kinds: string[];
  lang: string;
  scheme: string;
  mode: Mode;
  installed: boolean;
  pieces: PieceState[];
  locked: boolean;
  /** Wheel moved the page; null when the page is no taller than the viewport. */
  scroll: boolean | null;
  paragraphs: Pick<ParagraphState, 'located' | 'visible'>;
  /** The same page clean, same browser and mode. */
  cleanParagraphs: Pick<ParagraphState, 'located' | 'visible'> | null;
  /** Clean pages with a no-extension baseline: text blocks seen without the extension and lost with it. */
  textBlocks?: { baseline: number; lost: number; lostKeys: string[] };
  errors: number;
  ms: number;
  error?: string;
}

const WHEEL_PX = 400;
/** After the settle time, how long a remover may still take (polled) before clutter counts as left visible. */
const GRACE_MS = 3000;
const POLL_MS = 500;

/**
 * Longest a page may keep itself wholly transparent after the settle time. Some corpus pages
 * carry an "anti-flicker" snippet (an A/B-testing vendor's `async-hide` class: `html` at opacity
 * 0 until the vendor's script loads, or about 4 s offline): every paragraph is then invisible to
 * anyone, with or without an extension, and measuring before it ends compares a page that has
 * not shown itself yet.
 */
const SHOWN_MS = 6000;

/** Waits `ms`, then until the page shows itself (html and body not at opacity 0), for at most SHOWN_MS. */
async function settle(tab: Tab, ms: number): Promise<void> {
  await tab.wait(ms);
  const shown = `[document.documentElement, document.body].every((e) => !e || getComputedStyle(e).opacity !== '0')`;
  for (let waited = 0; waited < SHOWN_MS && !(await tab.run<boolean>(shown)); waited += POLL_MS) await tab.wait(POLL_MS);
}

async function wheelTest(tab: Tab): Promise<boolean | null> {
  const probe = await tab.run<{ y: number; height: number; viewport: number }>(pageCall(scrollProbe, []));
  await tab.wheel(probe.height - probe.viewport - probe.y > 50 ? WHEEL_PX : -WHEEL_PX);
  await tab.wait(350);
  if (probe.height <= probe.viewport + 100) return null;
  return tab.run<boolean>(pageCall(scrolled, [{ y: probe.y }]));
}

/** Polls until every shown clutter piece is hidden, for at most GRACE_MS (a busy machine slows the remover, not the reader's verdict). */
async function untilHidden(tab: Tab): Promise<void> {
  for (let waited = 0; waited < GRACE_MS; waited += POLL_MS) {
    const c = await tab.run<{ pieces: PieceState[] }>(pageCall(measureClutter, [], [seen]));
    if (c.pieces.every((p) => !p.shown || p.hidden)) return;
    await tab.wait(POLL_MS);
  }
}

const paragraphsScript = (anchors: string[]) => pageCall(measureParagraphs, [{ anchors }], [locateParagraphs, seen]);

export interface Baselines {
  /** Clean-page paragraph results by mode and page id. */
  paragraphs: Map<string, Pick<ParagraphState, 'located' | 'visible'>>;
  /** Text blocks seen without any remover, by page id (filled by a no-extension tab). */
  blocks: Map<string, string[]>;
}

export const newBaselines = (): Baselines => ({ paragraphs: new Map(), blocks: new Map() });

/** The clean page's paragraphs in `tab` (cached per mode and page). */
export async function cleanParagraphs(tab: Tab, server: ClutterServer, s: Scenario, mode: Mode, cache: Baselines): Promise<Pick<ParagraphState, 'located' | 'visible'>> {
  const key = `${mode}:${s.pageId}`;
  const known = cache.paragraphs.get(key);
  if (known) return known;
  await tab.goto(server.cleanUrl(s.pageId));
  await settle(tab, 1500);
  if (mode === 'naive') await tab.run(pageCall(naiveRemover, []));
  let p = await tab.run<ParagraphState>(paragraphsScript(s.anchors));
  if (p.visible < p.located) {
    // A page still settling (a loading cover, late layout) on a busy machine: measure its settled state.
    await tab.wait(1500);
    p = await tab.run<ParagraphState>(paragraphsScript(s.anchors));
  }
  const out = { located: p.located, visible: p.visible };
  cache.paragraphs.set(key, out);
  return out;
}

/**
 * Text blocks seen on the clean page without any remover (needs a tab without the extension),
 * in two loads: only blocks seen both times count. Some pages draw what they show at random (a
 * headline A/B test picks one of several titles per load): a block one load shows and the next
 * does not was never the page's to lose.
 */
export async function baselineBlocks(plain: Tab, server: ClutterServer, pageId: string, cache: Baselines): Promise<string[]> {
  const known = cache.blocks.get(pageId);
  if (known) return known;
  const load = async () => {
    await plain.goto(server.cleanUrl(pageId));
    await settle(plain, 1000);
    return (await plain.run<{ seen: string[] }>(pageCall(textBlocks, [{ cap: 300 }], [seen]))).seen;
  };
  const first = await load();
  const again = new Set(await load());
  const stable = first.filter((k) => again.has(k));
  cache.blocks.set(pageId, stable);
  return stable;
}

export interface RunOptions {
  mode: Mode;
  /** A tab without the extension, for the clean pages' text-block baseline (optional). */
  plain?: Tab;
  /** Skip the clean-page article baseline (faster; article comparison then n/a). */
  noBaseline?: boolean;
  /** Save a screenshot of each clutter page, before the wheel, as <dir>/<seed>.png. */
  shots?: string;
}

/** Loads and measures one seed. */
export async function runSeed(tab: Tab, server: ClutterServer, seed: number, opts: RunOptions, cache: Baselines): Promise<SeedOutcome> {
  const s = server.scenario(seed);
  const t0 = Date.now();
  const out: SeedOutcome = {
    seed,
    range: s.range,
    pageId: s.pageId,
    clean: s.clean,
    kinds: s.kinds,
    lang: s.lang,
    scheme: s.scheme,
    mode: opts.mode,
    installed: s.clean,
    pieces: [],
    locked: false,
    scroll: null,
    paragraphs: { located: 0, visible: 0 },
    cleanParagraphs: null,
    errors: 0,
    ms: 0,
  };
  try {
    const errorsBefore = tab.extensionErrors();
    if (s.clean) {
      if (opts.plain && opts.mode === 'extension') {
        const base = await baselineBlocks(opts.plain, server, s.pageId, cache);
        await tab.goto(server.cleanUrl(s.pageId));
        await settle(tab, s.settleMs);
        const p = await tab.run<ParagraphState>(paragraphsScript(s.anchors));
        out.paragraphs = { located: p.located, visible: p.visible };
        const now = await tab.run<{ seen: string[] }>(pageCall(textBlocks, [{ only: base, cap: 300 }], [seen]));
        const kept = new Set(now.seen);
        const lostKeys = base.filter((k) => !kept.has(k));
        out.textBlocks = { baseline: base.length, lost: lostKeys.length, lostKeys: lostKeys.slice(0, 5) };
        out.scroll = await wheelTest(tab);
      } else {
        await tab.goto(server.cleanUrl(s.pageId));
        await settle(tab, s.settleMs);
        if (opts.mode === 'naive') await tab.run(pageCall(naiveRemover, []));
        out.scroll = await wheelTest(tab);
        const p = await tab.run<ParagraphState>(paragraphsScript(s.anchors));
        out.paragraphs = { located: p.located, visible: p.visible };
      }
      out.cleanParagraphs = out.paragraphs;
    } else {
      if (!opts.noBaseline) out.cleanParagraphs = await cleanParagraphs(tab, server, s, opts.mode, cache);
      await tab.goto(server.clutterUrl(seed));
      await settle(tab, s.settleMs);
      if (opts.mode === 'naive') await tab.run(pageCall(naiveRemover, []));
      if (opts.mode === 'extension') await untilHidden(tab);
      if (opts.shots) await tab.screenshot(`${opts.shots}/${seed}.png`);
      out.scroll = await wheelTest(tab);
      // Clutter that arrives on the first scroll or wheel needs its own moment to arrive and be removed.
      if (s.pieces.some((p) => p.trigger === 'scroll')) {
        await tab.wait(1500);
        if (opts.mode === 'naive') await tab.run(pageCall(naiveRemover, []));
        if (opts.mode === 'extension') await untilHidden(tab);
      }
      const c = await tab.run<{ installed: boolean; locked: boolean; pieces: PieceState[] }>(pageCall(measureClutter, [], [seen]));
      out.installed = c.installed;
      out.locked = c.locked;
      out.pieces = c.pieces;
      const p = await tab.run<ParagraphState>(paragraphsScript(s.anchors));
      out.paragraphs = { located: p.located, visible: p.visible };
    }
    out.errors = tab.extensionErrors() - errorsBefore;
  } catch (e) {
    out.error = String(e).slice(0, 300);
  }
  out.ms = Date.now() - t0;
  return out;
}

/** What failed on one page, as short labels: hidden:<kind>, scroll, article, text-lost, extension-error, and not-installed / no-clutter-shown / error for a page the harness could not test. */
export function failures(o: SeedOutcome): string[] {
  const out: string[] = [];
  if (o.error) out.push('error');
  if (!o.clean && !o.installed) out.push('not-installed');
  if (!o.clean && o.installed && !o.pieces.some((p) => p.shown)) out.push('no-clutter-shown');
  for (const p of o.pieces) if (p.shown && !p.hidden) out.push(`hidden:${p.kind}`);
  if (o.locked && o.scroll === false) out.push('scroll');
  if (o.cleanParagraphs && o.paragraphs.visible < o.cleanParagraphs.visible) out.push('article');
  if (o.textBlocks && o.textBlocks.lost > 0) out.push('text-lost');
  if (o.errors > 0) out.push('extension-error');
  return [...new Set(out)].sort();
}
