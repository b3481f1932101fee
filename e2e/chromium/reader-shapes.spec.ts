/**
 * The reader on three page shapes that broke it on real publisher pages, each rebuilt as a page
 * of our own with the same structural trait (e2e/fixtures/reader-shapes/):
 * - hidden-root: a stylesheet hides <html> until a script shows it, and the script never runs;
 *   the reader must still find the article (plain Readability does).
 * - base-dot: a saved page with <base href=".">, relative and protocol-relative image
 *   addresses and another extension's leftovers; opening the reader must make the page request
 *   nothing at an extension address (no "chrome-extension://invalid/" errors).
 * The third shape (deep-chain, a settling-time budget) is in reader-deep-chain.timed.spec.ts, a
 * project that runs alone after this one so that other workers' load does not count against it.
 */
import { openReader, openSettled as openPage } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';


test('a page hidden whole by its stylesheet: the reader shows the article', async ({ ext, server }) => {
  const page = await openPage(ext, server.url('/fixtures/reader-shapes/hidden-root.html'));
  const reader = await openReader(ext, page);
  await expect(reader.locator('main')).toHaveAttribute('data-state', 'ready');
  const article = reader.locator('article').first();
  await expect(article.locator('h1')).toHaveText('Harbour ferries to run on batteries by spring');
  await expect(article).toContainText('charged for seven minutes at each landing');
  await expect(article).toContainText('the cafe on the upper deck will close for a fortnight');
  await reader.close();
  await page.close();
});

test('a saved page with <base href="."> and extension leftovers: the reader requests nothing at an extension address', async ({ ext, server }) => {
  const page = await openPage(ext, server.url('/fixtures/reader-shapes/base-dot.html'));
  // Only what happens while the reader extracts counts (the page's own load may fail on its leftovers).
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /extension:\/\//.test(`${m.text()} ${m.location().url}`)) problems.push(`console: ${m.text()} ${m.location().url}`);
  });
  page.on('requestfailed', (r) => {
    if (/^(?:chrome|moz)-extension:/.test(r.url())) problems.push(`request failed: ${r.url()}`);
  });
  page.on('request', (r) => {
    if (/^(?:chrome|moz)-extension:/.test(r.url())) problems.push(`request: ${r.url()}`);
  });
  const reader = await openReader(ext, page);
  await expect(reader.locator('main')).toHaveAttribute('data-state', 'ready');
  const article = reader.locator('article').first();
  await expect(article).toContainText('Most of the towers were built of local granite');
  // Images in the reader are absolute web addresses resolved against the page's base.
  const srcs = await article.locator('img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src') ?? ''));
  for (const src of srcs) expect(src, src).toMatch(/^https?:\/\//);
  await page.waitForTimeout(500);
  expect(problems).toEqual([]);
  await reader.close();
  await page.close();
});
