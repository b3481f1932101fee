/**
 * One fixture page (e2e/fixtures/fixtures.json) through the real extension:
 *
 *  - load and settle (the fixture's settleMs + SETTLE_MS; a 'scroll' fixture gets a wheel
 *    scroll first, which is what makes its clutter appear), with content.js profiled;
 *  - wheel test: `page.mouse.wheel` at the viewport centre (a real input event, which a
 *    scroll lock or a covering layer can stop, unlike scrollTo); scrollable when the page
 *    moved, n/a when the page is no taller than the viewport;
 *  - clutter elements hidden, `keep` elements still visible, article paragraphs visible and
 *    uncovered (see in-page.ts; paragraphs inside `hiddenByPublisher` are not expected);
 *  - offer leakage: the reader's text (reader/get, as the popup) and plain Readability's on
 *    the same page, both as the page is now (after Clear Read) and after page/restore (the
 *    page as it is without Clear Read's collapsing: the fair baseline).
 */
import type { Page } from '@playwright/test';
import type { Fixture } from '../../e2e/support/fixtures';
import { articleText } from '../../src/core/extract/reading-stats';
import { installBaseline, runBaseline } from './baseline';
import { type BenchBrowser, pageRestore, pageStatus, Profiler, readerGet, tabIdOf } from './browser';
import { checkSelectors, type ElementState, inPage, scrollState } from './in-page';
import { checkLeak, type LeakCheck, noLeak } from './offer-leak';
import { pageWorkScripts } from './cost';
import { attribute, sampledMs } from './profile';

export const SETTLE_MS = 1_500;
const WHEEL_PX = 400;

export interface FixtureResult {
  path: string;
  clutter: { found: number; hidden: number; missing: string[]; visible: ElementState[] };
  /** hidden = not visible; collapsed = of those, no box at all (covered ones are still laid out). */
  keep: { found: number; hidden: number; collapsed?: number; hiddenTexts: string[] };
  article: { found: number; visible: number; hidden: ElementState[] };
  scroll: { scrollable: boolean | null; before: number; after: number; height: number };
  readerState: string;
  reader: LeakCheck & { chars: number };
  plainAfter: LeakCheck & { chars: number };
  plainWithout: LeakCheck & { chars: number };
  hiddenItems?: number;
  contentMs?: number;
  readabilityMs?: number;
  error?: string;
}

const empty = noLeak;

async function wheelTest(tab: Page): Promise<FixtureResult['scroll']> {
  const before = await inPage(tab, scrollState, undefined);
  if (before.height <= before.viewport + 10) return { scrollable: null, before: before.y, after: before.y, height: before.height };
  const room = before.height - before.viewport - before.y;
  await tab.mouse.move(640, 400);
  await tab.mouse.wheel(0, room > 50 ? WHEEL_PX : -WHEEL_PX);
  await tab.waitForTimeout(600);
  const after = await inPage(tab, scrollState, undefined);
  return { scrollable: Math.abs(after.y - before.y) >= 1, before: before.y, after: after.y, height: before.height };
}

export async function runFixture(b: BenchBrowser, blankUrl: string, url: string, f: Fixture, bundle: string): Promise<FixtureResult> {
  const res: FixtureResult = {
    path: f.path,
    clutter: { found: 0, hidden: 0, missing: [], visible: [] },
    keep: { found: 0, hidden: 0, hiddenTexts: [] },
    article: { found: 0, visible: 0, hidden: [] },
    scroll: { scrollable: null, before: 0, after: 0, height: 0 },
    readerState: 'not run',
    reader: empty(),
    plainAfter: empty(),
    plainWithout: empty(),
  };
  const tab = await b.context.newPage();
  const profiler = await Profiler.attach(b.context, tab);
  try {
    await tab.goto(blankUrl);
    await profiler.start();
    await tab.goto(url, { waitUntil: 'load', timeout: 10_000 }).catch(() => undefined);
    await tab.waitForTimeout(f.settleMs + SETTLE_MS);
    if (f.timing === 'scroll') {
      await tab.mouse.move(640, 400);
      await tab.mouse.wheel(0, 300);
      await tab.waitForTimeout(f.settleMs + SETTLE_MS);
    }
    const load = await profiler.stop();
    res.contentMs = sampledMs(attribute(load, pageWorkScripts(b)));

    res.scroll = await wheelTest(tab);

    const [clutter, keep, article] = [
      await inPage(tab, checkSelectors, { selectors: f.clutter, scroll: true }),
      await inPage(tab, checkSelectors, { selectors: f.keep ?? [], scroll: true }),
      await inPage(tab, checkSelectors, { selectors: [f.article], skipInside: f.hiddenByPublisher ?? [], scroll: true, withText: true }),
    ];
    const clutterStates = clutter.flatMap((c) => c.states);
    res.clutter = {
      found: clutterStates.length,
      hidden: clutterStates.filter((s) => !s.visible).length,
      missing: clutter.filter((c) => c.found === 0).map((c) => c.selector),
      visible: clutterStates.filter((s) => s.visible),
    };
    const keepStates = keep.flatMap((c) => c.states);
    res.keep = {
      found: keepStates.length,
      hidden: keepStates.filter((s) => !s.visible).length,
      collapsed: keepStates.filter((s) => !s.box).length,
      hiddenTexts: keepStates.filter((s) => !s.visible).map((s) => `${s.selector} (${s.box ? 'covered' : 'no box'}): ${s.text}`),
    };
    const articleStates = article.flatMap((c) => c.states);
    res.article = { found: articleStates.length, visible: articleStates.filter((s) => s.visible).length, hidden: articleStates.filter((s) => !s.visible) };

    const tabId = await tabIdOf(b, tab);
    const reader = await readerGet(b, tabId).catch((e: unknown) => ({ state: 'error' as const, message: String(e) }));
    res.readerState = reader?.state ?? 'no answer';
    if (reader?.state === 'ready') {
      const text = articleText(reader.article);
      res.reader = { ...checkLeak(text, f.offerTexts), chars: text.length };
    }
    res.hiddenItems = (await pageStatus(b, tabId).catch(() => null))?.items.length;

    await installBaseline(tab, bundle);
    const after = await runBaseline(tab, profiler);
    res.readabilityMs = after.cpuMs;
    res.plainAfter = { ...checkLeak(after.text, f.offerTexts), chars: after.text.length };
    await pageRestore(b, tabId).catch(() => null);
    await tab.waitForTimeout(300);
    const without = await runBaseline(tab);
    res.plainWithout = { ...checkLeak(without.text, f.offerTexts), chars: without.text.length };
  } catch (error) {
    res.error = String(error).slice(0, 300);
  } finally {
    await profiler.detach();
    await tab.close().catch(() => undefined);
  }
  return res;
}
