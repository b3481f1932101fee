/**
 * `npm start -- --firefox` / `npm run start:firefox`: the demo page in Firefox ESR with Clear
 * Read installed as a temporary add-on, through the project's WebDriver BiDi launcher
 * (e2e/support/firefox.ts).
 *
 * With a display the window stays open until Ctrl+C (click the toolbar button for the
 * reader). Without one it runs headless, like the Chromium start: it prints the reader text
 * of the demo page and writes screenshots to artifacts/start/ (firefox-before.png without
 * the extension, firefox-after.png with it, firefox-reader.png the reader).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { launchFirefox, openReaderFor } from '../e2e/support/firefox.ts';
import { firefoxPath, repoRoot } from '../e2e/support/paths.ts';
import type { TestServer } from '../e2e/support/server.ts';

/** The demo's clutter arrives about a second after load; give it time. */
const SETTLE_MS = 2500;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFirefox(server: TestServer, demoUrl: string, headed: boolean): Promise<void> {
  if (headed) {
    process.env.HEADED = '1';
    const ff = await launchFirefox();
    const page = await ff.browser.newPage();
    await page.goto(demoUrl);
    console.log('Firefox is open with Clear Read loaded. Click the toolbar button for the reader. Ctrl+C to stop.');
    const stop = async () => {
      await ff.close().catch(() => {});
      await server.close();
      process.exit(0);
    };
    process.on('SIGINT', stop);
    ff.browser.on('disconnected', stop);
    return;
  }
  const outDir = resolve(repoRoot, 'artifacts/start');
  mkdirSync(outDir, { recursive: true });

  // Before: the same Firefox without the extension.
  const profile = mkdtempSync(join(tmpdir(), 'clear-read-firefox-plain-'));
  const plain = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: firefoxPath, headless: true, userDataDir: profile, defaultViewport: { width: 1280, height: 800 } });
  try {
    const before = await plain.newPage();
    await before.goto(demoUrl);
    await sleep(SETTLE_MS);
    await before.screenshot({ path: resolve(outDir, 'firefox-before.png') });
  } finally {
    await plain.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  }

  const ff = await launchFirefox();
  try {
    const page = await ff.browser.newPage();
    await page.goto(demoUrl);
    await sleep(SETTLE_MS);
    await page.screenshot({ path: resolve(outDir, 'firefox-after.png') });
    const reader = await openReaderFor(ff.browser, demoUrl);
    await reader.setViewport({ width: 800, height: 1000 });
    await reader.screenshot({ path: resolve(outDir, 'firefox-reader.png'), fullPage: true });
    const state = await reader.$eval('main', (main) => main.dataset.state ?? '');
    const text = await reader.$eval(state === 'ready' ? 'article' : 'main', (el) => (el as HTMLElement).innerText);
    console.log(`\n--- Reader in Firefox (${state}) ---\n${text}\n--- end of reader ---\n`);
    console.log(`Screenshots: ${outDir}/firefox-before.png, firefox-after.png, firefox-reader.png`);
  } finally {
    await ff.close();
    await server.close();
  }
}
