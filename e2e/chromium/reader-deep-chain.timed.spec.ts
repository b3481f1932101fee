/**
 * deep-chain (e2e/fixtures/reader-shapes/): a script wraps the article in 5,000 nested elements;
 * the popup must settle (the article, or the clear "too complex" message) within 3 s.
 *
 * A settling-time budget: this file is its own Playwright project ("timed", playwright.config.ts),
 * run after every other Chromium test has finished, so that the budget measures the extension and
 * not the second worker's load on this 2-core machine (in a parallel run it once took 4.3 s while
 * taking 0.4-0.5 s alone). The budget itself is unchanged.
 */
import { openSettled as openPage, popupUrl, tabIdOf } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';

const SETTLE_MS = 3000;


test('an article inside 5,000 nested elements: the popup settles within 3 s', async ({ ext, server }) => {
  const page = await openPage(ext, server.url('/fixtures/reader-shapes/deep-chain.html'));
  const depth = await page.evaluate(() => {
    let d = 0;
    for (let e: Element | null = document.getElementById('story'); e; e = e.parentElement) d++;
    return d;
  });
  expect(depth).toBeGreaterThan(5000);
  const tabId = await tabIdOf(ext, page);
  const reader = await ext.context.newPage();
  await reader.goto(popupUrl(ext, tabId));
  // The popup's settling time, from its document's start to the first state other than
  // "loading", recorded in the page (a test-side clock would add the browser's tab creation
  // and this process's polling, seconds on a busy machine).
  const settledMs = await reader.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const done = () => document.querySelector('main[data-state]:not([data-state="loading"])') !== null;
        if (done()) return resolve(performance.now());
        new MutationObserver((_, obs) => {
          if (done()) {
            obs.disconnect();
            resolve(performance.now());
          }
        }).observe(document.documentElement, { subtree: true, childList: true, attributes: true });
      }),
  );
  const state = await reader.locator('main').getAttribute('data-state');
  if (state === 'ready') {
    await expect(reader.locator('article').first()).toContainText('Apple and pear trees across the valley came into flower');
  } else {
    expect(state).toBe('unavailable');
    await expect(reader.locator('main')).toContainText('too complex');
  }
  expect(settledMs, `settled as ${state} after ${settledMs} ms`).toBeLessThan(SETTLE_MS);
  await reader.close();
  await page.close();
});
