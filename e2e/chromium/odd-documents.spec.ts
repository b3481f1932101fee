/**
 * Odd documents and failures (hardening): the extension raises no error of
 * its own on unusual pages, and the reader always ends in a clear state
 * (ready, unavailable or error with a message), never an endless spinner.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { openReader, popupUrl, tabIdOf } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';
import { watchExtensionErrors } from '../support/errors.ts';
import { repoRoot } from '../support/paths.ts';

const settled = ['ready', 'unavailable', 'error'];

const cases: Array<{ path: string; reader: 'ready' | 'unavailable' | 'any'; wait?: number }> = [
  { path: '/fixtures/odd/plain.txt', reader: 'unavailable' },
  { path: '/fixtures/odd/data.xml', reader: 'unavailable' },
  { path: '/fixtures/odd/image.svg', reader: 'unavailable' },
  { path: '/fixtures/odd/huge.html', reader: 'any' },
  { path: '/fixtures/odd/iframes.html', reader: 'any' },
  { path: '/fixtures/odd/replace-body.html', reader: 'ready', wait: 800 },
  { path: '/fixtures/odd/replace-root.html', reader: 'any', wait: 800 },
  { path: '/fixtures/odd/alert.html', reader: 'ready' },
  { path: '/fixtures/odd/framed.html', reader: 'any' },
];

for (const { path, reader: expected, wait } of cases) {
  test(`no extension error and a settled reader on ${path}`, async ({ ext, server }) => {
    const page = await ext.context.newPage();
    page.on('dialog', (dialog) => dialog.accept());
    const watch = await watchExtensionErrors(ext.context, page);
    await page.goto(server.url(path));
    await page.waitForTimeout(wait ?? 500);
    const reader = await openReader(ext, page);
    const state = await reader.locator('main').getAttribute('data-state');
    expect(settled).toContain(state);
    if (expected !== 'any') expect(state).toBe(expected);
    if (state !== 'ready') expect((await reader.locator('main').innerText()).trim().length).toBeGreaterThan(10);
    expect(watch.errors).toEqual([]);
    await watch.stop();
    await reader.close();
    await page.close();
  });
}

test('about:blank and file:// pages answer unavailable with a message', async ({ ext }) => {
  for (const url of ['about:blank', pathToFileURL(resolve(repoRoot, 'e2e/fixtures/odd/alert.html')).href]) {
    const page = await ext.context.newPage();
    page.on('dialog', (dialog) => dialog.accept());
    await page.goto(url);
    const tabId = await tabIdOf(ext, page);
    const reader = await ext.context.newPage();
    await reader.goto(popupUrl(ext, tabId));
    await expect(reader.locator('main')).toHaveAttribute('data-state', 'unavailable');
    await expect(reader.locator('main')).not.toBeEmpty();
    await reader.close();
    await page.close();
  }
});
