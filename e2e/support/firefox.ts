/**
 * Starts Firefox ESR over WebDriver BiDi (puppeteer-core) with the built
 * extension installed as a temporary add-on under a pinned UUID, so its
 * pages have a known moz-extension:// origin.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { firefoxPath, requireBuild } from './paths.ts';

export const ADDON_ID = 'clear-read@clearread.example';
export const ADDON_UUID = '6f1b7c52-3a1e-4d7e-9c55-0c1ea2d0c1ea';
export const extensionOrigin = `moz-extension://${ADDON_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

export interface LaunchFirefoxOptions {
  /** Extra Firefox prefs, applied over the defaults below (e.g. a test proxy). */
  prefs?: Record<string, unknown>;
}

export async function launchFirefox(options: LaunchFirefoxOptions = {}): Promise<FirefoxWithExtension> {
  const dir = requireBuild('firefox');
  const profile = mkdtempSync(join(tmpdir(), 'clear-read-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: firefoxPath,
    headless: process.env.HEADED !== '1',
    userDataDir: profile,
    // The https test server uses a throwaway self-signed certificate.
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Keep Firefox off the network: this machine has none to offer.
      'network.proxy.type': 0,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'app.update.enabled': false,
      ...options.prefs,
    },
  });
  await browser.installExtension(dir);
  return {
    browser,
    close: async () => {
      await browser.close();
      // Firefox may still write to its profile while it exits: retry the removal.
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

/**
 * Opens a moz-extension:// page. `page.goto` to such a URL never settles
 * over BiDi, so start it without awaiting and poll the location.
 */
export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  const url = `${extensionOrigin}/${path}`;
  page.goto(url).catch(() => {});
  const deadline = Date.now() + 20_000;
  for (;;) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.startsWith(url.split('?')[0])) break;
    if (Date.now() > deadline) throw new Error(`Extension page ${url} did not open`);
    await new Promise((r) => setTimeout(r, 100));
  }
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 20_000 });
  return page;
}

/** The tab id of the tab showing `url`, asked through an extension page. */
export async function tabIdOfUrl(browser: Browser, url: string): Promise<number> {
  const probe = await openExtensionPage(browser, 'src/options/index.html');
  try {
    const id = await probe.evaluate(async (target: string) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tabs = await api.tabs.query({});
      return tabs.filter((tab) => tab.url === target).at(-1)?.id;
    }, url);
    if (typeof id !== 'number') throw new Error(`No tab found for ${url}`);
    return id;
  } finally {
    await probe.close();
  }
}

/** Sends a protocol request from an extension page and returns the answer. */
export async function askFromExtension(browser: Browser, message: Record<string, unknown>): Promise<unknown> {
  const probe = await openExtensionPage(browser, 'src/options/index.html');
  try {
    return await probe.evaluate((m: Record<string, unknown>) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage(m), message);
  } finally {
    await probe.close();
  }
}

/** Opens the reader popup for the tab showing `url`, waiting until it leaves `loading`. */
export async function openReaderFor(browser: Browser, url: string): Promise<Page> {
  const tabId = await tabIdOfUrl(browser, url);
  const reader = await openExtensionPage(browser, `src/popup/index.html?tabId=${tabId}`);
  await reader.waitForSelector('main[data-state]:not([data-state="loading"])', { timeout: 30_000 });
  return reader;
}
