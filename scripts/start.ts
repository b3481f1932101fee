/**
 * `npm start`: builds the extension, serves the demo page on 127.0.0.1 and
 * opens it in Chromium with Clear Read loaded. `npm start -- --firefox` (or
 * `npm run start:firefox`) does the same in Firefox ESR (scripts/start-firefox.ts).
 *
 * With a display (DISPLAY or WAYLAND_DISPLAY set) the browser window stays
 * open until you press Ctrl+C. Without one it runs headless: it prints the
 * reader text of the demo page and writes before/after screenshots to
 * artifacts/start/ (before = the page in Chromium without the extension).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumFlags, isExternal, launchChromium, openReader } from '../e2e/support/chromium.ts';
import { chromiumPath, repoRoot } from '../e2e/support/paths.ts';
import { startServer } from '../e2e/support/server.ts';
import { startFirefox } from './start-firefox.ts';

const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.HEADLESS !== '1';
const port = Number(process.env.PORT ?? 5178);
const firefox = process.argv.includes('--firefox');

execFileSync('bash', ['scripts/ensure-browsers.sh'], { stdio: 'inherit', cwd: repoRoot });
execFileSync('node_modules/.bin/tsx', ['scripts/build.ts', firefox ? '--firefox' : '--chrome', '--no-pack'], { stdio: 'inherit', cwd: repoRoot });

const server = await startServer(port).catch(() => startServer(0));
const demoUrl = server.url('/demo/index.html');
console.log(`Demo page: ${demoUrl}`);

if (firefox) {
  await startFirefox(server, demoUrl, headed);
} else if (headed) {
  const ext = await launchChromium({ headless: false });
  const page = await ext.context.newPage();
  await page.goto(demoUrl);
  console.log('Chromium is open with Clear Read loaded. Click the toolbar button for the reader. Ctrl+C to stop.');
  const stop = async () => {
    await ext.close().catch(() => {});
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  ext.context.on('close', stop);
} else {
  const outDir = resolve(repoRoot, 'artifacts/start');
  mkdirSync(outDir, { recursive: true });
  // The demo's clutter arrives about a second after load; give it time.
  const settle = 2500;

  const plain = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const before = await plain.newPage({ viewport: { width: 1280, height: 800 } });
  await before.route(isExternal, (route) => route.abort());
  await before.goto(demoUrl);
  await before.waitForTimeout(settle);
  await before.screenshot({ path: resolve(outDir, 'before.png') });
  await plain.close();

  const ext = await launchChromium();
  const page = await ext.context.newPage();
  await page.goto(demoUrl);
  await page.waitForTimeout(settle);
  await page.screenshot({ path: resolve(outDir, 'after.png') });
  const reader = await openReader(ext, page);
  await reader.setViewportSize({ width: 800, height: 1000 });
  await reader.screenshot({ path: resolve(outDir, 'reader.png'), fullPage: true });
  const state = await reader.locator('main').getAttribute('data-state');
  const text = state === 'ready' ? await reader.locator('article').first().innerText() : await reader.locator('main').innerText();
  console.log(`\n--- Reader (${state}) ---\n${text}\n--- end of reader ---\n`);
  console.log(`Screenshots: ${outDir}/before.png, after.png, reader.png`);
  await ext.close();
  await server.close();
}
