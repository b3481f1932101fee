/**
 * Hostile sizes (hardening): a page with a two-million-character attribute,
 * markup nested four hundred levels deep (much deeper crashes Chromium itself) and a twenty-thousand-letter
 * word. The extension raises no error, the reader settles with a clear
 * state, and what it renders stays bounded.
 */
import { openReader } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';
import { watchExtensionErrors } from '../support/errors.ts';

test('huge attributes and deep nesting: no error, a settled reader, bounded rendering', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const watch = await watchExtensionErrors(ext.context, page);
  await page.goto(server.url('/fixtures/hostile/huge.html'));
  await page.waitForTimeout(1500);
  const reader = await openReader(ext, page);
  const state = await reader.locator('main').getAttribute('data-state');
  expect(['ready', 'unavailable', 'error']).toContain(state);
  if (state === 'ready') await expect(reader.locator('article h1')).toHaveText('Harbour dredging to start in May');
  const shape = await reader.evaluate(() => {
    let depth = 0;
    for (const el of document.querySelectorAll('*')) {
      let d = 0;
      for (let n: Element | null = el; n; n = n.parentElement) d++;
      depth = Math.max(depth, d);
    }
    const longestAttribute = Math.max(0, ...[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value.length)));
    return { depth, elements: document.querySelectorAll('*').length, longestAttribute };
  });
  expect(shape.depth).toBeLessThan(64);
  expect(shape.elements).toBeLessThan(2000);
  expect(shape.longestAttribute).toBeLessThan(10_000);
  expect(watch.errors).toEqual([]);
  await watch.stop();
  await reader.close();
  await page.close();
});
