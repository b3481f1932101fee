/**
 * `npx tsx bench/profile-extract.ts [pages=16]`: where extract.js spends a cold popup open, by
 * function, summed over the first N aeb-dev pages (the benchmark's extraction row). Build with
 * `CLEAR_READ_MINIFY=0 npm run build` first for readable names. Uses dist/chrome as it is.
 */
import { corpusPages } from '../e2e/support/corpus';
import { extensionScript, launch, Profiler, snapshotBuild, tabIdOf, timePopup } from './lib/browser';
import { type FunctionCosts, functionCosts, topLines } from './lib/function-costs';
import { startHttpsCorpus } from './lib/https-corpus';
import { scriptUrl } from './lib/profile';

const count = Number(process.argv[2] ?? 16);
const snapshot = snapshotBuild();
const https = await startHttpsCorpus();
const b = await launch(snapshot.dir);
const costs: FunctionCosts = { totalMs: 0, self: new Map(), inclusive: new Map() };
const pages = corpusPages().slice(0, count);
try {
  for (const cp of pages) {
    const tab = await b.context.newPage();
    const profiler = await Profiler.attach(b.context, tab);
    await tab.goto(https.pageUrl(cp.id), { waitUntil: 'load', timeout: 6000 }).catch(() => undefined);
    await tab.waitForTimeout(1200);
    const tabId = await tabIdOf(b, tab);
    await profiler.start();
    await timePopup(b, tabId).catch(() => undefined);
    functionCosts(await profiler.stop(), scriptUrl(extensionScript(b, 'extract.js')), undefined, costs);
    await profiler.detach();
    await tab.close();
  }
  console.log(`${pages.length} pages, extract.js ${costs.totalMs.toFixed(0)} ms sampled in all`);
  console.log(`self:\n${topLines(costs.self, 20)}\ninclusive:\n${topLines(costs.inclusive, 40)}`);
} finally {
  await b.close();
  await https.close();
  snapshot.remove();
}
