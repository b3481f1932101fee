import { chromiumTab } from './browsers.ts';
import { clutterPages } from './pages.ts';
import { startClutterServer } from './server.ts';
import { pageCall } from './script.ts';
import { locateParagraphs, seen } from './measure.ts';
const pages = clutterPages();
const server = await startClutterServer(pages);
const seed = Number(process.argv[2]);
const ext = process.argv[3] === 'ext';
const t = await chromiumTab(ext);
const s = server.scenario(seed);
await t.tab.goto(server.cleanUrl(s.pageId));
await t.tab.wait(1500);
await t.tab.screenshot(`/tmp/gshots/clean-${seed}-${ext}.png`);
function probe(anchors: string[]) {
  const blocks = locateParagraphs(anchors);
  return blocks.map((b) => b ? { tag: b.tagName, cls: b.className, r: seen(b, 'text'), hit: (() => { const r = b.getBoundingClientRect(); const h = document.elementFromPoint(r.left + 5, r.top + 5); return h ? `${h.tagName}.${h.className}` : null; })() } : null);
}
console.log(JSON.stringify(await t.tab.run(pageCall(probe, [s.anchors], [locateParagraphs, seen])), null, 0));
await t.close(); await server.close();
