/**
 * Hardening: hostile rules on the options page in Chromium. Rules reach the
 * page from storage (the element picker builds selectors from page markup a
 * site controls), and from imported files anyone can write. Their hosts and
 * selectors carry markup, handlers, javascript:/data: URLs, srcdoc iframes,
 * bidi and zero-width characters, a megabyte of text, deep nesting and ten
 * thousand rules. Every payload would set `window.__pwned`, change the title
 * or open a dialog if it ran; the page must show it all as text, add no
 * element of its own, stay responsive, refuse or repair what the schema
 * refuses with a clear message, keep the valid rules, and export exactly
 * what it kept.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../support/chromium.ts';
import { pageStatus, storedSettings, storeSettings, tabIdOf } from '../support/chromium.ts';
import { expect, test } from '../support/chromium-test.ts';
import { INERT, inertnessReport, OPTIONS_OWN_TAGS } from '../support/options-probe.ts';
import { repoRoot } from '../support/paths.ts';

type Json = Record<string, unknown>;
type Sites = Record<string, Json>;

const fixture = (name: string) => readFileSync(resolve(repoRoot, 'e2e/fixtures/hostile', name), 'utf8');
/** Hostile but valid: every rule is kept. */
const MARKUP_TEXT = fixture('rules-markup.json');
const MARKUP = JSON.parse(MARKUP_TEXT) as { app: string; version: number; settings: Json & { sites: Sites } };
/** Valid rules mixed with hostile entries the schema refuses. */
const MIXED_TEXT = fixture('rules-mixed.json');
const MIXED = JSON.parse(MIXED_TEXT) as { settings: Json & { sites: Sites } };

const MAX_SITES = 10_000;
const MEGABYTE = 1024 * 1024;
const rule = (patch: Json = {}): Json => ({ enabled: true, hide: [], neverHide: [], autoReader: false, ...patch });
const settingsWith = (sites: Sites): Json => ({ version: 1, enabled: true, badge: true, debugLog: false, reader: defaultReader, sites });
const defaultReader = { fontSize: 19, lineHeight: 1.6, width: 66, font: 'serif', theme: 'system', images: true, speechRate: 1 };

/** `n` valid rules, each hiding a selector that quotes markup. */
function manySites(n: number): Sites {
  const sites: Sites = {};
  for (let i = 0; i < n; i++) sites[`s${i}.example`] = rule({ hide: [`[data-x="<img src=x onerror=alert(${i})>"]`] });
  return sites;
}

interface Options {
  page: Page;
  /** Dialogs the page opened (alert, confirm, prompt): must stay empty. */
  dialogs: string[];
  /** Console errors and uncaught exceptions, CSP refusals included: must stay empty. */
  errors: string[];
}

async function openOptions(ext: ExtensionBrowser, timeout = 10_000): Promise<Options> {
  const page = await ext.context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // A blocked inline handler or a refused frame shows up here as "Refused to …".
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  await page.waitForSelector('#global-enabled', { timeout });
  return { page, dialogs, errors };
}

