/**
 * How often the always-on sentinel wakes the detector on clean pages (issue #13): every aeb-dev
 * corpus page (served without its own scripts, as in bench/cost.ts) is loaded in Chromium with a
 * build, and the page counts as woken when detector.js was parsed in it within load + 1.5 s; the
 * reason is the sentinel's own (the debug log is turned on for the run).
 *
 *   npm run build -- --chrome --no-pack && npx tsx bench/wake-rate.ts [DIR]
 *
 * DIR: the unpacked build (default dist/chrome). Prints one line per woken page and the total.
 */
import { corpusPages } from '../e2e/support/corpus';
import { launch } from './lib/browser';
import { startHttpsCorpus } from './lib/https-corpus';

const dir = process.argv[2] ?? 'dist/chrome';
const b = await launch(dir);
await b.helper?.evaluate(async () => {
  type Area = { get(key: string): Promise<Record<string, object | undefined>>; set(items: object): Promise<void> };
  const storage = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
  const { settings } = await storage.get('settings');
  await storage.set({ settings: { version: 1, ...(settings ?? {}), debugLog: true } });
});
const https = await startHttpsCorpus();
const pages = corpusPages();
const reasons: Record<string, number> = {};
let woke = 0;
try {
  for (const p of pages) {
    const tab = await b.context.newPage();
    const cdp = await b.context.newCDPSession(tab);
    let injected = false;
    let reason = '?';
    cdp.on('Debugger.scriptParsed', (e: { url: string }) => {
      if (e.url.endsWith('/detector.js')) injected = true;
    });
    tab.on('console', (m) => {
      reason = /sentinel: (\S+)/.exec(m.text())?.[1] ?? reason;
    });
    await cdp.send('Debugger.enable');
    await tab.goto(https.pageUrl(p.id), { waitUntil: 'load', timeout: 8000 }).catch(() => undefined);
    await tab.waitForTimeout(1500);
    if (injected) {
      woke++;
      reasons[reason] = (reasons[reason] ?? 0) + 1;
      console.log(`woken: ${p.id} (${reason})`);
    }
    await tab.close();
  }
} finally {
  await b.close();
  await https.close();
}
console.log(`detector woken on ${woke}/${pages.length} clean aeb-dev pages: ${JSON.stringify(reasons)}`);
