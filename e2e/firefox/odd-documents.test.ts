/**
 * Odd documents in Firefox ESR (hardening): the reader always settles with
 * a clear state on pages that are not ordinary articles.
 */
import { expect, test } from 'vitest';
import { firefoxSuite } from '../support/firefox-suite.ts';
import { openReaderFor } from '../support/firefox.ts';

const suite = firefoxSuite();

const cases: Array<{ path: string; expected: 'ready' | 'unavailable' | 'any' }> = [
  { path: '/fixtures/odd/plain.txt', expected: 'unavailable' },
  { path: '/fixtures/odd/image.svg', expected: 'unavailable' },
  { path: '/fixtures/odd/huge.html', expected: 'any' },
  { path: '/fixtures/odd/iframes.html', expected: 'any' },
  { path: '/fixtures/odd/replace-body.html', expected: 'ready' },
];

for (const { path, expected } of cases) {
  test(`the reader settles on ${path}`, async () => {
    const page = await suite.firefox.browser.newPage();
    const url = suite.server.url(path);
    await page.goto(url);
    await new Promise((r) => setTimeout(r, 800));
    const reader = await openReaderFor(suite.firefox.browser, url);
    const state = await reader.$eval('main', (main) => main.dataset.state);
    expect(['ready', 'unavailable', 'error']).toContain(state);
    if (expected !== 'any') expect(state).toBe(expected);
    if (state !== 'ready') expect((await reader.$eval('main', (main) => main.textContent ?? '')).trim().length).toBeGreaterThan(10);
    await reader.close();
    await page.close();
  });
}
