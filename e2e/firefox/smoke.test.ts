/**
 * Foundation smoke test in Firefox ESR: the extension installs, its content
 * script runs on a local page, and `<popup>?tabId=N` renders for that tab.
 */
import { expect, test } from 'vitest';
import { firefoxSuite } from '../support/firefox-suite.ts';
import { askFromExtension, openExtensionPage, openReaderFor, tabIdOfUrl } from '../support/firefox.ts';

const suite = firefoxSuite();

test('the content script runs and answers for its tab', async () => {
  const page = await suite.firefox.browser.newPage();
  const url = suite.server.url('/demo/index.html');
  await page.goto(url);
  const tabId = await tabIdOfUrl(suite.firefox.browser, url);
  let status = null as { enabled?: boolean; url?: string } | null;
  for (let i = 0; i < 50 && !status?.enabled; i++) {
    status = (await askFromExtension(suite.firefox.browser, { type: 'page/status', tabId })) as typeof status;
    if (!status?.enabled) await new Promise((r) => setTimeout(r, 200));
  }
  expect(status?.enabled).toBe(true);
  expect(status?.url).toBe(url);
  await page.close();
});

test('the popup renders the reader for ?tabId=N', async () => {
  const page = await suite.firefox.browser.newPage();
  const url = suite.server.url('/demo/index.html');
  await page.goto(url);
  const reader = await openReaderFor(suite.firefox.browser, url);
  expect(await reader.$eval('main', (main) => main.dataset.state)).toBe('ready');
  expect(await reader.$eval('article h1', (h1) => h1.textContent?.length ?? 0)).toBeGreaterThan(5);
  await reader.close();
  await page.close();
});

test('the popup says unavailable for a page it may not read', async () => {
  const options = await openExtensionPage(suite.firefox.browser, 'src/options/index.html');
  const tabId = await tabIdOfUrl(suite.firefox.browser, await options.evaluate(() => location.href));
  const reader = await openExtensionPage(suite.firefox.browser, `src/popup/index.html?tabId=${tabId}`);
  await reader.waitForSelector('main[data-state="unavailable"]', { timeout: 30_000 });
  await reader.close();
  await options.close();
});
