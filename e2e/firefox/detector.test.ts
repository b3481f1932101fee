/**
 * The clutter detector in the built extension in Firefox ESR: the fixtures
 * flagged `firefox: true`, with the same person-like checks as in Chromium
 * (clutter not visible, wheel and keyboard scroll, article on top, keep
 * parts visible, every hidden item with reasons).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkFixture, type Driver } from '../../src/core/detect/dev/page-checks.ts';
import { fixtures } from '../support/fixtures.ts';
import { askFromExtension, type FirefoxWithExtension, launchFirefox, tabIdOfUrl } from '../support/firefox.ts';
import { startServer, type TestServer } from '../support/server.ts';

let firefox: FirefoxWithExtension;
let server: TestServer;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function puppeteerDriver(page: Page): Driver {
  return {
    eval: async <T>(js: string) => (await page.evaluate(js)) as T,
    move: (x, y) => page.mouse.move(x, y),
    wheel: (dy) => page.mouse.wheel({ deltaY: dy }),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    sleep,
  };
}

for (const f of fixtures().filter((x) => x.firefox)) {
  test(`detector (Firefox): ${f.path}`, async () => {
    const page = await firefox.browser.newPage();
    const url = server.url(f.path);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await sleep(f.settleMs + 1500);
    const problems = await checkFixture(puppeteerDriver(page), f);
    const status = (await askFromExtension(firefox.browser, { type: 'page/status', tabId: await tabIdOfUrl(firefox.browser, url) })) as {
      items: Array<{ label: string; reasons: string[] }>;
    } | null;
    const items = status?.items ?? [];
    expect(problems, items.map((i) => `${i.label} [${i.reasons.join(' ')}]`).join('\n')).toEqual([]);
    if (f.clutter.length) expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.reasons.length).toBeGreaterThan(0);
    await page.close();
  });
}
