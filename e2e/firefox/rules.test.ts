/**
 * Per-site rules and controls in Firefox ESR: the options page (invalid
 * selector, adding a rule that applies to an open tab), the site switch in
 * the popup, never-hide, the element picker driven with real mouse and keys,
 * its nonce check, import/export, a failed write, and the badge. Every test
 * starts and ends with default settings: all pages share host 127.0.0.1.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterEach, beforeAll, beforeEach, expect, test } from 'vitest';
import { firefoxSuite, sleep } from '../support/firefox-suite.ts';
import { openExtensionPage, tabIdOfUrl } from '../support/firefox.ts';

const HOST = '127.0.0.1';
const ARTICLE = '/fixtures/rules/article.html';
type Json = Record<string, unknown>;

const suite = firefoxSuite();
/** An extension page kept open to read and write storage like the extension does. */
let admin: Page;
const files = mkdtempSync(join(tmpdir(), 'clear-read-rules-'));


async function waitFor(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(100);
  }
}

/** The stored rule for HOST, or {} when there is none. */
async function hostRule(): Promise<Json> {
  return (((await stored())?.sites ?? {}) as Record<string, Json>)[HOST] ?? {};
}

async function stored(): Promise<Json | undefined> {
  return admin.evaluate(async () => (await (globalThis as unknown as { browser: typeof chrome }).browser.storage.local.get('settings')).settings as Json | undefined);
}

async function store(settings: Json | undefined): Promise<void> {
  await admin.evaluate(async (value: Json | null) => {
    const storage = (globalThis as unknown as { browser: typeof chrome }).browser.storage.local;
    if (value === null) await storage.remove('settings');
    else await storage.set({ settings: value });
  }, settings ?? null);
}

async function ask(message: Json): Promise<unknown> {
  return admin.evaluate((m: Json) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage(m), message);
}

function withRule(rule: Json): Json {
  return { version: 1, enabled: true, badge: true, debugLog: false, sites: { [HOST]: { enabled: true, hide: [], neverHide: [], autoReader: false, ...rule } } };
}

const hidden = (page: Page, selector: string) =>
  page.$eval(selector, (el) => getComputedStyle(el).display === 'none' || (el as HTMLElement).offsetParent === null && getComputedStyle(el).position !== 'fixed');

async function openArticle(): Promise<{ page: Page; tabId: number }> {
  const page = await suite.firefox.browser.newPage();
  const url = suite.server.url(ARTICLE);
  await page.goto(url);
  const tabId = await tabIdOfUrl(suite.firefox.browser, url);
  await waitFor(async () => ((await ask({ type: 'page/status', tabId })) as { url?: string } | null)?.url === url, 'the content script');
  return { page, tabId };
}

async function openOptions(): Promise<Page> {
  const page = await openExtensionPage(suite.firefox.browser, 'src/options/index.html');
  await page.waitForSelector('#global-enabled');
  return page;
}

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

