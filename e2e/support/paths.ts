/** Where things are, for tests, benchmarks and `npm start`. */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aebDir } from '../../test-data/index.ts';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The aeb-dev corpus, inside the repository (test-data/). */
export const corpusDir = aebDir;
export const distDir = (browser: 'chrome' | 'firefox') => resolve(repoRoot, 'dist', browser);

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function requireBuild(browser: 'chrome' | 'firefox'): string {
  const dir = distDir(browser);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`No build in ${dir}: run \`npm run build\` first.`);
  return dir;
}
