/**
 * The aeb-dev false-positive gate in Firefox ESR, as e2e/chromium/corpus-false-positives.spec.ts
 * runs it in Chromium: each corpus page loaded with the built extension, then judged by the
 * shared verdict (corpus-verdict.ts): the page loaded, the content script answered for its tab,
 * ground-truth lines were located, none is collapsed by us or covered because of us, and the
 * extension raised no error (firefox-suite.ts fails the page's test on one). Nothing at all may
 * be hidden on at least 95% of the pages of a part.
 *
 * Firefox cannot answer requests the way Playwright's routing does, so it is kept off the
 * network by a proxy that refuses at once (every host but 127.0.0.1, which Firefox never
 * proxies): offline page scripts fail fast instead of waiting on DNS. A page whose scripts take
 * it elsewhere (an https upgrade, an offline error page) or hide its article is checked again
 * with its scripts off (`?scripts=off`: the server's `script-src 'none'`), as the Chromium gate
 * does; extension content scripts are not bound by the page's CSP.
 *
 * The pages load one after another in one tab; its id and the protocol requests go through one
 * extension page kept open for the whole part.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PageStatus } from '../../src/shared/protocol.ts';
import { type CorpusPage, corpusPages } from './corpus.ts';
import { judgeCorpusPage, type PageObservation } from './corpus-verdict.ts';
import { openExtensionPage } from './firefox.ts';
import { firefoxSuite, sleep } from './firefox-suite.ts';
import { GROUND_TRUTH_CHECK, type GroundTruthCheck, groundTruthLines } from './ground-truth-check.ts';

/** A port nothing listens on: every proxied request is refused at once. */
const REFUSING_PROXY = { host: '127.0.0.1', port: 1 };
/** The content script answers within a second of load; ask a few times before calling it silent. */
const STATUS_TRIES = 4;

export function firefoxCorpusPart(part: number, parts: number): void {
  const suite = firefoxSuite({
    launch: {
      prefs: {
        'network.proxy.type': 1,
        'network.proxy.http': REFUSING_PROXY.host,
        'network.proxy.http_port': REFUSING_PROXY.port,
        'network.proxy.ssl': REFUSING_PROXY.host,
        'network.proxy.ssl_port': REFUSING_PROXY.port,
        'network.proxy.allow_hijacking_localhost': false,
        'network.dns.disablePrefetch': true,
      },
    },
  });
  let probe: Page;
  beforeAll(async () => {
    probe = await openExtensionPage(suite.firefox.browser, 'src/options/index.html');
  });
  afterAll(async () => {
    await tab?.close().catch(() => undefined);
    await probe?.close().catch(() => undefined);
  });

  const ask = (message: Record<string, unknown>) =>
    probe.evaluate((m: Record<string, unknown>) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage(m), message);
  const tabIdOf = (url: string) =>
    probe.evaluate(async (target: string) => {
      const tabs = await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({});
      return tabs.filter((t) => t.url === target).at(-1)?.id ?? null;
    }, url);

  /** One tab for the whole part: each page is a new navigation in it (its id never changes). */
  let tab: Page | undefined;
  let tabId: number | null = null;

  async function observe(cp: CorpusPage, scripts: boolean, log: string[]): Promise<PageObservation & { movedTo?: string }> {
    tab ??= await suite.firefox.browser.newPage();
    const page = tab;
    const url = suite.server.url(`/corpus/${cp.id}.html${scripts ? '' : '?scripts=off'}`);
    const go = () =>
      page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 }).then(
        () => undefined,
        (e: Error) => e.message.split('\n')[0],
      );
    let loadError = await go();
    // A navigation the previous document started late (its script setting location while the
    // next page was requested, in this reused tab) makes Firefox reject ours ("Address rejected"):
    // the harness's race, not the page's or the extension's, so the navigation is made once more.
    // Any other load error, or the same one twice, stands and fails the page.
    if (loadError && /address rejected|NS_BINDING_ABORTED/i.test(loadError)) {
      await sleep(500);
      loadError = await go();
    }
    await page.waitForFunction(() => document.readyState === 'complete', { timeout: 5_000 }).catch(() => undefined);
    await sleep(1500);
    const movedTo = page.url() === url ? undefined : page.url();
    const lines = groundTruthLines(cp.articleBody);
    const check = () => page.evaluate(`(${GROUND_TRUTH_CHECK})(${JSON.stringify(lines)})`).catch(() => null) as Promise<GroundTruthCheck | null>;
    let gt = await check();
    tabId ??= await tabIdOf(url).catch(() => null);
    let items: PageStatus['items'] | null = null;
    for (let i = 0; i < STATUS_TRIES && !items; i++) {
      const status = tabId === null ? null : ((await ask({ type: 'page/status', tabId }).catch(() => null)) as PageStatus | null);
      items = status?.items ?? null;
      if (!items) await sleep(500);
    }
    if (gt && gt.covered > 0 && tabId !== null) {
      // Which of these would be covered without us? Put the page back and look again.
      await ask({ type: 'page/restore', tabId });
      await sleep(300);
      const without = await check();
      const pageOwn = new Set(without?.coveredBy.map((c) => c.split('… under')[0]));
      const ours = gt.coveredBy.filter((c) => !pageOwn.has(c.split('… under')[0]));
      if (gt.coveredBy.length > ours.length) log.push(`${cp.id.slice(0, 12)}: covered by the page's own layout, with or without the extension: ${gt.coveredBy.filter((c) => !ours.includes(c)).join('; ')}`);
      gt = { ...gt, covered: ours.length, coveredBy: ours };
    }
    return { id: cp.id, loadError, items, gt, movedTo };
  }

  // AEB_ONLY=id,id (prefixes) narrows the run to those pages, all in part 1, for debugging.
  const only = process.env.AEB_ONLY?.split(',').filter(Boolean);
  const pages = corpusPages().filter((p, i) => (only ? part === 0 && only.some((o) => p.id.startsWith(o)) : i % parts === part));
  const withItems: string[] = [];
  const log: string[] = [];

  for (const cp of pages) {
    test(`aeb-dev page ${cp.id.slice(0, 12)} (${new URL(cp.url).hostname}): no article text hidden or covered, no extension error`, async () => {
      let seen = await observe(cp, true, log);
      if (seen.loadError || seen.movedTo || !seen.gt?.found) {
        log.push(`${cp.id.slice(0, 12)}: ${seen.loadError ? 'did not load' : seen.movedTo ? `went to ${seen.movedTo}` : 'no ground truth in the DOM'} with the page's scripts on; checked again with them off`);
        seen = await observe(cp, false, log);
      }
      const verdict = judgeCorpusPage(seen);
      if (verdict.hidden.length) withItems.push(`${cp.id.slice(0, 12)} ${new URL(cp.url).hostname}: ${verdict.hidden.join('; ')}`);
      expect(verdict.failures, 'page not checked, or article text hidden or covered by the extension').toEqual([]);
    });
  }

  test(`part ${part + 1} of ${parts}: nothing hidden on at least 95% of its ${pages.length} pages`, () => {
    expect(pages.length, 'pages in this part (AEB_ONLY matched none?)').toBeGreaterThan(0);
    console.log(`pages with anything hidden: ${withItems.length}/${pages.length}\n${withItems.join('\n')}\n${log.join('\n')}`);
    expect(withItems.length, withItems.join('\n')).toBeLessThanOrEqual(Math.floor(pages.length * 0.05));
  });
}
