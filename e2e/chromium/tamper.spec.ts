/**
 * A page world that tampers (hardening): it overrides DOM prototypes and
 * globals, fakes the extension's messages and events, and floods the DOM.
 * The content script lives in its own world: the offer is still collapsed,
 * the page scrolls, the fake messages change nothing, and the extension
 * raises no error.
 */
import { pageStatus } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';
import { watchExtensionErrors } from '../support/errors.ts';

test('page-world tampering does not reach the extension', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  const watch = await watchExtensionErrors(ext.context, page);
  await page.goto(server.url('/fixtures/hostile/tamper.html'));
  await page.waitForTimeout(3500);

  // The offer and its veil are collapsed: nothing of them at the centre of the screen.
  const hit = await page.evaluate(() => {
    const el = document.elementFromPoint(640, 400);
    return el?.closest('#offer, #veil')?.id ?? null;
  });
  expect(hit).toBeNull();

  // The wheel scrolls the page.
  const before = await page.evaluate(() => scrollY);
  await page.mouse.move(640, 400);
  await page.mouse.wheel(0, 600);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(before);

  // Fake "restore" messages posted by the page did not pause the extension.
  const status = await pageStatus(ext, page);
  expect(status?.paused).toBe(false);
  expect(status?.items.length).toBeGreaterThan(0);
  expect(watch.errors).toEqual([]);
  await watch.stop();
  await page.close();
});
