/**
 * `npm run bench`: Clear Read measured in real Chromium with the BUILT extension, on local
 * pages only, next to plain @mozilla/readability on the same pages in the same run.
 *
 *   npm run bench                 full run (131 aeb-dev pages, every fixture, 10 s stress)
 *   npm run bench -- --quick      8 corpus pages, 6 fixtures, 3 s stress
 *   options: --no-build (use dist/chrome as it is), --concurrency N (default 2),
 *            --skip corpus,fixtures,stress,clutter,cost   --clutter N (generated clutter pages of
 *            the validation range: default 600, quick 24; bench/lib/clutter-run.ts)
 *            --cost-pages N (aeb-dev pages of the always-on cost section: default 131, quick 8;
 *            bench/cost.ts, run on the same build, alone on the machine after the rest)
 *
 * Writes bench/results/latest.json (summary + every page's numbers) and latest.md (the
 * table, also printed). A quick run writes quick.json / quick.md instead, so it never
 * overwrites the full results. How each number is measured: the "How it is measured" part
 * of latest.md (bench/lib/report.ts), and the comments of each bench/lib file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { corpusPages } from '../e2e/support/corpus';
import { type Fixture, fixtures as fixtureManifest } from '../e2e/support/fixtures';
import { repoRoot } from '../e2e/support/paths';
import { readabilityBundle } from './lib/baseline';
import { type BenchBrowser, launch, snapshotBuild } from './lib/browser';
import { type ClutterBench, runClutterBench } from './lib/clutter-run';
import { type CorpusPageResult, runCorpusPage, score } from './lib/corpus-run';
import { type FixtureResult, runFixture } from './lib/fixtures-run';
import { noLeak } from './lib/offer-leak';
import { buildSummary, markdown } from './lib/report';
import { startBenchServer } from './lib/server';
import { startHttpsCorpus } from './lib/https-corpus';
import { measureBuild } from './lib/size';
import { runStress, type StressResult } from './lib/stress-run';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const quick = flag('--quick');
const concurrency = Number(option('--concurrency') ?? 2);
const skip = new Set((option('--skip') ?? '').split(',').filter(Boolean));
const PAGE_TIMEOUT_MS = 60_000;

function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timeout after ${ms} ms: ${what}`)), ms);
    promise.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

function gitCommit(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'scripts', 'manifest.json'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    return dirty ? `${head} (+ uncommitted changes in src/)` : head;
  } catch {
    return 'unknown';
  }
}

/** Runs `jobs` on `workers`, one job per worker at a time, in order. */
async function pool<J, R>(workers: BenchBrowser[], jobs: J[], run: (b: BenchBrowser, job: J) => Promise<R>, onError: (job: J, error: unknown) => R): Promise<R[]> {
  const results: R[] = new Array(jobs.length);
  let next = 0;
  let done = 0;
  await Promise.all(
    workers.map(async (b) => {
      while (next < jobs.length) {
        const i = next++;
        const job = jobs[i] as J;
        try {
          results[i] = await withTimeout(run(b, job), PAGE_TIMEOUT_MS, String(i));
        } catch (error) {
          results[i] = onError(job, error);
        }
        done++;
        if (done % 10 === 0 || done === jobs.length) log(`${done}/${jobs.length}`);
      }
    }),
  );
  return results;
}

type CorpusJob = { id: string; url: string; truth: string; served: string };


function failedFixture(path: string, error: unknown): FixtureResult {
  return {
    path,
    error: String(error),
    clutter: { found: 0, hidden: 0, missing: [], visible: [] },
    keep: { found: 0, hidden: 0, hiddenTexts: [] },
    article: { found: 0, visible: 0, hidden: [] },
    scroll: { scrollable: null, before: 0, after: 0, height: 0 },
    readerState: 'timeout',
    reader: noLeak(),
    plainAfter: noLeak(),
    plainWithout: noLeak(),
  };
}

function failedPage(p: CorpusJob, error: unknown): CorpusPageResult {
  return { id: p.id, url: p.url, readerState: 'timeout', reader: score(p.truth, '', String(error)), plain: score(p.truth, '', String(error)), error: String(error) };
}

