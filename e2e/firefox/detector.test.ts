/**
 * The clutter detector in the built extension in Firefox ESR: the fixtures
 * flagged `firefox: true`, with the same person-like checks as in Chromium
 * (clutter not visible, wheel and keyboard scroll, article on top, keep
 * parts visible, every hidden item with reasons), and every negative fixture
 * (pages that must stay untouched), on which nothing may be hidden, as in
 * Chromium. The suite also fails a test on any error the extension raised
 * (firefox-suite.ts).
 */
import { expect, test } from 'vitest';
import { firefoxSuite, sleep } from '../support/firefox-suite.ts';
import { checkFixture, puppeteerDriver, waitForClutterHidden } from '../support/detect-dev/page-checks.ts';
import { fixtures } from '../support/fixtures.ts';
import { askFromExtension, tabIdOfUrl } from '../support/firefox.ts';

const suite = firefoxSuite();



for (const f of fixtures().filter((x) => x.firefox || x.families.includes('negative'))) {
  test(`detector (Firefox): ${f.path}`, async () => {
    const page = await suite.firefox.browser.newPage();
    const url = suite.server.url(f.path);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await sleep(f.settleMs + 1500);
    await waitForClutterHidden(puppeteerDriver(page), f);
    const problems = await checkFixture(puppeteerDriver(page), f);
    const status = (await askFromExtension(suite.firefox.browser, { type: 'page/status', tabId: await tabIdOfUrl(suite.firefox.browser, url) })) as {
      items: Array<{ label: string; reasons: string[] }>;
    } | null;
    const items = status?.items ?? [];
    expect(problems, items.map((i) => `${i.label} [${i.reasons.join(' ')}]`).join('\n')).toEqual([]);
    if (f.clutter.length) expect(items.length).toBeGreaterThan(0);
    if (f.families.includes('negative')) expect(items.map((i) => `${i.label} [${i.reasons.join(' ')}]`), 'hidden on a negative page').toEqual([]);
    for (const item of items) expect(item.reasons.length).toBeGreaterThan(0);
    await page.close();
  });
}
