/** Where things are, for tests, benchmarks and `npm start`. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** `../shared` beside the clone (CI lays a copy there); CLEAR_READ_SHARED overrides. */
export const sharedDir = process.env.CLEAR_READ_SHARED ?? resolve(repoRoot, '../shared');
export const corpusDir = resolve(sharedDir, 'corpus/aeb-dev');
export const distDir = (browser: 'chrome' | 'firefox') => resolve(repoRoot, 'dist', browser);

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireBuild(browser: 'chrome' | 'firefox'): string {
  const dir = distDir(browser);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run \`npm run build\` first.`);
  return dir;
}
