/**
 * `npm run build`: builds the extension for Chrome and Firefox into
 * dist/chrome and dist/firefox, and packs each into artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const browsers = process.argv.includes('--chrome') ? ['chrome'] : process.argv.includes('--firefox') ? ['firefox'] : ['chrome', 'firefox'];
const pack = !process.argv.includes('--no-pack');

mkdirSync('artifacts', { recursive: true });
for (const browser of browsers) {
  process.env.BROWSER = browser;
  await build({ logLevel: 'warn' });
  console.log(`built dist/${browser}`);
  if (!pack) continue;
  const filename = `clear-read-${browser}-${version}.zip`;
  rmSync(`artifacts/${filename}`, { force: true });
  execFileSync('node_modules/.bin/web-ext', ['build', '--source-dir', `dist/${browser}`, '--artifacts-dir', 'artifacts', '--filename', filename, '--overwrite-dest'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  console.log(`packed artifacts/${filename}`);
}
