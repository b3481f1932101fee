/**
 * Browser tabs for the clutter runner: Chromium through Playwright (with or without the built
 * extension, dist/chrome copied to a snapshot so a rebuild cannot change it mid-run) and Firefox
 * ESR through puppeteer (with dist/firefox installed). One browser and one reused tab each.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Page as PPage } from 'puppeteer-core';
import { chromiumFlags, isExternal } from '../support/chromium.ts';
import { watchExtensionErrors } from '../support/errors.ts';
import { launchFirefox } from '../support/firefox.ts';
import { chromiumPath, requireBuild } from '../support/paths.ts';
import type { Tab } from './session.ts';

export interface OpenTab {
  tab: Tab;
  close(): Promise<void>;
}

const LOAD_TIMEOUT_MS = 30_000;
const viewport = { width: 1280, height: 800 };

function playwrightTab(page: Page, errors: () => number): Tab {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    },
    run: (script) => page.evaluate(script),
    async wheel(dy) {
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel(0, dy);
    },
    wait: (ms) => page.waitForTimeout(ms),
    extensionErrors: errors,
    async screenshot(path) {
      await page.screenshot({ path });
    },
  };
}

/** Chromium with the built extension (or none), one tab. */
export async function chromiumTab(withExtension: boolean): Promise<OpenTab> {
  const profile = mkdtempSync(join(tmpdir(), 'clear-read-clutter-'));
  const args = [...chromiumFlags];
  let snapshot: string | undefined;
  if (withExtension) {
    snapshot = mkdtempSync(join(tmpdir(), 'clear-read-clutter-ext-'));
    cpSync(requireBuild('chrome'), snapshot, { recursive: true });
    args.push(`--disable-extensions-except=${snapshot}`, `--load-extension=${snapshot}`);
  }
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: process.env.HEADED !== '1', viewport, args, ignoreHTTPSErrors: true });
  await context.route(isExternal, (route) => {
    const request = route.request();
    // A page that sends the tab elsewhere would land on an error page; a 204 keeps it where it is.
    if (request.isNavigationRequest() && request.frame().parentFrame() === null) return route.fulfill({ status: 204 });
    return route.abort();
  });
  if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const page = context.pages()[0] ?? (await context.newPage());
  const watch = withExtension ? await watchExtensionErrors(context, page) : undefined;
  return {
    tab: playwrightTab(page, () => watch?.errors.length ?? 0),
    close: async () => {
      await watch?.stop();
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      if (snapshot) rmSync(snapshot, { recursive: true, force: true });
    },
  };
}

export function puppeteerTab(page: PPage): Tab {
  return {
    async goto(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    },
    run: <T,>(script: string) => page.evaluate(script) as Promise<T>,
    async wheel(dy) {
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      await page.mouse.wheel({ deltaY: dy });
    },
    wait: (ms) => new Promise((r) => setTimeout(r, ms)),
    extensionErrors: () => 0,
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
  };
}

/** Firefox ESR with the built extension (dist/firefox), one tab. */
export async function firefoxTab(): Promise<OpenTab> {
  const ff = await launchFirefox();
  const page = await ff.browser.newPage();
  return { tab: puppeteerTab(page), close: () => ff.close() };
}
