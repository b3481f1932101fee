/**
 * Starts Debian's Chromium with the built extension loaded (headless unless
 * HEADED=1), in a fresh profile. Every request that leaves 127.0.0.1 is
 * aborted, so pages with remote resources settle fast and nothing leaks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from '@playwright/test';
import type { PageStatus } from '../../src/shared/protocol.ts';
import { chromiumPath, requireBuild } from './paths.ts';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

export function isExternal(url: URL | string): boolean {
  const { protocol, hostname } = typeof url === 'string' ? new URL(url) : url;
  return (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') && hostname !== '127.0.0.1';
}

export async function launchChromium(
  options: { headless?: boolean; viewport?: { width: number; height: number }; extraArgs?: string[]; abortExternal?: boolean } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = requireBuild('chrome');
  const profile = mkdtempSync(join(tmpdir(), 'clear-read-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: options.headless ?? process.env.HEADED !== '1',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    // The https test server uses a throwaway self-signed certificate.
    ignoreHTTPSErrors: true,
    args: [...chromiumFlags, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(options.extraArgs ?? [])],
  });
  if (options.abortExternal ?? true) await context.route(isExternal, (route) => route.abort());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The browser's tab id of `page`, asked of the extension's service worker. */
/** Opens `url` in a new tab of the extension's browser and lets the content script settle (700 ms). */
export async function openSettled(ext: ExtensionBrowser, url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await page.waitForTimeout(700);
  return page;
}

export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  const id = await ext.worker.evaluate(async (target: string) => {
    const tabs = await chrome.tabs.query({});
    const byUrl = tabs.filter((tab) => tab.url === target).at(-1)?.id;
    // Without host permission (about:, file:, browser pages) a tab's URL is
    // hidden from the extension: take the newest tab whose URL is hidden.
    return byUrl ?? tabs.filter((tab) => tab.url === undefined).sort((a, b) => (a.id ?? 0) - (b.id ?? 0)).at(-1)?.id;
  }, url);
  if (typeof id !== 'number') throw new Error(`No tab found for ${url}`);
  return id;
}

/** The popup page's URL for tab `tabId` (the popup contract: `?tabId=N`). */
export function popupUrl(ext: ExtensionBrowser, tabId: number): string {
  return `chrome-extension://${ext.extensionId}/src/popup/index.html?tabId=${tabId}`;
}

/** Opens the reader for `page` in a new tab and waits until it has left `loading`. */
export async function openReader(ext: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(ext, page);
  const reader = await ext.context.newPage();
  await reader.goto(popupUrl(ext, tabId));
  await reader.waitForSelector('main[data-state]:not([data-state="loading"])', { timeout: 30_000 });
  return reader;
}

/**
 * Sends `{ type, tabId }` for `page`'s tab from an extension page, as the popup sends its
 * requests, and returns the answer. The extension page is a throwaway tab unless `from` is given.
 */
export async function askForTab(ext: ExtensionBrowser, page: Page, type: string, from?: Page): Promise<unknown> {
  const tabId = await tabIdOf(ext, page);
  const helper = from ?? (await ext.context.newPage());
  try {
    if (!from) await helper.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    return await helper.evaluate(({ t, id }: { t: string; id: number }) => chrome.runtime.sendMessage({ type: t, tabId: id }), { t: type, id: tabId });
  } finally {
    if (!from) await helper.close();
  }
}

/** Asks the content script of `page` for its status through the background. */
export async function pageStatus(ext: ExtensionBrowser, page: Page): Promise<PageStatus | null> {
  return (await askForTab(ext, page, 'page/status')) as PageStatus | null;
}

/** The stored settings object, read through the service worker as the extension reads it. */
export async function storedSettings(ext: ExtensionBrowser): Promise<Record<string, unknown> | undefined> {
  return ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown> | undefined);
}

/** Writes the stored settings object as it is (undefined removes it), through the service worker. */
export async function storeSettings(ext: ExtensionBrowser, settings: unknown): Promise<void> {
  await ext.worker.evaluate(async (value) => {
    if (value === undefined) await chrome.storage.local.remove('settings');
    else await chrome.storage.local.set({ settings: value });
  }, settings);
}
