/**
 * Failing storage (hardening): corrupted or out-of-schema stored settings
 * are repaired with a message, every valid rule is kept, and the extension
 * goes on working on pages.
 */
import { pageStatus } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';

// The browser is shared by the tests of a worker: leave storage as found.
test.afterEach(async ({ ext }) => {
  await ext.worker.evaluate(() => chrome.storage.local.remove('settings'));
});

test('corrupted stored settings are repaired with a message and every valid rule is kept', async ({ ext, server }) => {
  await ext.worker.evaluate(async () => {
    await chrome.storage.local.set({
      settings: {
        version: 1,
        enabled: 'yes', // not a boolean
        badge: true,
        reader: { fontSize: 9000, theme: 'sepia' }, // one value out of range, one valid
        sites: {
          'example.com': { enabled: false, hide: ['.promo', '###not a selector'], neverHide: [] },
          'news.example.org': { enabled: true, hide: ['#ad-slot'], neverHide: ['.keep'], autoReader: false },
          'not a host!': { enabled: false },
          'broken.example': 'not an object',
        },
      },
    });
  });
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  const notice = options.getByRole('status').filter({ hasText: 'repaired' });
  await expect(notice).toBeVisible();
  await expect(notice.locator('li')).not.toHaveCount(0);
  const body = options.locator('main');
  await expect(body).toContainText('example.com');
  await expect(body).toContainText('news.example.org');

  // Cleaning still works on pages (the global switch was repaired to its default: on).
  const page = await ext.context.newPage();
  await page.goto(server.url('/demo/index.html'));
  await expect.poll(async () => (await pageStatus(ext, page))?.enabled, { timeout: 10_000 }).toBe(true);
  await expect.poll(async () => (await pageStatus(ext, page))?.items.length ?? 0, { timeout: 10_000 }).toBeGreaterThan(0);
  await page.close();
  await options.close();
});

test('unreadable stored settings fall back to defaults with a message', async ({ ext, server }) => {
  await ext.worker.evaluate(async () => {
    await chrome.storage.local.set({ settings: 'garbage' });
  });
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await expect(options.getByRole('status').filter({ hasText: 'repaired' })).toBeVisible();
  const page = await ext.context.newPage();
  await page.goto(server.url('/demo/index.html'));
  await expect.poll(async () => (await pageStatus(ext, page))?.enabled, { timeout: 10_000 }).toBe(true);
  await page.close();
  await options.close();
});