async function main(): Promise<void> {
  const started = Date.now();
  const when = new Date().toISOString();
  // Other work on the machine makes every time noisy; say how busy it was.
  const loadBefore = loadavg()[0] ?? 0;
  if (!flag('--no-build')) {
    log('building dist/chrome');
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--chrome', '--no-pack'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const commit = gitCommit();
  const snapshot = snapshotBuild();
  const size = measureBuild(snapshot.dir);
  const bundle = await readabilityBundle();
  const server = await startBenchServer();
  const blankUrl = server.benchUrl('blank.html');
  const https = await startHttpsCorpus();

  let corpus = corpusPages();
  if (quick) corpus = corpus.filter((_, i) => i % 16 === 0).slice(0, 8);
  let fixtures = fixtureManifest();
  // Quick: the demo and 3 paywall fixtures, and 2 negative ones (pages that must stay untouched).
  if (quick) fixtures = [...fixtures.filter((f) => !f.path.includes('/negative/')).slice(0, 4), ...fixtures.filter((f) => f.path.includes('/negative/')).slice(0, 2)];
  if (skip.has('corpus')) corpus = [];
  if (skip.has('fixtures')) fixtures = [];

  const workers: BenchBrowser[] = [];
  let corpusResults: CorpusPageResult[] = [];
  let fixtureResults: FixtureResult[] = [];
  let stress: StressResult | undefined;
  let clutter: ClutterBench | undefined;
  let cost: string | undefined;
  try {
    workers.push(...(await Promise.all(Array.from({ length: concurrency }, () => launch(snapshot.dir)))));
    log(`extension ${workers[0]?.extensionId}, ${corpus.length} corpus pages, ${fixtures.length} fixtures, concurrency ${concurrency}`);
    // One queue for both kinds of page, so no worker waits for the other between them.
    type Job = { fixture: Fixture } | { page: CorpusJob };
    const jobs: Job[] = [...fixtures.map((fixture) => ({ fixture })), ...corpus.map((p) => ({ page: { id: p.id, url: p.url, truth: p.articleBody, served: https.pageUrl(p.id) } }))];
    const results = await pool<Job, FixtureResult | CorpusPageResult>(
      workers,
      jobs,
      (b, job) => ('fixture' in job ? runFixture(b, blankUrl, server.main.url(job.fixture.path), job.fixture, bundle) : runCorpusPage(b, https.blankUrl, job.page, bundle)),
      (job, error) => ('fixture' in job ? failedFixture(job.fixture.path, error) : failedPage(job.page, error)),
    );
    fixtureResults = results.slice(0, fixtures.length) as FixtureResult[];
    corpusResults = results.slice(fixtures.length) as CorpusPageResult[];
    log(`pages done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    if (!skip.has('clutter')) clutter = await runClutterBench(Number(option('--clutter') ?? (quick ? 24 : 600)), concurrency, log);
    if (!skip.has('stress')) {
      // Alone on the machine: the other workers are closed first.
      for (const w of workers.splice(1)) await w.close();
      const off = await launch();
      try {
        stress = await runStress(workers[0] as BenchBrowser, off, { blank: blankUrl, stress: server.benchUrl('stress.html') }, quick ? 3 : 10);
      } finally {
        await off.close();
      }
      log(`stress done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    if (!skip.has('cost')) {
      // The always-on cost (issue #13): profiled and counted from outside, with against without
      // the extension, insertion to hidden and script sizes (bench/cost.ts), on the same build.
      for (const w of workers.splice(0)) await w.close();
      const pages = option('--cost-pages') ?? (quick ? '8' : '131');
      const out = quick ? 'quick-cost' : 'cost'; // a quick run never overwrites the full run's cost.*
      execFileSync(process.execPath, ['--import', 'tsx', 'bench/cost.ts', '--ext', snapshot.dir, '--pages', pages, '--fixtures', quick ? '4' : '8', '--out', out], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
      cost = readFileSync(join(repoRoot, `bench/results/${out}.md`), 'utf8').replace(/^# /, '## ');
      log(`cost done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
  } finally {
    for (const w of workers) await w.close();
    await server.close();
    await https.close();
    snapshot.remove();
  }

  const summary = buildSummary(corpusResults, fixtureResults, stress, size);
  const seconds = (Date.now() - started) / 1000;
  const load = { before: loadBefore, after: loadavg()[0] ?? 0, cpus: cpus().length };
  const md = markdown(summary, { when, commit, quick, seconds, load }) + (clutter ? `\n\n${clutter.markdown}` : '') + (cost ? `\n\n${cost.trim()}` : '');
  const outDir = join(repoRoot, 'bench/results');
  mkdirSync(outDir, { recursive: true });
  const name = quick || skip.size ? 'quick' : 'latest';
  const json = { when, commit, quick, concurrency, seconds, load, summary, corpus: corpusResults, fixtures: fixtureResults, clutter: clutter && { summary: clutter.summary, outcomes: clutter.outcomes } };
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(json, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 1)}\n`);
  writeFileSync(join(outDir, `${name}.md`), `${md}\n`);
  console.log(md);
  log(`wrote bench/results/${name}.json and ${name}.md in ${seconds.toFixed(0)} s`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
