/**
 * The reader in Firefox ESR on the page shapes of e2e/chromium/reader-shapes.spec.ts: a page
 * hidden whole by its stylesheet, and an article inside 5,000 nested elements, which must
 * settle (the article, or the clear "too complex" message) within 3 s.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { firefoxSuite, sleep } from '../support/firefox-suite.ts';
import { openExtensionPage, openReaderFor, tabIdOfUrl } from '../support/firefox.ts';

const suite = firefoxSuite();
const SETTLE_MS = 3000;

async function openPage(path: string): Promise<{ page: Page; url: string }> {
  const url = suite.server.url(path);
  const page = await suite.firefox.browser.newPage();
  await page.goto(url);
  await sleep(700);
  return { page, url };
}

const text = (page: Page, selector: string) => page.$eval(selector, (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

test('a page hidden whole by its stylesheet: the reader shows the article', async () => {
  const { page, url } = await openPage('/fixtures/reader-shapes/hidden-root.html');
  const reader = await openReaderFor(suite.firefox.browser, url);
  expect(await reader.$eval('main', (m) => m.getAttribute('data-state'))).toBe('ready');
  expect(await text(reader, 'article h1')).toBe('Harbour ferries to run on batteries by spring');
  expect(await text(reader, 'article')).toContain('charged for seven minutes at each landing');
  await reader.close();
  await page.close();
});

test('an article inside 5,000 nested elements: the popup settles within 3 s', async () => {
  const { page, url } = await openPage('/fixtures/reader-shapes/deep-chain.html');
  const depth = await page.evaluate(() => {
    let d = 0;
    for (let e: Element | null = document.getElementById('story'); e; e = e.parentElement) d++;
    return d;
  });
  expect(depth).toBeGreaterThan(5000);
  const tabId = await tabIdOfUrl(suite.firefox.browser, url);
  const reader = await openExtensionPage(suite.firefox.browser, `src/popup/index.html?tabId=${tabId}`);
  await reader.waitForSelector('main[data-state]:not([data-state="loading"])', { timeout: 30_000 });
  // Measured from the popup document's own start (Firefox takes seconds to open a tab on a
  // busy machine before the popup exists); read after the wait, so it is an upper bound.
  const settledMs = await reader.evaluate(() => performance.now());
  const state = await reader.$eval('main', (m) => m.getAttribute('data-state'));
  if (state === 'ready') expect(await text(reader, 'article')).toContain('Apple and pear trees across the valley came into flower');
  else {
    expect(state).toBe('unavailable');
    expect(await text(reader, 'main')).toContain('too complex');
  }
  expect(settledMs, `settled as ${state} after ${settledMs} ms`).toBeLessThan(SETTLE_MS);
  await reader.close();
  await page.close();
});
