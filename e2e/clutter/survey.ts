/**
 * Which aeb-dev pages render their article when served locally, without any extension: loads
 * each clean page in plain Chromium and measures its ground-truth paragraphs as the runner does.
 * Pages where none (or under half) is visible cannot host a fair clutter test (a bot-check page
 * in place of the article, an app shell that needs the network); their ids go to
 * page-exclusions.json with the figures, and pages.ts leaves them out.
 *
 *   npx tsx e2e/clutter/survey.ts            (about 3 s a page)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumTab } from './browsers.ts';
import { locateParagraphs, measureParagraphs, type ParagraphState, seen } from './measure.ts';
import { allPages } from './pages.ts';
import { startClutterServer } from './server.ts';
import { pageCall } from './script.ts';

const pages = allPages();
const server = await startClutterServer(pages);
const plain = await chromiumTab(false);
const excluded: Record<string, string> = {};
try {
  for (const p of pages) {
    await plain.tab.goto(server.cleanUrl(p.id));
    await plain.tab.wait(2000);
    const r = await plain.tab.run<ParagraphState>(pageCall(measureParagraphs, [{ anchors: p.paragraphs }], [locateParagraphs, seen]));
    const line = `${r.visible}/${r.located} visible of ${p.paragraphs.length} ground-truth paragraphs`;
    process.stdout.write(`${p.id.slice(0, 12)} ${line}\n`);
    if (r.visible * 2 < p.paragraphs.length) excluded[p.id] = line;
  }
} finally {
  await plain.close();
  await server.close();
}
writeFileSync(join(import.meta.dirname, 'page-exclusions.json'), `${JSON.stringify({ about: 'aeb-dev pages whose article does not render when served locally without any extension (e2e/clutter/survey.ts)', excluded }, null, 1)}\n`);
console.log(`${Object.keys(excluded).length} of ${pages.length} pages excluded`);
