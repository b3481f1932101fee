/**
 * One aeb-dev page through the real extension, next to plain Readability, in one tab:
 *
 *  1. profile the page load: the tab sits on a blank page of the same site, the profiler
 *     starts, the page loads and settles (SETTLE_MS after `load`, enough for the detector's
 *     batched passes and follow-up probe); the sampled time of content.js and what it had injected
 *     (detector.js, language packs: cost.ts pageWorkScripts) = the extension's work per load;
 *  2. the popup opened on the tab (`?tabId=N`), profiled: wall time from navigation to
 *     `main[data-state]` leaving loading, and extract.js's sampled time (the background
 *     injects it on demand); this is the first, cold, extraction on the page, as a user gets;
 *  3. `reader/get` from an extension page, as the popup asks it: the article it showed;
 *  4. the content script's status (what it hid);
 *  5. plain Readability on the same rendered page, cold, profiled: its sampled CPU time (the
 *     baseline for 1 and 2) and its in-page wall time (the baseline for the popup);
 *  6. the ground-truth paragraphs' elements: visible now? then page/restore (Clear Read
 *     shows what it hid) and again: a paragraph hidden now and visible after the restore, or
 *     under the detector's inline `display:none!important`, was hidden by the extension.
 */
import type { Page } from '@playwright/test';
import { articleText } from '../../src/core/extract/reading-stats';
import { type PageCounts, pageCounts, pageF1, precisionScore, recallScore } from '../metric';
import { installBaseline, runBaseline } from './baseline';
import { type BenchBrowser, extensionScript, pageRestore, pageStatus, Profiler, readerGet, tabIdOf, timePopup } from './browser';
import { checkParagraphs, inPage, type ParagraphState } from './in-page';
import { checkLeak } from './offer-leak';
import { pageWorkScripts } from './cost';
import { attribute, sampledMs, sampledSelfMs, scriptUrl } from './profile';

export const LOAD_TIMEOUT_MS = 6_000;
/** After `load`: the detector batches mutations (120 ms) and probes again 900 ms after a pass. */
export const SETTLE_MS = 1_200;

export interface Scored {
  counts: PageCounts;
  p: number;
  r: number;
  f1: number;
  chars: number;
  /** isOfferLine hits (the reader's own vocabulary). */
  offerLines: string[];
  /** Lines with a phrase of the benchmark's own list (leak-judge.ts). */
  offerPhrases: string[];
  error?: string;
}

export interface CorpusPageResult {
  id: string;
  url: string;
  readerState: string;
  reader: Scored;
  plain: Scored;
  /** Sampled ms: content.js over the load, extract.js over the popup open, Readability parse. */
  contentMs?: number;
  /** Of contentMs, the time in content.js's own JS (the rest: DOM, style and layout it called). */
  contentSelfMs?: number;
  extractMs?: number;
  readabilityMs?: number;
  /** Wall ms: popup open → ready, Readability parse (same call as readabilityMs, under the profiler). */
  popupMs?: number;
  popupState?: string;
  readabilityWallMs?: number;
  hiddenItems?: number;
  hiddenLabels?: string[];
  paragraphs?: { checked: number; located: number; notVisible: number; hiddenByExtension: number; hiddenTexts: string[] };
  /** Wall ms each step of this harness took (to keep the run short; not a result). */
  steps?: Record<string, number>;
  error?: string;
}

export function score(truth: string, text: string, error?: string): Scored {
  const counts = pageCounts(truth, text);
  const leak = checkLeak(text);
  return { counts, p: precisionScore(counts), r: recallScore(counts), f1: pageF1(counts), chars: text.length, offerLines: leak.lines, offerPhrases: leak.phrases, ...(error ? { error } : {}) };
}

function paragraphSummary(before: ParagraphState[], after: ParagraphState[] | undefined): CorpusPageResult['paragraphs'] {
  const afterBy = new Map((after ?? []).map((p) => [p.index, p]));
  const byExt = before.filter((p) => p.located && !p.visible && (p.collapsedInline || afterBy.get(p.index)?.visible === true));
  return {
    checked: before.length,
    located: before.filter((p) => p.located).length,
    notVisible: before.filter((p) => p.located && !p.visible).length,
    hiddenByExtension: byExt.length,
    hiddenTexts: byExt.map((p) => p.text),
  };
}

export async function runCorpusPage(b: BenchBrowser, blankUrl: string, page: { id: string; url: string; truth: string; served: string }, bundle: string): Promise<CorpusPageResult> {
  const res: CorpusPageResult = { id: page.id, url: page.url, readerState: 'not run', reader: score(page.truth, ''), plain: score(page.truth, '') };
  const steps: Record<string, number> = {};
  res.steps = steps;
  let last = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Math.round(now - last);
    last = now;
  };
  const tab: Page = await b.context.newPage();
  const profiler = await Profiler.attach(b.context, tab);
  try {
    await tab.goto(blankUrl);
    await profiler.start();
    await tab.goto(page.served, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    await tab.waitForTimeout(SETTLE_MS);
    const load = await profiler.stop();
    step('load');
    const content = attribute(load, pageWorkScripts(b));
    res.contentMs = sampledMs(content);
    res.contentSelfMs = sampledSelfMs(content);

    // The popup first, profiled: the user's first open of the reader on this page, so
    // extract.js runs cold, as it would for them.
    const tabId = await tabIdOf(b, tab);
    await profiler.start();
    const popup = await timePopup(b, tabId).catch(() => undefined);
    const extract = await profiler.stop();
    res.popupMs = popup?.ms;
    res.popupState = popup?.state;
    res.extractMs = sampledMs(attribute(extract, scriptUrl(extensionScript(b, 'extract.js'))));
    step('popup');

    // The article the popup showed: the same extraction, asked as the popup asks it.
    const reader = await readerGet(b, tabId).catch((e: unknown) => ({ state: 'error' as const, reason: 'failed' as const, detail: String(e) }));
    res.readerState = reader?.state ?? 'no answer';
    if (reader?.state === 'ready') res.reader = score(page.truth, articleText(reader.article));
    else res.reader = score(page.truth, '', reader ? `${reader.reason}${reader.state === 'error' && reader.detail ? `: ${reader.detail}` : ''}` : 'no answer');

    const status = await pageStatus(b, tabId).catch(() => null);
    res.hiddenItems = status?.items.length;
    res.hiddenLabels = status?.items.map((i) => i.label).slice(0, 10);
    step('reader');

    // Plain Readability, cold and profiled like the extension's scripts.
    await installBaseline(tab, bundle);
    const plain = await runBaseline(tab, profiler);
    res.plain = score(page.truth, plain.text, plain.error);
    res.readabilityMs = plain.cpuMs;
    res.readabilityWallMs = plain.wallMs;
    step('readability');

    const paragraphs = page.truth.split('\n');
    const before = await inPage(tab, checkParagraphs, paragraphs);
    let after: ParagraphState[] | undefined;
    if (before.some((p) => p.located && !p.visible)) {
      await pageRestore(b, tabId).catch(() => null);
      await tab.waitForTimeout(200);
      after = await inPage(tab, checkParagraphs, paragraphs);
    }
    res.paragraphs = paragraphSummary(before, after);
    step('paragraphs');
  } catch (error) {
    res.error = String(error).slice(0, 300);
  } finally {
    await profiler.detach();
    await tab.close().catch(() => undefined);
    step('close');
  }
  return res;
}