async function importFile(options: Page, name: string, content: string): Promise<void> {
  const path = join(files, name);
  writeFileSync(path, content);
  const input = (await options.$('#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

beforeAll(async () => {
  admin = await openExtensionPage(suite.firefox.browser, 'src/options/index.html');
});

beforeEach(async () => store(undefined));
afterEach(async () => {
  await store(undefined);
  for (const page of await suite.firefox.browser.pages()) if (page !== admin && !page.url().startsWith('about:')) await page.close().catch(() => {});
});

test('an invalid selector gets an inline error and nothing is saved', async () => {
  const options = await openOptions();
  await options.click('#add-rule');
  await options.type('#rule-new-host', 'example.com');
  await options.type('#rule-new-hide', '.fine');
  await options.keyboard.press('Enter');
  await options.type('#rule-new-hide', '##broken');
  await options.click('.rule-form button[type="submit"]');
  await options.waitForSelector('#rule-new-hide[aria-invalid="true"]');
  expect(await options.$eval('#rule-new-hide', (el) => el.getAttribute('aria-describedby'))).toMatch(/rule-new-hide-error/);
  expect(await textOf(options, '#rule-new-hide-error')).toContain('##broken');
  expect(await stored()).toBeUndefined();
});

test('a rule added in the options hides its selector in an open tab without reload', async () => {
  const { page } = await openArticle();
  expect(await hidden(page, '.house-promo')).toBe(false);
  const options = await openOptions();
  await options.click('#add-rule');
  await options.type('#rule-new-host', HOST);
  await options.type('#rule-new-hide', '.house-promo');
  await options.click('.rule-form button[type="submit"]');
  await options.waitForSelector(`li[data-host="${HOST}"]`);
  expect((await stored())?.sites).toEqual({ [HOST]: { enabled: true, hide: ['.house-promo'], neverHide: [], autoReader: false } });
  await waitFor(() => hidden(page, '.house-promo'), 'the rule to hide .house-promo');
  expect(await hidden(page, '.story-body p')).toBe(false);
});

// Depends on the clutter detector (src/core/detect) hiding the offer layer by itself.
test('the popup switch turns the site off (clutter stays after reload) and on again', async () => {
  const { page, tabId } = await openArticle();
  await waitFor(() => hidden(page, '#offer-layer'), 'the detector to hide the offer layer');
  const popup = await openExtensionPage(suite.firefox.browser, `src/popup/index.html?tabId=${tabId}`);
  await popup.waitForSelector('.site-controls input[role="switch"]');
  expect(await popup.$eval('.site-controls input[role="switch"]', (el) => (el as HTMLInputElement).checked)).toBe(true);
  await popup.click('.site-controls input[role="switch"]');
  await waitFor(async () => (await hostRule()).enabled !== undefined, 'the rule');
  expect(await hostRule()).toMatchObject({ enabled: false });
  await page.reload();
  await sleep(1500);
  expect(await hidden(page, '#offer-layer')).toBe(false);
  await waitFor(async () => !(await popup.$eval('.site-controls input[role="switch"]', (el) => (el as HTMLInputElement).disabled)), 'the switch');
  await popup.click('.site-controls input[role="switch"]');
  await waitFor(async () => (await hostRule()).enabled === true, 'the rule on');
  await page.reload();
  await waitFor(() => hidden(page, '#offer-layer'), 'the offer layer hidden again');
});

// Depends on the clutter detector hiding the offer layer by itself.
test('a never-hide selector protects what the detector would hide', async () => {
  await store(withRule({ neverHide: ['#offer-layer'] }));
  const { page } = await openArticle();
  await sleep(1500);
  expect(await hidden(page, '#offer-layer')).toBe(false);
});

test('the picker hides the chosen element and saves a rule that survives reload', async () => {
  const { page, tabId } = await openArticle();
  await waitFor(() => hidden(page, '#offer-layer'), 'the offer layer out of the way');
  expect(await ask({ type: 'picker/start', tabId })).toMatchObject({ ok: true, host: HOST });
  await page.bringToFront();
  const box = (await (await page.$('.tide-table p'))!.boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.mouse.click(box.x + 10, box.y + box.height / 2);
  await waitFor(async () => JSON.stringify(await hostRule()).includes('section.tide-table'), 'the picked rule');
  expect((await hostRule()).hide).toEqual(['section.tide-table']);
  await waitFor(() => hidden(page, '.tide-table'), 'the picked element hidden');
  expect(await hidden(page, '.letters')).toBe(false);
  await page.reload();
  await waitFor(() => hidden(page, '.tide-table'), 'the picked element hidden after reload');
  expect(await hidden(page, '.letters')).toBe(false);
});

test('Esc cancels the picker and saves nothing', async () => {
  const { page, tabId } = await openArticle();
  await ask({ type: 'picker/start', tabId });
  await page.bringToFront();
  const box = (await (await page.$('.letters'))!.boundingBox())!;
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.keyboard.press('Escape');
  await page.mouse.click(box.x + 10, box.y + 10);
  await sleep(500);
  expect(await stored()).toBeUndefined();
  expect(await hidden(page, '.letters')).toBe(false);
});

test('a picker result without the session nonce, or replayed, writes nothing', async () => {
  const { tabId } = await openArticle();
  const forge = (nonce: string) =>
    admin.evaluate(
      async (id: number, n: string) => {
        const b = (globalThis as unknown as { browser: typeof chrome }).browser;
        const [result] = await b.scripting.executeScript({
          target: { tabId: id },
          func: (value: string) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage({ type: 'picker/result', nonce: value, selector: '.letters' }),
          args: [n],
        });
        return result?.result as { ok: boolean } | undefined;
      },
      tabId,
      nonce,
    );
  expect(await forge('0123456789abcdef0123456789abcdef')).toMatchObject({ ok: false });
  await ask({ type: 'picker/start', tabId });
  const nonce = await admin.evaluate(async (id: number) => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    return ((await b.storage.session.get('pickerSessions')).pickerSessions as Record<string, { nonce: string }>)[id].nonce;
  }, tabId);
  expect(await forge(`${nonce.slice(0, -1)}x`)).toMatchObject({ ok: false });
  expect(await stored()).toBeUndefined();
  expect(await forge(nonce)).toMatchObject({ ok: true });
  await store(undefined);
  expect(await forge(nonce)).toMatchObject({ ok: false });
  expect(await stored()).toBeUndefined();
});

test('a site rule with “open the reader automatically” opens the reader for the page', async () => {
  await store(withRule({ autoReader: true }));
  const page = await suite.firefox.browser.newPage();
  const url = suite.server.url(ARTICLE);
  await page.goto(url);
  const tabId = await tabIdOfUrl(suite.firefox.browser, url);
  // The popup where the browser allows opening it without a click, else the full-tab reader next to the page.
  const readersOpen = () =>
    admin.evaluate(async (id: number) => {
      const b = (globalThis as unknown as { browser: typeof chrome }).browser;
      const popups = b.extension.getViews({ type: 'popup' }).length;
      const tabs = (await b.tabs.query({})).filter((t) => (t.url ?? '').includes(`src/popup/index.html?tabId=${id}`)).length;
      return popups + tabs;
    }, tabId);
  await waitFor(async () => (await readersOpen()) === 1, 'the reader');
  await sleep(500);
  expect(await readersOpen()).toBe(1);
  // Without the rule, loading a page opens nothing more.
  await store(withRule({ autoReader: false }));
  await page.goto(`${url}?again`);
  await sleep(1500);
  expect(await readersOpen()).toBeLessThanOrEqual(1);
});

test('export then import round-trips all settings', async () => {
  const original = {
    version: 1,
    enabled: true,
    badge: false,
    debugLog: true,
    sites: { 'one.example': { enabled: false, hide: [], neverHide: [], autoReader: false }, 'two.example': { enabled: true, hide: ['.promo', '#meter'], neverHide: ['article'], autoReader: true } },
  };
  await store(original);
  const options = await openOptions();
  // Catch the download link's blob instead of saving a file.
  await options.evaluate(() => {
    const w = window as unknown as { exported?: Promise<{ name: string; text: string }> };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      w.exported = fetch(this.href).then(async (r) => ({ name: this.download, text: await r.text() }));
    };
  });
  await options.click('#export-settings');
  await waitFor(() => options.evaluate(() => 'exported' in window), 'the export');
  const exported = await options.evaluate(() => (window as unknown as { exported: Promise<{ name: string; text: string }> }).exported);
  expect(exported.name).toMatch(/^clear-read-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text);
  expect(file).toMatchObject({ app: 'clear-read', version: 1, settings: original });

  await options.click('#reset-settings');
  await options.waitForSelector('#confirm-change');
  expect((await stored())?.sites).toEqual(original.sites);
  await options.click('#confirm-yes');
  await waitFor(async () => JSON.stringify((await stored())?.sites) === '{}', 'the reset');

  await importFile(options, 'backup.json', exported.text);
  await options.waitForSelector('#confirm-change');
  const summary = await textOf(options, '#confirm-change');
  expect(summary).toContain('New site rules (2)');
  expect(summary).toContain('two.example');
  expect((await stored())?.sites).toEqual({});
  await options.click('#confirm-yes');
  await waitFor(async () => Object.keys(((await stored())?.sites as Json | undefined) ?? {}).length === 2, 'the import');
  expect(await stored()).toMatchObject(original);
});

test('a malformed import is refused and the rules stay', async () => {
  const existing = withRule({ hide: ['.keep-me'] });
  await store(existing);
  const options = await openOptions();
  await importFile(options, 'broken.json', '{"app":"clear-read", "version": 1, "settings": {');
  await options.waitForSelector('#import-refused');
  expect(await textOf(options, '#import-refused')).toContain('not a Clear Read settings file (it is not JSON). Nothing was changed.');
  await importFile(options, 'bad.json', JSON.stringify({ app: 'clear-read', version: 1, settings: { sites: { 'a.example': { hide: ['div]oops'] } } } }));
  await waitFor(async () => (await textOf(options, '#import-refused')).includes('div]oops'), 'the second refusal');
  expect(await options.$('#confirm-change')).toBeNull();
  expect(await stored()).toEqual(existing);
  expect(await options.$(`li[data-host="${HOST}"]`)).not.toBeNull();
});

test('a failed write is shown and loses nothing', async () => {
  const existing = withRule({ hide: ['.keep-me'] });
  await store(existing);
  const options = await openOptions();
  // Firefox sets no quota on storage.local; make this page's writes fail as a full disk would.
  await options.evaluate(() => {
    const storage = (globalThis as unknown as { browser: typeof chrome }).browser.storage.local;
    Object.defineProperty(storage, 'set', { configurable: true, value: () => Promise.reject(new Error('QuotaExceededError: storage quota exceeded')) });
  });
  await options.click('#global-badge');
  await options.waitForSelector('#save-error');
  expect(await textOf(options, '#save-error')).toContain('storage for Clear Read is full');
  expect(await options.$eval('#global-badge', (el) => (el as HTMLInputElement).checked)).toBe(true);
  expect(await stored()).toEqual(existing);
});

test('the badge shows the number of hidden items on the tab', async () => {
  await store(withRule({ hide: ['.house-promo', '.tide-table', '.letters'] }));
  const { tabId } = await openArticle();
  const state = async () => {
    const status = (await ask({ type: 'page/status', tabId })) as { items: unknown[] } | null;
    const badge = await admin.evaluate((id: number) => (globalThis as unknown as { browser: typeof chrome }).browser.action.getBadgeText({ tabId: id }), tabId);
    return { count: status?.items.length ?? 0, badge };
  };
  await waitFor(async () => {
    const { count, badge } = await state();
    return count >= 3 && badge === String(count);
  }, 'the badge to match the hidden items');
  await store({ ...withRule({ hide: ['.house-promo', '.tide-table', '.letters'] }), badge: false });
  await waitFor(async () => (await state()).badge === '', 'the badge to clear');
});
