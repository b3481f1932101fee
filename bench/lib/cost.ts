/**
 * The always-on cost, measured two ways on the same page load, next to a Readability parse of
 * the same page (bench/cost.ts runs it; issue #13):
 *
 *  - by profile: V8 samples whose stack holds any of the extension's scripts (content.js, and
 *    detector.js and the language packs when the sentinel woke the detector), from navigation
 *    to load + SETTLE_MS (profile.ts, inclusive attribution);
 *  - from outside, as the browser counts it: CDP `Performance.getMetrics` ScriptDuration,
 *    LayoutDuration and RecalcStyleDuration over the same load, in a browser WITH the
 *    extension minus a browser WITHOUT it, same page (the corpus is served without its own
 *    scripts, so nearly all script time with the extension is the extension's); this also
 *    counts compilation, injected scripts, garbage collection and the style and layout work
 *    its writes cause later.
 *
 * The Readability baseline is measured both ways too: its sampled CPU time, and the
 * ScriptDuration its parse adds (in the browser without the extension).
 *
 * Insertion to hidden: after the page settled, the page's own world appends a fixed centred
 * subscription modal (a class of clutter every build must catch) and a MutationObserver in the
 * page notes when its style attribute gets `display: none`; ms from the append, or null when
 * not hidden within INSERT_TIMEOUT_MS.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { installBaseline, READABILITY_URL } from './baseline';
import type { BenchBrowser } from './browser';
import { Profiler } from './browser';
import { attribute, scriptUrl } from './profile';

export const SETTLE_MS = 1_200;
export const LOAD_TIMEOUT_MS = 6_000;
export const INSERT_TIMEOUT_MS = 5_000;

export interface Metrics {
  script: number;
  layout: number;
  style: number;
}

export interface LoadCost {
  /** Sampled ms under any extension script. */
  sampledMs: number;
  /**
   * How many profiler samples had an extension script on the stack. On a loaded machine a
   * sample's weight (the time to the next one) swells whenever the renderer is descheduled;
   * a count of samples, compared with the count of a Readability parse, does not.
   */
  samples: number;
  /** ms the extension's files were sampled in, by file (content.js, detector.js, lang/de.js …). */
  byFile: Record<string, number>;
  /** detector.js ran on this page (the sentinel woke it, or the build has no sentinel). */
  detector: boolean;
  /** Performance.getMetrics deltas over the load, ms. */
  metrics: Metrics;
}

/**
 * A URL matcher for the extension's work on a page as it loads: content.js, and detector.js and
 * the language packs when injected (not extract.js or picker.js, which run on a user's action).
 */
export function pageWorkScripts(b: BenchBrowser): (url: string) => boolean {
  const origin = `chrome-extension://${b.extensionId}/`;
  return (url) => !!b.extensionId && url.startsWith(origin) && !/\/(extract|picker)\.js([?#]|$)/.test(url);
}

async function metricsOf(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const v = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  return { script: v('ScriptDuration'), layout: v('LayoutDuration'), style: v('RecalcStyleDuration') };
}

const minus = (a: Metrics, b: Metrics): Metrics => ({ script: a.script - b.script, layout: a.layout - b.layout, style: a.style - b.style });

/** Loads `url` in a fresh tab (from `blankUrl`, same site), profiled and counted; returns the tab open. */
export async function measureLoad(b: BenchBrowser, blankUrl: string, url: string): Promise<{ tab: Page; cost: LoadCost; profiler: Profiler; cdp: CDPSession }> {
  const tab = await b.context.newPage();
  const profiler = await Profiler.attach(b.context, tab);
  const cdp = await b.context.newCDPSession(tab);
  await tab.goto(blankUrl);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' } as never).catch(() => cdp.send('Performance.enable'));
  const m0 = await metricsOf(cdp);
  await profiler.start();
  await tab.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
  await tab.waitForTimeout(SETTLE_MS);
  const profile = await profiler.stop();
  const m1 = await metricsOf(cdp);
  const origin = b.extensionId ? `chrome-extension://${b.extensionId}/` : '';
  const byFile: Record<string, number> = {};
  let sampledMs = 0;
  let samples = 0;
  if (origin) {
    ({ ms: sampledMs, samples } = attribute(profile, pageWorkScripts(b)));
    const files = new Set(profile.nodes.map((n) => n.callFrame.url).filter((u) => u.startsWith(origin)));
    for (const f of files) byFile[f.slice(origin.length)] = attribute(profile, scriptUrl(f)).ms;
  }
  return { tab, profiler, cdp, cost: { sampledMs, samples, byFile, detector: 'detector.js' in byFile || ('content.js' in byFile && !hasSentinel(b)), metrics: minus(m1, m0) } };
}

/** Builds before the split carry the detector in content.js (set by the runner). */
const noSentinel = new WeakSet<BenchBrowser>();
export const markNoSentinel = (b: BenchBrowser) => noSentinel.add(b);
const hasSentinel = (b: BenchBrowser) => !noSentinel.has(b);

/** Readability on the open tab: sampled CPU ms and the ScriptDuration it adds. */
export async function measureReadability(tab: Page, profiler: Profiler, cdp: CDPSession, bundle: string): Promise<{ cpuMs?: number; samples: number; scriptMs: number }> {
  await installBaseline(tab, bundle);
  const m0 = await metricsOf(cdp);
  await profiler.start();
  await tab.evaluate('globalThis.__plainReadability()').catch(() => undefined);
  const profile = await profiler.stop();
  const m1 = await metricsOf(cdp);
  const a = attribute(profile, scriptUrl(READABILITY_URL));
  return { cpuMs: a.samples > 0 ? a.ms : undefined, samples: a.samples, scriptMs: m1.script - m0.script };
}

/** Appends a subscription modal in the page's world; ms until the extension hid it, or null. */
export async function insertionToHidden(tab: Page): Promise<number | null> {
  return tab.evaluate((timeout) => {
    return new Promise<number | null>((done) => {
      const box = document.createElement('div');
      box.setAttribute('style', 'position:fixed;left:25%;top:20%;width:50%;height:50%;z-index:2147483000;background:#fff;padding:24px');
      box.innerHTML =
        "<h2>You've reached your limit of free articles</h2><p>Subscribe now for $4.99/month and get unlimited access. Cancel anytime.</p><p>Already a subscriber? <a href='#'>Log in</a></p>";
      let t0 = 0;
      const timer = setTimeout(() => {
        mo.disconnect();
        done(null);
      }, timeout);
      const mo = new MutationObserver(() => {
        if (box.style.display !== 'none') return;
        clearTimeout(timer);
        mo.disconnect();
        done(performance.now() - t0);
      });
      mo.observe(box, { attributes: true, attributeFilter: ['style'] });
      t0 = performance.now();
      document.body.append(box);
    });
  }, INSERT_TIMEOUT_MS);
}

export async function closeTab(tab: Page, profiler: Profiler, cdp: CDPSession): Promise<void> {
  await profiler.detach();
  await cdp.detach().catch(() => undefined);
  await tab.close().catch(() => undefined);
}

export type { BrowserContext };
