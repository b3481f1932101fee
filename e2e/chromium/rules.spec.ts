/**
 * Per-site rules and controls in Chromium: the options page, the site
 * switch, extra / never-hide selectors, the element picker (driven with real
 * mouse moves, clicks and keys), import/export, storage failures and the
 * badge. Every test starts and ends with default settings, because all test
 * pages share one host (127.0.0.1) and so one site rule.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { askForTab, pageStatus, popupUrl, storedSettings, storeSettings, tabIdOf } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';

const HOST = '127.0.0.1';
const ARTICLE = '/fixtures/rules/article.html';

type Json = Record<string, unknown>;

function withRule(rule: Json): Json {
  return { version: 1, enabled: true, badge: true, debugLog: false, sites: { [HOST]: { enabled: true, hide: [], neverHide: [], autoReader: false, ...rule } } };
}

async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await page.waitForSelector('#global-enabled');
  return page;
}

async function openArticle(ext: ExtensionBrowser, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  // The content script has answered once it reports its status.
  await expect.poll(async () => (await pageStatus(ext, page))?.url, { timeout: 10_000 }).toBe(page.url());
  return page;
}

const pickerStart = (ext: ExtensionBrowser, page: Page) => askForTab(ext, page, 'picker/start');

test.beforeEach(async ({ ext }) => storeSettings(ext, undefined));
test.afterEach(async ({ ext }) => storeSettings(ext, undefined));

test('an invalid selector gets an inline error and nothing is saved', async ({ ext }) => {
  const options = await openOptions(ext);
  await options.click('#add-rule');
  await options.fill('#rule-new-host', 'example.com');
  await options.fill('#rule-new-hide', '.fine\n##broken');
  await options.click('.rule-form button[type="submit"]');
  const field = options.locator('#rule-new-hide');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAttribute('aria-describedby', /rule-new-hide-error/);
  await expect(options.locator('#rule-new-hide-error')).toContainText('##broken');
  await expect(field).toBeFocused();
  expect(await storedSettings(ext)).toBeUndefined();
  await options.close();
});

test('a rule added in the options hides its selector in an open tab without reload', async ({ ext, server }) => {
  const page = await openArticle(ext, server.url(ARTICLE));
  await expect(page.locator('.house-promo')).toBeVisible();
  const options = await openOptions(ext);
  await options.click('#add-rule');
  await options.fill('#rule-new-host', server.url('/any/path'));
  await options.fill('#rule-new-hide', '.house-promo');
  await options.click('.rule-form button[type="submit"]');
  await expect(options.locator(`li[data-host="${HOST}"]`)).toContainText('hides 1');
  expect((await storedSettings(ext))?.sites).toEqual({ [HOST]: { enabled: true, hide: ['.house-promo'], neverHide: [], autoReader: false } });
  await expect(page.locator('.house-promo')).toBeHidden();
  await expect(page.locator('.story-body p').first()).toBeVisible();
  // Edit and delete from the list.
  await options.getByRole('button', { name: `Edit the rule for ${HOST}` }).click();
  await options.fill(`#rule-127-0-0-1-hide`, '.tide-table');
  await options.click('.rule-form button[type="submit"]');
  await expect(page.locator('.house-promo')).toBeVisible();
  await expect(page.locator('.tide-table')).toBeHidden();
  await options.getByRole('button', { name: `Delete the rule for ${HOST}` }).click();
  await options.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(options.locator(`li[data-host="${HOST}"]`)).toHaveCount(0);
  expect((await storedSettings(ext))?.sites).toEqual({});
  await expect(page.locator('.tide-table')).toBeVisible();
  await options.close();
  await page.close();
});

test('the search filters the rule list', async ({ ext }) => {
  await storeSettings(ext, { version: 1, sites: { 'alpha.example': { hide: ['.a'] }, 'beta.example': {}, 'gamma.org': {} } });
  const options = await openOptions(ext);
  await expect(options.locator('.rules > li')).toHaveCount(3);
  await options.fill('#site-search', 'example');
  await expect(options.locator('.rules > li')).toHaveCount(2);
  await options.fill('#site-search', 'gam');
  await expect(options.locator('.rules > li')).toHaveCount(1);
  await expect(options.locator('.rules > li')).toHaveAttribute('data-host', 'gamma.org');
  await options.close();
});

// Depends on the clutter detector (src/core/detect) hiding the offer layer by itself.
test('turning the site off leaves its clutter after reload; turning it on hides it again', async ({ ext, server }) => {
  const page = await openArticle(ext, server.url(ARTICLE));
  await expect(page.locator('#offer-layer')).toBeHidden();
  const tabId = await tabIdOf(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(popupUrl(ext, tabId));
  const toggle = popup.getByRole('switch', { name: `Clean ${HOST}` });
  await expect(toggle).toBeChecked();
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  expect(((await storedSettings(ext))?.sites as Json | undefined)?.[HOST]).toMatchObject({ enabled: false });
  await page.reload();
  await page.waitForTimeout(1500);
  await expect(page.locator('#offer-layer')).toBeVisible();
  await expect(page.locator('#veil')).toBeVisible();
  await popup.reload();
  await expect(toggle).not.toBeChecked();
  await toggle.click();
  await expect(toggle).toBeChecked();
  await page.reload();
  await expect(page.locator('#offer-layer')).toBeHidden();
  await popup.close();
  await page.close();
});

// Depends on the clutter detector hiding the offer layer by itself.
test('the global switch puts an open page back at once and cleans it again', async ({ ext, server }) => {
  const page = await openArticle(ext, server.url(ARTICLE));
  await expect(page.locator('#offer-layer')).toBeHidden();
  const options = await openOptions(ext);
  await options.uncheck('#global-enabled');
  await expect(page.locator('#offer-layer')).toBeVisible();
  expect(await storedSettings(ext)).toMatchObject({ enabled: false });
  await options.check('#global-enabled');
  await expect(page.locator('#offer-layer')).toBeHidden();
  await options.close();
  await page.close();
});

// Depends on the clutter detector hiding the offer layer by itself.
test('a never-hide selector protects what the detector would hide', async ({ ext, server }) => {
  await storeSettings(ext, withRule({ neverHide: ['#offer-layer'] }));
  const page = await openArticle(ext, server.url(ARTICLE));
  await page.waitForTimeout(1500);
  await expect(page.locator('#offer-layer')).toBeVisible();
  await page.close();
});

test('the popup shows the count and shows / hides the items again', async ({ ext, server }) => {
  await storeSettings(ext, withRule({ hide: ['.house-promo', '.tide-table'] }));
  const page = await openArticle(ext, server.url(ARTICLE));
  await expect(page.locator('.house-promo')).toBeHidden();
  const tabId = await tabIdOf(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(popupUrl(ext, tabId));
  const count = (await pageStatus(ext, page))?.items.length ?? 0;
  expect(count).toBeGreaterThanOrEqual(2);
  // The count next to the site switch opens the list and the undo.
  await popup.getByRole('button', { name: `${count} items hidden here` }).click();
  await expect(popup.locator('.site-count')).toHaveText(`${count} items hidden here`);
  await popup.getByRole('button', { name: 'Show hidden items' }).click();
  await expect(page.locator('.house-promo')).toBeVisible();
  await popup.getByRole('button', { name: 'Hide them again' }).click();
  await expect(page.locator('.house-promo')).toBeHidden();
  await popup.close();
  await page.close();
});

test('the badge shows the number of hidden items on the tab', async ({ ext, server }) => {
  await storeSettings(ext, withRule({ hide: ['.house-promo', '.tide-table', '.letters'] }));
  const page = await openArticle(ext, server.url(ARTICLE));
  const tabId = await tabIdOf(ext, page);
  await expect.poll(async () => (await pageStatus(ext, page))?.items.length ?? 0).toBeGreaterThanOrEqual(3);
  const badge = () => ext.worker.evaluate((id: number) => chrome.action.getBadgeText({ tabId: id }), tabId);
  await expect.poll(async () => String((await pageStatus(ext, page))?.items.length) === (await badge())).toBe(true);
  const title = await ext.worker.evaluate((id: number) => chrome.action.getTitle({ tabId: id }), tabId);
  expect(title).toMatch(/items hidden on this page/);
  // The badge setting turns it off at once.
  const options = await openOptions(ext);
  await options.uncheck('#global-badge');
  await expect.poll(badge).toBe('');
  await options.close();
  await page.close();
});

test('the picker hides the chosen element and saves a rule that survives reload', async ({ ext, server }) => {
  const page = await openArticle(ext, server.url(ARTICLE));
  // Without the detector's offer layer in the way (it would cover the page if shown).
  await expect(page.locator('#offer-layer')).toBeHidden();
  expect(await pickerStart(ext, page)).toMatchObject({ ok: true, host: HOST });
  // Hover the paragraph inside the tide table, widen to its section with ArrowUp, click.
  const paragraph = page.locator('.tide-table p');
  const box = (await paragraph.boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 3 });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.mouse.click(box.x + 10, box.y + box.height / 2);
  await expect.poll(async () => ((await storedSettings(ext))?.sites as Json | undefined)?.[HOST]).toMatchObject({ hide: ['section.tide-table'] });
  await expect(page.locator('.tide-table')).toBeHidden();
  await expect(page.locator('.letters')).toBeVisible();
  await page.reload();
  await expect(page.locator('.tide-table')).toBeHidden();
  await expect(page.locator('.letters')).toBeVisible();
  await page.close();
});

test('“Hide something else” in the popup starts the picker on the page', async ({ ext, server }) => {
  const page = await openArticle(ext, server.url(ARTICLE));
  const tabId = await tabIdOf(ext, page);
  const popup = await ext.context.newPage();
  await popup.goto(popupUrl(ext, tabId));
  await popup.getByRole('button', { name: 'Hide something else' }).click();
  await expect.poll(() => ext.worker.evaluate(async () => Object.keys((await chrome.storage.session.get('pickerSessions')).pickerSessions ?? {}).length)).toBe(1);
  await page.bringToFront();
  const box = (await page.locator('.letters h2').boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + 4);
  await page.mouse.move(box.x + 8, box.y + 6, { steps: 2 });
  await page.mouse.wheel(0, -100);
  await page.mouse.click(box.x + 8, box.y + 6);
  await expect.poll(async () => ((await storedSettings(ext))?.sites as Json | undefined)?.[HOST]).toMatchObject({ hide: ['section.letters'] });
  await expect(page.locator('.letters')).toBeHidden();
  await page.close();
});

test('the page cannot choose for the user with synthetic events', async ({ ext, server }) => {
  const page = await openArticle(ext, server.url(ARTICLE));
  await pickerStart(ext, page);
  await page.evaluate(() => {
    const target = document.querySelector('.letters') as HTMLElement;
    const r = target.getBoundingClientRect();
    const at = { bubbles: true, cancelable: true, clientX: r.left + 5, clientY: r.top + 5 };
    target.dispatchEvent(new MouseEvent('mousemove', at));
    target.dispatchEvent(new MouseEvent('click', at));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  await page.waitForTimeout(700);
  expect(await storedSettings(ext)).toBeUndefined();
  // The real user can still choose.
  const box = (await page.locator('.letters h2').boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + 4);
  await page.mouse.move(box.x + 6, box.y + 5);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect.poll(async () => ((await storedSettings(ext))?.sites as Json | undefined)?.[HOST]).toMatchObject({ hide: ['section.letters'] });
  await page.close();
});

test('Esc cancels the picker and saves nothing', async ({ ext, server }) => {
  const page = await openArticle(ext, server.url(ARTICLE));
  await pickerStart(ext, page);
  const box = (await page.locator('.letters').boundingBox())!;
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.keyboard.press('Escape');
  await page.mouse.click(box.x + 10, box.y + 10);
  await page.waitForTimeout(500);
  expect(await storedSettings(ext)).toBeUndefined();
  await expect(page.locator('.letters')).toBeVisible();
  await page.close();
});

test('a picker result without the session nonce, or replayed, writes nothing', async ({ ext, server }) => {
  const page = await openArticle(ext, server.url(ARTICLE));
  const tabId = await tabIdOf(ext, page);
  const forge = (nonce: string) =>
    ext.worker.evaluate(
      async ({ id, n }) => {
        // Sent from the content scripts' isolated world of the tab, like a compromised picker would.
        const [result] = await chrome.scripting.executeScript({
          target: { tabId: id },
          func: (value: string) => chrome.runtime.sendMessage({ type: 'picker/result', nonce: value, selector: '.letters' }),
          args: [n],
        });
        return result?.result as { ok: boolean } | undefined;
      },
      { id: tabId, n: nonce },
    );
  // No session at all.
  expect(await forge('0123456789abcdef0123456789abcdef')).toMatchObject({ ok: false });
  // A live session, but the wrong nonce.
  await pickerStart(ext, page);
  const nonce = await ext.worker.evaluate(async (id: number) => {
    const sessions = (await chrome.storage.session.get('pickerSessions')).pickerSessions as Record<string, { nonce: string }>;
    return sessions[id].nonce;
  }, tabId);
  expect(await forge(`${nonce.slice(0, -1)}x`)).toMatchObject({ ok: false });
  expect(await storedSettings(ext)).toBeUndefined();
  // The right nonce works once; a replay is refused.
  expect(await forge(nonce)).toMatchObject({ ok: true });
  await storeSettings(ext, undefined);
  expect(await forge(nonce)).toMatchObject({ ok: false });
  expect(await storedSettings(ext)).toBeUndefined();
  await page.keyboard.press('Escape');
  await page.close();
});

test('the commands are declared with their suggested keys', async ({ ext }) => {
  const commands = await ext.worker.evaluate(() => chrome.commands.getAll());
  const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
  // Headless Chromium binds no key to the toolbar action (it has no toolbar); the command is declared.
  expect(byName._execute_action).toBeDefined();
  expect(byName['toggle-site']?.shortcut).toBe('Alt+Shift+O');
  expect(byName['toggle-site']?.description).toBe('Turn Clear Read on or off for this site');
});

test('a site rule with “open the reader automatically” opens the reader for the page', async ({ ext, server }) => {
  await storeSettings(ext, withRule({ autoReader: true }));
  // No helper tabs here: opening one would close the popup again.
  const page = await ext.context.newPage();
  await page.goto(server.url(ARTICLE));
  const tabIdOf = (url: string) => ext.worker.evaluate(async (u: string) => (await chrome.tabs.query({ url: u })).at(-1)?.id ?? -1, url);
  // Chrome opens the popup when it may; otherwise the full-tab reader opens next to the page.
  // The reader contexts for a tab: any popup, or a full-tab reader for that tab.
  const readersFor = (id: number) =>
    ext.worker.evaluate(async (tab: number) => {
      const contexts = await chrome.runtime.getContexts({});
      return contexts.filter((c) => c.contextType === 'POPUP' || (c.contextType === 'TAB' && (c.documentUrl ?? '').includes(`src/popup/index.html?tabId=${tab}`))).map((c) => c.contextId);
    }, id);
  const tabId = await tabIdOf(page.url());
  await expect.poll(async () => (await readersFor(tabId)).length).toBeGreaterThan(0);
  // Without the rule, loading a page opens nothing: no reader for it, and no popup that was not
  // already open (the first page's popup or reader tab may still be open while this one loads).
  await storeSettings(ext, withRule({ autoReader: false }));
  const before = new Set(await readersFor(tabId));
  const other = await ext.context.newPage();
  await other.goto(server.url(`${ARTICLE}?again`));
  await page.waitForTimeout(1500);
  const otherId = await tabIdOf(other.url());
  expect((await readersFor(otherId)).filter((c) => !before.has(c))).toEqual([]);
  await other.close();
  for (const p of ext.context.pages()) if (p.url().includes('src/popup/index.html')) await p.close();
  await page.close();
});

test('export then import round-trips all settings', async ({ ext }) => {
  const original = {
    version: 1,
    enabled: true,
    badge: false,
    debugLog: true,
    sites: { 'one.example': { enabled: false, hide: [], neverHide: [], autoReader: false }, 'two.example': { enabled: true, hide: ['.promo', '#meter'], neverHide: ['article'], autoReader: true } },
  };
  await storeSettings(ext, original);
  const options = await openOptions(ext);
  const [download] = await Promise.all([options.waitForEvent('download'), options.click('#export-settings')]);
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ app: 'clear-read', version: 1, settings: original });
  expect(download.suggestedFilename()).toMatch(/^clear-read-settings-\d{4}-\d{2}-\d{2}\.json$/);

  // Reset asks first; then everything is default.
  await options.click('#reset-settings');
  await expect(options.locator('#confirm-change')).toContainText('one.example');
  expect((await storedSettings(ext))?.sites).toEqual(original.sites);
  await options.click('#confirm-yes');
  await expect(options.locator('.rules > li')).toHaveCount(0);
  expect((await storedSettings(ext))?.sites).toEqual({});

  // Import shows what changes and waits for confirmation.
  await options.setInputFiles('#import-file', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const confirm = options.locator('#confirm-change');
  await expect(confirm).toContainText('New site rules (2)');
  await expect(confirm).toContainText('two.example');
  await expect(confirm).toContainText(/Debug log: off → on/);
  expect((await storedSettings(ext))?.sites).toEqual({});
  await options.click('#confirm-yes');
  await expect(options.locator('.rules > li')).toHaveCount(2);
  expect(await storedSettings(ext)).toMatchObject(original);
  await options.close();
});

test('a malformed or foreign import is refused and the rules stay', async ({ ext }) => {
  const existing = withRule({ hide: ['.keep-me'] });
  await storeSettings(ext, existing);
  const options = await openOptions(ext);
  const refused = options.locator('#import-refused');
  await options.setInputFiles('#import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"clear-read", "version": 1, "settings": {') });
  await expect(refused).toContainText('not a Clear Read settings file (it is not JSON). Nothing was changed.');
  await options.setInputFiles('#import-file', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"theme":"dark"}') });
  await expect(refused).toContainText('This file is not a Clear Read settings file. Nothing was changed.');
  const bad = { app: 'clear-read', version: 1, settings: { sites: { 'a.example': { hide: ['div]oops'] } } } };
  await options.setInputFiles('#import-file', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(refused).toContainText('has errors');
  await expect(refused).toContainText('div]oops');
  await expect(options.locator('#confirm-change')).toHaveCount(0);
  expect(await storedSettings(ext)).toEqual(existing);
  await expect(options.locator(`li[data-host="${HOST}"]`)).toBeVisible();
  await options.close();
});

test('a write that exceeds the storage quota is shown and loses nothing', async ({ ext }) => {
  const existing = withRule({ hide: ['.keep-me'] });
  await storeSettings(ext, existing);
  const options = await openOptions(ext);
  // About 12 MB of valid rules: above storage.local's 10 MB quota.
  const long = (i: number, j: number) => `.x${i}-${j}-${'a'.repeat(960)}`;
  const sites: Json = {};
  for (let i = 0; i < 62; i++) sites[`s${i}.example`] = { hide: Array.from({ length: 200 }, (_, j) => long(i, j)) };
  const big = JSON.stringify({ app: 'clear-read', version: 1, settings: { sites } });
  await options.setInputFiles('#import-file', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(big) });
  await expect(options.locator('#confirm-change')).toContainText('New site rules (62)', { timeout: 30_000 });
  await options.click('#confirm-yes');
  await expect(options.locator('#save-error')).toContainText('storage for Clear Read is full', { timeout: 30_000 });
  expect(await storedSettings(ext)).toEqual(existing);
  await options.reload();
  await expect(options.locator('.rules > li')).toHaveCount(1);
  await options.close();
});
