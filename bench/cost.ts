/**
 * The always-on cost of the content script, before and after the sentinel split, in one run
 * (issue #13). How each figure is measured: bench/lib/cost.ts.
 *
 *   npm run build -- --chrome --no-pack
 *   npx tsx bench/cost.ts [--pages N] [--fixtures N] [--before DIR] [--ext DIR]
 *
 * --pages N: aeb-dev corpus pages (every 131/N-th; default 24). --fixtures N: paywall fixtures
 * (clutter pages; default 8). --before DIR: another build (say main's dist/chrome before the
 * split), measured on the same pages in the same minutes. Three browsers: without the
 * extension, with this build (dist/chrome, or --ext DIR, snapshotted), and with the other build. Writes
 * bench/results/cost.json and cost.md (or `--out NAME`: NAME.json, NAME.md) and prints the table.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusPages } from '../e2e/support/corpus';
import { fixtures as fixtureManifest } from '../e2e/support/fixtures';
import { repoRoot } from '../e2e/support/paths';
import { readabilityBundle } from './lib/baseline';
import { type BenchBrowser, launch, snapshotBuild } from './lib/browser';
import { closeTab, insertionToHidden, type LoadCost, markNoSentinel, measureLoad, measureReadability } from './lib/cost';
import { startHttpsCorpus } from './lib/https-corpus';
import { startBenchServer } from './lib/server';
import { fileSize } from './lib/size';
import { median, p95 } from './lib/stats';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const pageCount = Number(option('--pages') ?? 24);
const fixtureCount = Number(option('--fixtures') ?? 8);
const beforeDir = option('--before');
/** Output name under bench/results: `cost` (a full run) or what `--out` says (`quick-cost` from a quick run, not tracked). */
const outName = option('--out') ?? 'cost';
const log = (msg: string) => process.stderr.write(`[cost] ${msg}\n`);

interface BuildRun {
  name: string;
  dir: string;
  browser?: BenchBrowser;
}

interface PageRow {
  kind: 'corpus' | 'fixture';
  id: string;
  off?: { scriptMs: number; layoutMs: number; styleMs: number; readabilityCpuMs?: number; readabilitySamples?: number; readabilityScriptMs: number };
  builds: Record<string, (LoadCost & { insertMs?: number | null }) | { error: string }>;
}

const extDir = option('--ext');
const snapshot = extDir ? { dir: mkdtempSync(join(tmpdir(), 'clear-read-cost-after-')), remove() { rmSync(this.dir, { recursive: true, force: true }); } } : snapshotBuild();
if (extDir) cpSync(extDir, snapshot.dir, { recursive: true });
let beforeCopy: string | undefined;
if (beforeDir) {
  if (!existsSync(join(beforeDir, 'manifest.json'))) throw new Error(`No build in ${beforeDir}`);
  beforeCopy = mkdtempSync(join(tmpdir(), 'clear-read-cost-before-'));
  cpSync(beforeDir, beforeCopy, { recursive: true });
}
const builds: BuildRun[] = [{ name: 'after', dir: snapshot.dir }, ...(beforeCopy ? [{ name: 'before', dir: beforeCopy }] : [])];
const bundle = await readabilityBundle();
const https = await startHttpsCorpus();
const server = await startBenchServer();
const step = Math.max(1, Math.floor(131 / pageCount));
const corpus = corpusPages().filter((_, i) => i % step === 0).slice(0, pageCount);
const paywalls = fixtureManifest().filter((f) => f.path.includes('/paywall/')).slice(0, fixtureCount);
const jobs = [
  ...corpus.map((p) => ({ kind: 'corpus' as const, id: p.id, url: https.pageUrl(p.id), blank: https.blankUrl })),
  ...paywalls.map((f) => ({ kind: 'fixture' as const, id: f.path, url: server.main.url(f.path), blank: server.benchUrl('blank.html') })),
];
const rows: PageRow[] = [];
const loadBefore = loadavg()[0] ?? 0;
const off = await launch();
try {
  for (const b of builds) {
    b.browser = await launch(b.dir);
    // A build without detector.js runs the whole detector in content.js (before the split).
    if (!existsSync(join(b.dir, 'detector.js'))) markNoSentinel(b.browser);
  }
  for (const [n, job] of jobs.entries()) {
    const row: PageRow = { kind: job.kind, id: job.id, builds: {} };
    try {
      const o = await measureLoad(off, job.blank, job.url);
      const r = await measureReadability(o.tab, o.profiler, o.cdp, bundle);
      row.off = { scriptMs: o.cost.metrics.script, layoutMs: o.cost.metrics.layout, styleMs: o.cost.metrics.style, readabilityCpuMs: r.cpuMs, readabilitySamples: r.samples || undefined, readabilityScriptMs: r.scriptMs };
      await closeTab(o.tab, o.profiler, o.cdp);
    } catch (error) {
      log(`${job.id}: ${String(error).slice(0, 120)}`);
    }
    // Alternate which build goes first: on a busy machine the order matters.
    const order = n % 2 ? [...builds].reverse() : builds;
    for (const b of order) {
      try {
        const m = await measureLoad(b.browser as BenchBrowser, job.blank, job.url);
        const insertMs = job.kind === 'corpus' ? await insertionToHidden(m.tab).catch(() => null) : undefined;
        row.builds[b.name] = { ...m.cost, insertMs };
        await closeTab(m.tab, m.profiler, m.cdp);
      } catch (error) {
        row.builds[b.name] = { error: String(error).slice(0, 200) };
      }
    }
    rows.push(row);
    log(`${n + 1}/${jobs.length} ${job.id.slice(0, 40)}`);
  }
} finally {
  await off.close();
  for (const b of builds) await b.browser?.close();
  await https.close();
  await server.close();
}

