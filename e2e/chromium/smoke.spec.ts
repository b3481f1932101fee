/**
 * Foundation smoke test: the built extension loads, its content script runs
 * on a local page, and the popup opened as `<popup>?tabId=N` renders for
 * that tab under the popup contract.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openReader, pageStatus, popupUrl, tabIdOf } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';
import { distDir } from '../support/paths.ts';

test('the built manifest is Manifest V3 with no web-accessible resources', () => {
  const manifest = JSON.parse(readFileSync(resolve(distDir('chrome'), 'manifest.json'), 'utf8'));
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.web_accessible_resources).toBeUndefined();
  expect(manifest.content_scripts[0].js).toEqual(['content.js']);
});

test('the content script runs and answers for its tab', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/demo/index.html'));
  await expect.poll(async () => (await pageStatus(ext, page))?.enabled, { timeout: 10_000 }).toBe(true);
  const status = await pageStatus(ext, page);
  expect(status?.url).toBe(page.url());
  await page.close();
});

test('the popup renders the reader for ?tabId=N', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/demo/index.html'));
  const reader = await openReader(ext, page);
  await expect(reader.locator('main')).toHaveAttribute('data-state', 'ready');
  const title = await page.title();
  await expect(reader.locator('article').first().locator('h1')).toContainText(title.split(/[|–-]/)[0].trim().slice(0, 20));
  await reader.close();
  await page.close();
});

test('the popup says unavailable for a page it may not read', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  const tabId = await tabIdOf(ext, page);
  const reader = await ext.context.newPage();
  await reader.goto(popupUrl(ext, tabId));
  await expect(reader.locator('main')).toHaveAttribute('data-state', 'unavailable');
  await expect(reader.locator('main')).toContainText(/web pages/);
  await reader.close();
  await page.close();
});

test('the content script shares its warm matcher with scripts injected into its world, never with the page', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/demo/index.html'));
  await expect.poll(async () => (await pageStatus(ext, page))?.enabled, { timeout: 10_000 }).toBe(true);
  const tabId = await tabIdOf(ext, page);
  const [injected] = await ext.worker.evaluate(
    (id) =>
      chrome.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const share = (globalThis as unknown as Record<symbol, { isOfferLine(t: string): boolean; activeLangs(): string[] } | undefined>)[Symbol.for('clearRead.langShare')];
          return share ? { langs: share.activeLangs(), offer: share.isOfferLine('Subscribe to continue reading'), news: share.isOfferLine('The council met on Tuesday.') } : null;
        },
      }),
    tabId,
  );
  expect(injected?.result).toEqual({ langs: expect.arrayContaining(['en']), offer: true, news: false });
  expect(await page.evaluate(() => typeof (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('clearRead.langShare')])).toBe('undefined');
  await page.close();
});
