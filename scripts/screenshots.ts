/**
 * `npx tsx scripts/screenshots.ts`: regenerates the reader screenshots in
 * docs/screenshots/ from the current build (run `npm run build` first), on
 * the demo page, in Chromium and Firefox, light and dark, as the toolbar
 * popup (460 x 600, the popup's width) and as the full tab (1280 x 800):
 *
 *   reader-<chromium|firefox>-<popup|tab>-<light|dark>.png
 *
 * and reader.png (the Chromium popup, light) for the README's first look.
 *
 * The popup is the reader page opened in a tab of the popup's size and laid
 * out as the popup: in Chromium through `asToolbarPopup` (tabs.getCurrent()
 * answers "no tab", as in the real popup), in Firefox, which runs no preload
 * scripts in extension pages, through the `data-mode="popup"` the reader
 * sets on <html> (the popup's CSS keys on it; the bar then shows Print where
 * the popup shows Open in a tab).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page as ChromiumPage } from '@playwright/test';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { launchChromium, popupUrl, tabIdOf } from '../e2e/support/chromium.ts';
import { launchFirefox, openExtensionPage, tabIdOfUrl } from '../e2e/support/firefox.ts';
import { repoRoot } from '../e2e/support/paths.ts';
import { asToolbarPopup } from '../e2e/support/reader-layout.ts';
import { startServer } from '../e2e/support/server.ts';

const outDir = resolve(repoRoot, 'docs/screenshots');
const themes = ['light', 'dark'] as const;
const sizes = { popup: { width: 460, height: 600 }, tab: { width: 1280, height: 800 } } as const;
/** The demo's clutter arrives about a second after load; give it time to be hidden. */
const SETTLE_MS = 2500;
/** tsx (esbuild) names inner functions with a `__name` helper the page does not have. */
const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((f) => f)';

type Theme = (typeof themes)[number];
type Layout = keyof typeof sizes;

/** Stores the reader theme (the rest at the defaults) through the extension page's storage. */
const SET_THEME = `async (theme) => {
  const api = globalThis.browser ?? globalThis.chrome;
  const stored = (await api.storage.local.get('settings')).settings;
  const settings = stored ?? { version: 1, enabled: true, badge: true, debugLog: false, sites: {} };
  settings.reader = { fontSize: 19, lineHeight: 1.6, width: 66, font: 'serif', images: true, speechRate: 1, ...settings.reader, theme };
  await api.storage.local.set({ settings });
}`;

const file = (browser: string, layout: Layout, theme: Theme) => resolve(outDir, `reader-${browser}-${layout}-${theme}.png`);

async function chromiumShots(demoUrl: string): Promise<void> {
  const ext = await launchChromium();
  try {
    const page = await ext.context.newPage();
    await page.goto(demoUrl);
    await page.waitForTimeout(SETTLE_MS);
    const tabId = await tabIdOf(ext, page);
    for (const layout of ['popup', 'tab'] as const) {
      for (const theme of themes) {
        const reader: ChromiumPage = await ext.context.newPage();
        await reader.setViewportSize(sizes[layout]);
        await reader.addInitScript(NAME_SHIM);
        if (layout === 'popup') await reader.addInitScript(asToolbarPopup);
        await reader.goto(popupUrl(ext, tabId));
        await reader.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
        await reader.evaluate(`(${SET_THEME})(${JSON.stringify(theme)})`);
        await reader.waitForSelector(`html[data-theme="${theme}"][data-mode="${layout}"]`);
        await reader.waitForTimeout(300);
        await reader.screenshot({ path: file('chromium', layout, theme) });
        await reader.close();
      }
    }
  } finally {
    await ext.close();
  }
}

async function firefoxShots(demoUrl: string): Promise<void> {
  const firefox = await launchFirefox();
  try {
    const page = await firefox.browser.newPage();
    await page.goto(demoUrl);
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const tabId = await tabIdOfUrl(firefox.browser, demoUrl);
    for (const layout of ['popup', 'tab'] as const) {
      for (const theme of themes) {
        const reader: FirefoxPage = await openExtensionPage(firefox.browser, `src/popup/index.html?tabId=${tabId}`);
        await reader.setViewport(sizes[layout]);
        await reader.waitForSelector('main[data-state="ready"]', { timeout: 30_000 });
        await reader.waitForSelector('html[data-mode="tab"]');
        if (layout === 'popup') await reader.evaluate('document.documentElement.dataset.mode = "popup"');
        await reader.evaluate(`(${SET_THEME})(${JSON.stringify(theme)})`);
        await reader.waitForSelector(`html[data-theme="${theme}"]`);
        await new Promise((r) => setTimeout(r, 300));
        await reader.screenshot({ path: file('firefox', layout, theme) as `${string}.png` });
        await reader.close();
      }
    }
  } finally {
    await firefox.close();
  }
}

mkdirSync(outDir, { recursive: true });
const server = await startServer();
try {
  const demoUrl = server.url('/demo/index.html');
  await chromiumShots(demoUrl);
  await firefoxShots(demoUrl);
  copyFileSync(file('chromium', 'popup', 'light'), resolve(outDir, 'reader.png'));
  console.log(`Screenshots written to ${outDir}`);
} finally {
  await server.close();
}