/** Import `text` as a file named `name`. */
async function importText(page: Page, name: string, text: string): Promise<void> {
  await page.setInputFiles('#import-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

async function exportNow(page: Page): Promise<Json> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-settings')]);
  return JSON.parse(readFileSync((await download.path())!, 'utf8')) as Json;
}

/** The elements an options page is built from; anything else was injected. */

/**
 * Nothing from the rules became markup or ran: no foreign element, no
 * handler attribute, no script of the page's own but the bundle, no
 * javascript:/data: URL, no marker, the title unchanged, no dialog, no error.
 */
async function expectInert(options: Options): Promise<void> {
  expect(await options.page.evaluate(inertnessReport, OPTIONS_OWN_TAGS)).toEqual(INERT);
  expect(options.dialogs).toEqual([]);
  expect(options.errors).toEqual([]);
}

/** A click still gets an answer: the new-rule form opens and closes. */
async function expectResponsive(page: Page, timeout = 10_000): Promise<number> {
  const start = Date.now();
  await page.click('#add-rule', { timeout });
  await expect(page.locator('#rule-new-host')).toBeVisible({ timeout });
  const took = Date.now() - start;
  await page.locator('.rule-form').getByRole('button', { name: 'Cancel' }).click({ timeout });
  await expect(page.locator('#rule-new-host')).toHaveCount(0, { timeout });
  return took;
}

/** No text pushes the page wider than the window. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
}

test.beforeEach(async ({ ext }) => storeSettings(ext, undefined));
test.afterEach(async ({ ext }) => storeSettings(ext, undefined));

test('hostile but valid rules in storage show as text, edit and export exactly', async ({ ext }) => {
  await storeSettings(ext, MARKUP.settings);
  const options = await openOptions(ext);
  const { page } = options;
  const hosts = Object.keys(MARKUP.settings.sites).sort();
  await expect(page.locator('.rules > li')).toHaveCount(hosts.length);
  expect(await page.locator('.rules > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-host')))).toEqual(hosts);
  await expectInert(options);

  // The editor shows every selector verbatim, the markup ones and the invisible characters included.
  for (const host of hosts) {
    const { hide, neverHide } = MARKUP.settings.sites[host] as { hide: string[]; neverHide: string[] };
    await page.getByRole('button', { name: `Edit the rule for ${host}`, exact: true }).click();
    const prefix = `#rule-${host.replace(/[^a-z0-9]/g, '-')}`;
    await expect(page.locator(`${prefix}-hide`)).toHaveValue(hide.join('\n'));
    await expect(page.locator(`${prefix}-neverHide`)).toHaveValue(neverHide.join('\n'));
    await expectInert(options);
    // Saving unchanged writes back the same rule.
    await page.locator('.rule-form button[type="submit"]').click();
    await expect(page.locator('.rule-form')).toHaveCount(0);
  }
  expect(await storedSettings(ext)).toEqual(MARKUP.settings);

  // A hostile search query is echoed as text.
  const query = '<img src=x onerror=alert(99)>';
  await page.fill('#site-search', query);
  await expect(page.locator('.empty[role="status"]')).toHaveText(`No rule matches “${query}”.`);
  await page.fill('#site-search', 'data-x');
  await expect(page.locator('.rules > li')).toHaveCount(1);
  await page.fill('#site-search', '');

  // Still answers clicks, and the global switches still save.
  await expectResponsive(page);
  await page.uncheck('#global-badge');
  await expect.poll(async () => (await storedSettings(ext))?.badge).toBe(false);
  await page.check('#global-badge');
  await expect.poll(async () => (await storedSettings(ext))?.badge).toBe(true);

  const file = await exportNow(page);
  expect(file).toEqual({ app: 'clear-read', version: 1, settings: MARKUP.settings });
  await expectInert(options);
  await expectNoSidewaysScroll(page);
  await page.close();
});

test('an import of hostile but valid rules keeps every one exactly and exports the same file', async ({ ext }) => {
  const options = await openOptions(ext);
  const { page } = options;
  await importText(page, 'markup"><img src=x onerror=alert(1)>.json', MARKUP_TEXT);
  const confirm = page.locator('#confirm-change');
  await expect(confirm).toContainText(`New site rules (${Object.keys(MARKUP.settings.sites).length})`);
  // The file name the user picked is shown as text too.
  await expect(page.locator('#confirm-heading')).toContainText('markup"><img src=x onerror=alert(1)>.json');
  await expectInert(options);
  expect(await storedSettings(ext)).toBeUndefined();
  await page.click('#confirm-yes');
  await expect(page.locator('.rules > li')).toHaveCount(Object.keys(MARKUP.settings.sites).length);
  expect(await storedSettings(ext)).toEqual(MARKUP.settings);
  expect(await exportNow(page)).toEqual(MARKUP);
  await expectInert(options);
  await expectResponsive(page);
  await page.close();
});

test('an import mixing valid rules with hostile invalid entries is refused, says why as text, and changes nothing', async ({ ext }) => {
  const existing = settingsWith({ 'keep.example': rule({ hide: ['.keep-me'] }) });
  await storeSettings(ext, existing);
  const options = await openOptions(ext);
  const { page } = options;
  await importText(page, 'mixed.json', MIXED_TEXT);
  const refused = page.locator('#import-refused');
  await expect(refused).toContainText('This settings file has errors, so it was not imported. Nothing was changed:');
  const details = refused.locator('li');
  // Markup in host names is quoted, not parsed; invisible characters are spelled out.
  await expect(details.filter({ hasText: '“<script>document.title=\'pwned\';window.__pwned=12</script>” is not a host name; its rule was dropped.' })).toHaveCount(1);
  await expect(details.filter({ hasText: '“<img src=x onerror=alert(13)>” is not a host name' })).toHaveCount(1);
  await expect(details.filter({ hasText: '“"><iframe srcdoc="<script>parent.__pwned=14</script>">” is not a host name' })).toHaveCount(1);
  await expect(details.filter({ hasText: '“javascript:alert(16)” is not a host name' })).toHaveCount(1);
  await expect(details.filter({ hasText: '“evil\\u202Ecom.example” is not a host name' })).toHaveCount(1);
  await expect(details.filter({ hasText: '“pay\\u200Bpal.example” is not a host name' })).toHaveCount(1);
  await expect(details.filter({ hasText: 'Rule for broken-selectors.example (hide): “<img src=x onerror=alert(18)>” is not a valid CSS selector. Dropped.' })).toHaveCount(1);
  await expect(details.filter({ hasText: '“##\\u202Eboom” is not a valid CSS selector.' })).toHaveCount(1);
  await expect(details.filter({ hasText: 'Rule for broken-selectors.example (never hide): “</textarea><script>alert(20)</script>” is not a valid CSS selector.' })).toHaveCount(1);
  await expect(details.filter({ hasText: 'Rule for not-a-rule.example: not an object; dropped.' })).toHaveCount(1);
  // Message placeholders in a value are not expanded again.
  await expect(details.filter({ hasText: '“$1$2$$HOST$-price.example” is not a host name; its rule was dropped.' })).toHaveCount(1);
  // A valid host name Firefox's storage cannot hold (it drops the property): refused everywhere alike.
  await expect(details.filter({ hasText: '“constructor” is not a host name; its rule was dropped.' })).toHaveCount(1);
  await expect(details.filter({ hasText: 'Rule for bad-flags.example: “enabled” was not true/false; set to on.' })).toHaveCount(1);
  // No bidi control reached the page's text: each one is spelled out.
  expect(await refused.evaluate((el) => /[\u202A-\u202E\u2066-\u2069\u200B-\u200F]/.test(el.textContent ?? ''))).toBe(false);
  await expect(page.locator('#confirm-change')).toHaveCount(0);
  expect(await storedSettings(ext)).toEqual(existing);
  await expect(page.locator('.rules > li')).toHaveCount(1);
  await expectInert(options);
  await expectResponsive(page);
  await expectNoSidewaysScroll(page);
  await page.close();
});

test('the same hostile entries already in storage: valid rules kept, the rest repaired with a message, export exact', async ({ ext }) => {
  await storeSettings(ext, MIXED.settings);
  const options = await openOptions(ext);
  const { page } = options;
  const notice = page.locator('.notice[role="status"]');
  await expect(notice).toContainText('Some saved settings could not be read and were repaired:');
  await expect(notice.locator('li').filter({ hasText: '“<img src=x onerror=alert(13)>” is not a host name' })).toHaveCount(1);
  await expect(notice.locator('li').filter({ hasText: 'Rule for bad-flags.example (hide): expected a list of selectors; reset to none.' })).toHaveCount(1);
  const kept: Sites = {
    'also-kept.example': rule({ enabled: false, autoReader: true }),
    'bad-flags.example': rule(),
    'broken-selectors.example': rule({ hide: ['.fine'] }),
    'kept.example': MIXED.settings.sites['kept.example'],
  };
  await expect(page.locator('.rules > li')).toHaveCount(Object.keys(kept).length);
  expect(await page.locator('.rules > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-host')))).toEqual(Object.keys(kept));
  await expectInert(options);
  await expectResponsive(page);
  const file = await exportNow(page);
  expect(file).toEqual({ app: 'clear-read', version: 1, settings: settingsWith(kept) });
  // The exported file imports cleanly and changes nothing.
  await importText(page, 'exported.json', JSON.stringify(file));
  await expect(page.locator('#confirm-change')).toContainText('Nothing would change.');
  await expectInert(options);
  await page.close();
});

test('a megabyte host name and a megabyte selector are refused with short messages', async ({ ext }) => {
  const hugeHost = `<svg onload=alert(1)>${'h'.repeat(MEGABYTE)}`;
  const hugeSelector = `[data-x="${'<img src=x onerror=alert(2)>'.repeat(MEGABYTE / 28)}"]`;
  const sites = { [hugeHost]: rule(), 'fine.example': rule({ hide: ['.ok', hugeSelector], neverHide: [hugeSelector] }) };

  // From a file: refused, and the list of reasons stays short.
  const options = await openOptions(ext);
  const { page } = options;
  await importText(page, 'huge.json', JSON.stringify({ app: 'clear-read', version: 1, settings: { sites } }));
  const refused = page.locator('#import-refused');
  await expect(refused).toContainText('has errors');
  await expect(refused.locator('li').filter({ hasText: 'A selector is limited to 1000 characters.' })).toHaveCount(2);
  await expect(refused.locator('li').filter({ hasText: '“<svg onload=alert(1)>hhh' })).toHaveCount(1);
  expect(await refused.evaluate((el) => (el.textContent ?? '').length)).toBeLessThan(2_000);
  expect(await storedSettings(ext)).toBeUndefined();
  await expectInert(options);
  await expectResponsive(page);
  await page.close();

  // From storage: repaired, the valid part kept.
  await storeSettings(ext, settingsWith(sites));
  const again = await openOptions(ext);
  await expect(again.page.locator('.notice li')).toHaveCount(3);
  expect(await again.page.locator('main').evaluate((el) => (el.textContent ?? '').length)).toBeLessThan(5_000);
  await expect(again.page.locator('.rules > li')).toHaveCount(1);
  expect((await exportNow(again.page)).settings).toEqual(settingsWith({ 'fine.example': rule({ hide: ['.ok'] }) }));
  await expectInert(again);
  await expectResponsive(again.page);
  await expectNoSidewaysScroll(again.page);
  await again.page.close();
});

test('a file nested 100,000 levels deep is refused and the page stays usable', async ({ ext }) => {
  const options = await openOptions(ext);
  const { page } = options;
  const depth = 100_000;
  const nested = `{"app":"clear-read","version":1,"settings":{"sites":{"deep.example":{"hide":${'['.repeat(depth)}${']'.repeat(depth)}}}}}`;
  await importText(page, 'deep.json', nested);
  await expect(page.locator('#import-refused')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('#confirm-change')).toHaveCount(0);
  expect(await storedSettings(ext)).toBeUndefined();
  await expectInert(options);
  await expectResponsive(page);
  await page.close();
});

test(`${MAX_SITES} rules render, the page answers clicks, and export round-trips them`, async ({ ext }) => {
  test.setTimeout(180_000);
  const settings = settingsWith(manySites(MAX_SITES));
  await storeSettings(ext, settings);
  const start = Date.now();
  const options = await openOptions(ext, 60_000);
  const { page } = options;
  await expect(page.locator('.rules > li')).toHaveCount(MAX_SITES, { timeout: 60_000 });
  const rendered = Date.now() - start;
  expect(await page.locator('.notice').count()).toBe(0);
  const click = await expectResponsive(page, 30_000);
  console.log(`${MAX_SITES} rules: rendered in ${rendered} ms, a click answered in ${click} ms`);
  expect(rendered).toBeLessThan(30_000);
  expect(click).toBeLessThan(5_000);
  await page.fill('#site-search', 's9999.');
  await expect(page.locator('.rules > li')).toHaveCount(1, { timeout: 30_000 });
  await page.fill('#site-search', '');
  const file = await exportNow(page);
  expect(file).toEqual({ app: 'clear-read', version: 1, settings });
  await expectInert(options);
  await page.close();
});

test(`more than ${MAX_SITES} rules: storage keeps the first ${MAX_SITES} and says so; an import is refused`, async ({ ext }) => {
  test.setTimeout(180_000);
  const extra = 50;
  const sites = manySites(MAX_SITES + extra);
  const options = await openOptions(ext);
  await importText(options.page, 'too-many.json', JSON.stringify({ app: 'clear-read', version: 1, settings: { sites } }));
  const refused = options.page.locator('#import-refused');
  await expect(refused).toContainText(`More than ${MAX_SITES} site rules; the rest were dropped.`, { timeout: 30_000 });
  await expect(refused.locator('li')).toHaveCount(1);
  expect(await storedSettings(ext)).toBeUndefined();
  await expectInert(options);
  await expectResponsive(options.page);
  await options.page.close();

  await storeSettings(ext, settingsWith(sites));
  const again = await openOptions(ext, 60_000);
  await expect(again.page.locator('.notice li')).toHaveText([`More than ${MAX_SITES} site rules; the rest were dropped.`]);
  await expect(again.page.locator('.rules > li')).toHaveCount(MAX_SITES, { timeout: 60_000 });
  // Which 10,000: the first in storage's own order (Chromium keeps keys sorted), each exactly as stored.
  const exported = (await exportNow(again.page)).settings as { sites: Sites };
  expect(Object.keys(exported.sites)).toHaveLength(MAX_SITES);
  for (const [host, kept] of Object.entries(exported.sites)) expect(kept).toEqual(sites[host]);
  await expectInert(again);
  await again.page.close();
});

test('a hundred broken entries in storage: the first twenty reasons are listed, the page stays short', async ({ ext }) => {
  const sites: Sites = { 'kept.example': rule({ hide: ['.kept'] }) };
  for (let i = 0; i < 100; i++) sites[`<img src=x onerror=alert(${i})>.example`] = rule();
  await storeSettings(ext, settingsWith(sites));
  const options = await openOptions(ext);
  await expect(options.page.locator('.notice li')).toHaveCount(20);
  await expect(options.page.locator('.notice li').first()).toHaveText('“<img src=x onerror=alert(0)>.example” is not a host name; its rule was dropped.');
  await expect(options.page.locator('.rules > li')).toHaveCount(1);
  await expectInert(options);
  await expectResponsive(options.page);
  await options.page.close();
});

test('a selector the picker builds from hostile page markup shows as text on the options page', async ({ ext, server }) => {
  const HOST = '127.0.0.1';
  const page = await ext.context.newPage();
  await page.goto(server.url('/fixtures/rules/article.html'));
  await expect.poll(async () => (await pageStatus(ext, page))?.url, { timeout: 10_000 }).toBe(page.url());
  await expect(page.locator('#offer-layer')).toBeHidden();
  // The page names the element with markup: ids and class names may hold anything but spaces.
  const id = '"><img/src=x/onerror=alert(1)><script>window.__pwned=1</script>';
  await page.evaluate((value) => {
    const section = document.querySelector('.tide-table')!;
    section.id = value;
    section.className = 'side-box <svg/onload=alert(2)> tide-table';
  }, id);
  const helper = await ext.context.newPage();
  await helper.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
  const tabId = await tabIdOf(ext, page);
  expect(await helper.evaluate((tab: number) => chrome.runtime.sendMessage({ type: 'picker/start', tabId: tab }), tabId)).toMatchObject({ ok: true, host: HOST });
  await helper.close();
  // Hover the paragraph, widen to its section (as rules.spec.ts does), click.
  const box = (await page.locator('.tide-table p').boundingBox())!;
  await page.mouse.move(box.x + 5, box.y + box.height / 2);
  await page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 3 });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowDown');
  await page.mouse.click(box.x + 10, box.y + box.height / 2);
  const picked = async () => (((await storedSettings(ext))?.sites as Sites | undefined)?.[HOST]?.hide as string[] | undefined) ?? [];
  await expect.poll(async () => (await picked()).length).toBe(1);
  const [selector] = await picked();
  // The page's own id, escaped: the markup rides along into the rule.
  expect(selector).toBe(await page.evaluate((value) => `#${CSS.escape(value)}`, id));
  // The saved selector is escaped CSS that finds exactly the picked element.
  expect(await page.evaluate((s) => document.querySelectorAll(s).length === 1 && document.querySelector(s) === document.querySelector('.tide-table'), selector)).toBe(true);
  await expect(page.locator('.tide-table')).toBeHidden();

  const options = await openOptions(ext);
  await expect(options.page.locator(`li[data-host="${HOST}"]`)).toContainText('hides 1');
  await options.page.getByRole('button', { name: `Edit the rule for ${HOST}` }).click();
  await expect(options.page.locator('#rule-127-0-0-1-hide')).toHaveValue(selector);
  await expectInert(options);
  const file = await exportNow(options.page);
  expect(((file.settings as { sites: Sites }).sites[HOST].hide as string[])).toEqual([selector]);
  await options.page.close();
  await page.close();
});

test('a file over 20 MB is refused unread with its own message', async ({ ext }) => {
  await storeSettings(ext, settingsWith({ 'keep.example': rule({ hide: ['.keep-me'] }) }));
  const options = await openOptions(ext);
  const padding = ' '.repeat(21 * MEGABYTE);
  await importText(options.page, 'huge.json', `{"app":"clear-read","version":1,"settings":{"sites":{"x.example":{}}}}${padding}`);
  await expect(options.page.locator('#import-refused')).toHaveText('This file is larger than 20 MB, far larger than any Clear Read settings file, so it was not read. Nothing was changed.', { timeout: 20_000 });
  await expect(options.page.locator('#confirm-change')).toHaveCount(0);
  expect(await storedSettings(ext)).toEqual(settingsWith({ 'keep.example': rule({ hide: ['.keep-me'] }) }));
  await expectInert(options);
  await expectResponsive(options.page);
  await options.page.close();
});
