/**
 * Where the content script's time goes, by function: a developer's tool, not part of the bench.
 *
 *   CLEAR_READ_MINIFY=0 npm run build -- --chrome --no-pack
 *   npx tsx bench/profile-content.ts [--pages N] [--ext DIR] [--script content.js] [--ab OTHER_DIR]
 *
 * Loads N aeb-dev pages (every 131/N-th, like the quick bench) in Chromium with the built
 * extension, samples the renderer with V8's profiler from navigation to load + 1.2 s, and
 * prints the functions of the script by SELF time, in ms and in samples (their own JS, plus the browser work
 * they call into directly: a sample whose top frame has no URL is charged to the nearest
 * frame of the script below it). Build unminified first, or the names are letters.
 *
 * --inclusive: charge a sample to every function of the script on its stack (once each), not only
 * the innermost: where the time goes by phase (start scan, inserted nodes, probes, settings).
 *
 * --ab OTHER_DIR: also loads each page in a second browser with another build (say, the
 * previous commit's), alternating which goes first, and prints both totals: on a busy machine
 * only a comparison made in the same minutes means anything.
 */
import { corpusPages } from '../e2e/support/corpus';
import { type BenchBrowser, extensionScript, launch, Profiler, snapshotBuild } from './lib/browser';
import { startHttpsCorpus } from './lib/https-corpus';
import { type CpuProfile, samplesOf } from './lib/profile';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const count = Number(option('--pages') ?? 8);
const script = option('--script') ?? 'content.js';
const inclusive = args.includes('--inclusive');

function charge(profile: CpuProfile, scriptUrl: string, into: Map<string, number>, tally?: Map<string, number>): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let total = 0;
  for (const s of samplesOf(profile)) {
    const seen = new Set<string>();
    for (let id: number | undefined = s.node; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (!frame || frame.url !== scriptUrl) continue;
      const key = `${frame.functionName || '(anonymous)'}:${(frame as { lineNumber?: number }).lineNumber ?? '?'}`;
      if (seen.has(key)) continue;
      if (!seen.size) total += s.dur / 1000;
      seen.add(key);
      into.set(key, (into.get(key) ?? 0) + s.dur / 1000);
      tally?.set(key, (tally.get(key) ?? 0) + 1);
      if (!inclusive) break;
    }
  }
  return total;
}

const snapshot = option('--ext') ? undefined : snapshotBuild();
const dir = option('--ext') ?? (snapshot?.dir as string);
const other = option('--ab');
const corpus = await startHttpsCorpus();
const browsers = [await launch(dir), ...(other ? [await launch(other)] : [])];
const step = Math.max(1, Math.floor(131 / count));
const pages = corpusPages().filter((_, i) => i % step === 0).slice(0, count);
const byFunction = new Map<string, number>();
/** Samples by function: on a loaded machine a sample's weight swells when the renderer is descheduled; a count does not. */
const counts = new Map<string, number>();
const totals = browsers.map(() => 0);

async function profilePage(b: BenchBrowser, id: string, into: Map<string, number>, tally?: Map<string, number>): Promise<number> {
  const tab = await b.context.newPage();
  const profiler = await Profiler.attach(b.context, tab);
  try {
    await tab.goto(corpus.blankUrl);
    await profiler.start();
    await tab.goto(corpus.pageUrl(id), { waitUntil: 'load', timeout: 6000 }).catch(() => undefined);
    await tab.waitForTimeout(1200);
    return charge(await profiler.stop(), extensionScript(b, script), into, tally);
  } finally {
    await profiler.detach();
    await tab.close();
  }
}

try {
  for (const [n, p] of pages.entries()) {
    const order = n % 2 ? [...browsers.keys()].reverse() : [...browsers.keys()];
    const ms = browsers.map(() => 0);
    for (const k of order) ms[k] = await profilePage(browsers[k] as BenchBrowser, p.id, k === 0 ? byFunction : new Map(), k === 0 ? counts : undefined);
    ms.forEach((x, k) => {
      totals[k] = (totals[k] ?? 0) + x;
    });
    console.log(`${p.id.slice(0, 10)} ${ms.map((x) => `${x.toFixed(1)} ms`).join(' | ')}  ${p.url}`);
  }
} finally {
  for (const b of browsers) await b.close();
  await corpus.close();
  snapshot?.remove();
}
const perPage = (k: number) => ((totals[k] ?? 0) / pages.length).toFixed(1);
console.log(`\n${script}: ${perPage(0)} ms/page over ${pages.length} pages${other ? ` (--ab build: ${perPage(1)} ms/page)` : ''}. ${inclusive ? 'Inclusive' : 'Self'} time by function:`);
const allSamples = [...counts.values()].reduce((a, b) => a + b, 0);
for (const [name, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
  const n = counts.get(name) ?? 0;
  console.log(`${ms.toFixed(1).padStart(8)} ms  ${String(n).padStart(6)} samples (${((100 * n) / allSamples).toFixed(1).padStart(4)}%)  ${name}`);
}
