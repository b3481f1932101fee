/**
 * Where does the reader lose (or keep) a trafilatura-dev snippet? For each page, each snippet the
 * reader gets wrong (a `with` snippet missing, a `without` snippet kept) with the stage that lost
 * or last kept it: the page as laid out, the visible clone, Readability's article, each prune
 * pass, the final reader text. Chromium, page scripts off, as crossval.ts.
 *
 *   npx tsx bench/corpus/trace.ts --only id,id [--path]
 *   npx tsx bench/corpus/trace.ts --half A        (a whole half, with a count of losses by stage)
 */
import { chromium } from 'playwright';
import { normalizeSpace } from '../snippet-metric';
import { bundleIife } from './bundle';
import { serveCorpus } from './serve';
import { type Half, halfOf } from './split';
import { listTrafilatura } from './trafilatura';

const i = process.argv.indexOf('--only');
const only = i >= 0 ? (process.argv[i + 1] ?? '').split(',') : [];
const h = process.argv.indexOf('--half');
const half = h >= 0 ? (process.argv[h + 1] as Half) : undefined;
const pages = listTrafilatura().filter((p) => (only.length ? only.some((o) => p.id.startsWith(o)) : !half || halfOf(p.id) === half));
const tally = new Map<string, number>();
const bundle = await bundleIife('bench/corpus/trace-entry.ts');
const server = await serveCorpus(pages);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'], headless: true });
try {
  for (const page of pages) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    await context.route('**/*', (r) => (new URL(r.request().url()).hostname === '127.0.0.1' ? r.continue() : r.abort()));
    const tab = await context.newPage();
    await tab.goto(server.urlOf(page), { waitUntil: 'domcontentloaded', timeout: 8000 }).catch(() => undefined);
    const loaded = await tab.evaluate(bundle).then(() => true, () => false);
    if (!loaded) {
      console.log(`\n=== ${page.id.slice(0, 12)} page failed`);
      await context.close().catch(() => undefined);
      continue;
    }
    const snippets = [...page.with.filter((s): s is string => s != null).map((s) => ({ kind: 'with', s })), ...page.without.filter((s): s is string => s != null).map((s) => ({ kind: 'without', s }))];
    const stages = (await tab.evaluate((list) => (globalThis as unknown as { __clearReadTrace: (s: string[]) => unknown }).__clearReadTrace(list), snippets.map((x) => x.s)).catch(() => [])) as Array<{ stage: string; has: boolean[] }>;
    if (!stages.length) console.log(`\n=== ${page.id.slice(0, 12)} trace failed`);
    console.log(`\n=== ${page.id.slice(0, 12)} ${page.url}`);
    snippets.forEach((x, k) => {
      const final = stages[stages.length - 1]?.has[k];
      const wrong = x.kind === 'with' ? !final : final;
      if (!wrong) return;
      const path = stages.map((st) => `${st.stage}${st.has[k] ? '+' : '-'}`).join(' ');
      // The first stage that lost it (with) / the stages that had it (without).
      const lost = stages.findIndex((st, j) => j > 0 && !st.has[k] && stages[j - 1]?.has[k]);
      const note = x.kind === 'with' ? (stages[0]?.has[k] ? `lost at ${stages[lost]?.stage ?? '?'}` : 'not in page innerText') : 'kept';
      const key = `${x.kind === 'with' ? '-R' : '+P'} ${note}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      console.log(`  ${x.kind === 'with' ? '-R' : '+P'} ${note}: ${normalizeSpace(x.s).slice(0, 110)}`);
      if (process.argv.includes('--path')) console.log(`      ${path}`);
    });
    await context.close();
  }
  console.log('\nsnippets the reader gets wrong, by stage:');
  for (const [k, n] of [...tally].sort((a, b) => b[1] - a[1])) console.log(`  ${n}\t${k}`);
} finally {
  await browser.close();
  await server.close();
}
