/**
 * False positives on the trafilatura-dev pages (200 real multilingual publisher pages, no
 * clutter added), with the built extension in Chromium: what it hid on each page (with the
 * items' reasons) and whether any main-text snippet (`with`, 40+ characters) was collapsed by
 * us. Some pages carry real subscription or registration panels, which may be hidden; no
 * article text may be. Dev code: reuses the corpus page check (GROUND_TRUTH_CHECK).
 *
 *   npx tsx bench/dev/trafilatura-false-positives.ts [--count N] [--start I]
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { launchChromium, pageStatus } from '../../e2e/support/chromium.ts';
import { GROUND_TRUTH_CHECK, type GroundTruthResult, groundTruthLines } from '../../e2e/support/detect-dev/page-checks.ts';
import { trafilaturaDir } from '../../test-data/index.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

const data = JSON.parse(readFileSync(join(trafilaturaDir, 'evaldata.json'), 'utf8')) as Record<string, { url: string; with: string[]; without: string[] }>;
const ids = Object.keys(data).sort();
const start = Number(option('--start') ?? 0);
const chosen = ids.slice(start, start + Number(option('--count') ?? ids.length));

const server = createServer((req, res) => {
  const id = decodeURIComponent((req.url ?? '').replace(/^\/p\//, '').replace(/\.html$/, ''));
  try {
    const body = gunzipSync(readFileSync(join(trafilaturaDir, 'html', `${id}.html.gz`)));
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as AddressInfo).port;
const ext = await launchChromium();
const withItems: string[] = [];
const textHidden: string[] = [];
try {
  for (const id of chosen) {
    const page = await ext.context.newPage();
    await page.goto(`http://127.0.0.1:${port}/p/${encodeURIComponent(id)}.html`, { waitUntil: 'load', timeout: 20_000 }).catch(() => {});
    await page.waitForTimeout(1500);
    const lines = (data[id]?.with ?? []).flatMap((w) => groundTruthLines(w));
    const gt = (await page.evaluate(`(${GROUND_TRUTH_CHECK})(${JSON.stringify(lines)})`).catch(() => null)) as GroundTruthResult | null;
    const items = (await pageStatus(ext, page).catch(() => null))?.items ?? [];
    const host = (() => {
      try {
        return new URL(data[id]?.url ?? '').hostname;
      } catch {
        return '?';
      }
    })();
    if (items.length) withItems.push(`${id.slice(0, 16)} ${host}: ${items.map((i) => `${i.label} [${i.reasons.join(' ')}]`).join('; ')}`);
    if (gt?.hidden) textHidden.push(`${id.slice(0, 16)} ${host}: ${gt.hidden}/${gt.found} main-text snippets hidden`);
    await page.close();
  }
} finally {
  await ext.close();
  server.close();
}
console.log(`trafilatura-dev pages: ${chosen.length}; with anything hidden: ${withItems.length}; with main text hidden: ${textHidden.length}`);
console.log(withItems.join('\n'));
if (textHidden.length) console.log(`\nMAIN TEXT HIDDEN:\n${textHidden.join('\n')}`);
process.exit(textHidden.length ? 1 : 0);