type Ok = LoadCost & { insertMs?: number | null };
const ok = (r: PageRow, b: string): Ok | undefined => {
  const c = r.builds[b];
  return c && !('error' in c) ? c : undefined;
};
const f = (x: number, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : '–');

function costLine(label: string, b: string, sel: PageRow[]): string {
  const cpu = sel.map((r) => (ok(r, b)?.sampledMs ?? Number.NaN) / (r.off?.readabilityCpuMs ?? Number.NaN));
  // The parse's own ScriptDuration is not counted for a DevTools evaluate: its sampled CPU time is the baseline here too.
  const outside = sel.map((r) => ((ok(r, b)?.metrics.script ?? Number.NaN) - (r.off?.scriptMs ?? Number.NaN)) / (r.off?.readabilityCpuMs ?? Number.NaN));
  const addedScript = sel.map((r) => (ok(r, b)?.metrics.script ?? Number.NaN) - (r.off?.scriptMs ?? Number.NaN));
  const addedLayoutStyle = sel.map((r) => {
    const m = ok(r, b)?.metrics;
    return m && r.off ? m.layout + m.style - r.off.layoutMs - r.off.styleMs : Number.NaN;
  });
  const sampled = sel.map((r) => ok(r, b)?.sampledMs);
  const counted = sel.map((r) => (ok(r, b)?.samples ?? Number.NaN) / (r.off?.readabilitySamples ?? Number.NaN));
  return `| ${b} | ${label} | ${sel.length} | ${f(median(sampled), 1)} / ${f(p95(sampled), 1)} | ${f(median(cpu))}x / ${f(p95(cpu))}x | ${f(median(counted))}x / ${f(p95(counted))}x | ${f(median(addedScript), 1)} / ${f(p95(addedScript), 1)} | ${f(median(outside))}x / ${f(p95(outside))}x | ${f(median(addedLayoutStyle), 1)} / ${f(p95(addedLayoutStyle), 1)} |`;
}

const corpusRows = rows.filter((r) => r.kind === 'corpus');
const fixtureRows = rows.filter((r) => r.kind === 'fixture');
const lines: string[] = [];
lines.push(`# Always-on cost (bench/cost.ts), ${new Date().toISOString()}`, '');
lines.push(`${corpusRows.length} aeb-dev corpus pages, ${fixtureRows.length} paywall fixtures; load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)}.`, '');
lines.push('Medians / p95. "Sampled": V8 profile, ms under any extension script over load + 1.2 s. "Outside": Performance.getMetrics with the extension minus without, same page. Ratios are to the sampled CPU time of a Readability parse of the same page (in the browser without the extension).', '');
lines.push('"Samples ÷ Readability\'s": profiler samples with an extension script on the stack over those of the parse (a count: a sample\'s weight swells when a loaded machine deschedules the renderer, a count does not).', '');
lines.push('| build | pages | n | sampled ms | sampled ÷ Readability | samples ÷ Readability\'s | added script ms | added script ÷ Readability | added layout+style ms |', '|---|---|---|---|---|---|---|---|---|');
for (const b of builds.map((x) => x.name)) {
  const woke = corpusRows.filter((r) => ok(r, b)?.detector);
  const clean = corpusRows.filter((r) => ok(r, b) && !ok(r, b)?.detector);
  lines.push(costLine('corpus, all', b, corpusRows));
  if (b === 'after' && existsSync(join(snapshot.dir, 'detector.js'))) {
    lines.push(costLine('corpus, sentinel only (detector not woken)', b, clean));
    lines.push(costLine('corpus, sentinel + detector (woken)', b, woke));
  }
  if (fixtureRows.length) lines.push(costLine('paywall fixtures (clutter)', b, fixtureRows));
}
lines.push('', '| build | detector woken on corpus pages | insertion → hidden p50 / p95 ms | not hidden in 5 s | content.js KB | detector.js KB |', '|---|---|---|---|---|---|');
for (const b of builds) {
  const ins = corpusRows.map((r) => ok(r, b.name)?.insertMs);
  const missed = ins.filter((x) => x === null).length;
  const size = (file: string) => (existsSync(join(b.dir, file)) ? f(fileSize(b.dir, file).bytes / 1024, 1) : '–');
  const woke = corpusRows.filter((r) => ok(r, b.name)?.detector).length;
  lines.push(`| ${b.name} | ${woke}/${corpusRows.length} | ${f(median(ins), 0)} / ${f(p95(ins), 0)} | ${missed} | ${size('content.js')} | ${size('detector.js')} |`);
}
const md = lines.join('\n');
mkdirSync(join(repoRoot, 'bench/results'), { recursive: true });
writeFileSync(join(repoRoot, `bench/results/${outName}.json`), `${JSON.stringify({ rows }, null, 1)}\n`);
writeFileSync(join(repoRoot, `bench/results/${outName}.md`), `${md}\n`);
console.log(md);
// The builds' copies go only now: the table above reads their script sizes and whether they have a detector.js.
snapshot.remove();
if (beforeCopy) rmSync(beforeCopy, { recursive: true, force: true });
