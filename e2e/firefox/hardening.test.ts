/**
 * Hardening in Firefox ESR: a page world that tampers (prototype and global
 * overrides, fake extension messages, a DOM flood) does not reach the
 * extension, and a page cannot find the extension by simple probes.
 */
import { expect, test } from 'vitest';
import { firefoxSuite, sleep } from '../support/firefox-suite.ts';
import { ADDON_UUID, askFromExtension, tabIdOfUrl } from '../support/firefox.ts';

const suite = firefoxSuite();


test('page-world tampering does not reach the extension', async () => {
  const page = await suite.firefox.browser.newPage();
  const url = suite.server.url('/fixtures/hostile/tamper.html');
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await sleep(4500);
  // The page broke querySelectorAll and friends for its own world: check with what it left alone.
  const hit = await page.evaluate(() => document.elementFromPoint(640, 400)?.closest('#offer, #veil')?.id ?? null);
  expect(hit).toBeNull();
  const before = await page.evaluate(() => scrollY);
  await page.mouse.move(640, 400);
  await page.mouse.wheel({ deltaY: 600 });
  let after = before;
  for (let i = 0; i < 20 && after <= before; i++) {
    await sleep(150);
    after = await page.evaluate(() => scrollY);
  }
  expect(after).toBeGreaterThan(before);
  const status = (await askFromExtension(suite.firefox.browser, { type: 'page/status', tabId: await tabIdOfUrl(suite.firefox.browser, url) })) as {
    paused: boolean;
    items: unknown[];
  } | null;
  expect(status?.paused).toBe(false);
  expect(status?.items.length).toBeGreaterThan(0);
  await page.close();
});

test('a page cannot probe for the extension', async () => {
  const page = await suite.firefox.browser.newPage();
  await page.goto(suite.server.url('/demo/index.html'), { waitUntil: 'load' });
  await sleep(2500);
  const seen = await page.evaluate(async (uuid: string) => {
    let loaded = false;
    try {
      loaded = (await fetch(`moz-extension://${uuid}/content.js`)).ok;
    } catch {
      loaded = false;
    }
    return {
      loaded,
      // Every style sheet the page sees is one of its own elements.
      sheets: document.styleSheets.length,
      ownSheets: document.querySelectorAll('style, link[rel~="stylesheet"]').length,
      adopted: document.adoptedStyleSheets.length,
    };
  }, ADDON_UUID);
  expect(seen.loaded).toBe(false);
  expect(seen.sheets).toBe(seen.ownSheets);
  expect(seen.adopted).toBe(0);
  await page.close();
});
