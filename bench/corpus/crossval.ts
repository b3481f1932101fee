/**
 * Cross-validated extraction quality, Clear Read against plain Readability in the same run,
 * in headless Chromium with page scripts OFF (the saved pages as published, no script moving
 * or hiding their text).
 *
 *   npx tsx bench/corpus/crossval.ts --corpus aeb|traf [--half A|B] [--worst N] [--only id,id]
 *
 * Each corpus is split into halves A and B by a hash of the page id (split.ts). Rules are tuned
 * by looking at one half only (`--half A --worst 15` lists that half's worst pages); the other
 * half is the held-back score. The table prints both halves, each with both extractors:
 * - aeb: test-data/aeb-dev, its shingle metric (bench/metric.ts: mean page P and R, F1),
 * - traf: test-data/trafilatura-dev, the with/without snippet metric (bench/snippet-metric.ts,
 *   counts pooled over the half's pages); pages are served with the charset they declare.
 * Writes bench/results/crossval-<corpus>.json (per-page scores). Texts are appended page by page
 * to bench/results/crossval-<corpus>.texts.jsonl as they come, so `--resume` continues a run
 * that was stopped and `--report` prints the table of whatever pages are done. A `--half` run
 * replaces that half's rows in the file and keeps the other half's (so a report after it mixes
 * two runs: report figures from one full run).
 */
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright';
import type { Article } from '../../src/core/article';
import { articleText } from '../../src/core/extract/reading-stats';
import { isOfferLine } from '../../src/core/lang/index';
import { corpusScore, type PageCounts, pageCounts, pageF1 } from '../metric';
import { poolCounts, type SnippetCounts, snippetCounts, snippetScore } from '../snippet-metric';
import { bundleIife, REPO_ROOT } from './bundle';
import { listCorpus } from './corpus';
import { serveCorpus } from './serve';
import { type Half, halfOf } from './split';
import { listTrafilatura } from './trafilatura';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const CONCURRENCY = Number(process.env.CONCURRENCY ?? 2);
const LOAD_TIMEOUT_MS = 8000;
const PAGE_TIMEOUT_MS = 60000;

interface Item {
  id: string;
  url: string;
  htmlPath: string;
  half: Half;
  score(text: string): { aeb?: PageCounts; traf?: SnippetCounts };
}

interface Texts {
  reader: string;
  plain: string;
  readerError?: string;
  readerMs: number;
}

type ExtractResultLike = { ok: true; article: Article } | { ok: false; reason: string; message: string };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function textsOf(browser: Browser, url: string, bundles: { reader: string; plain: string }): Promise<Texts> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false, serviceWorkers: 'block' });
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const out: Texts = { reader: '', plain: '', readerMs: 0 };
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "domcontentloaded", timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    // Scripts are off for the page, not for evaluate(): the bundles run as evaluated code.
    await page.evaluate(bundles.reader);
    const r = (await page.evaluate(() => {
      const t = performance.now();
      const res = (globalThis as unknown as { __clearReadExtract: () => unknown }).__clearReadExtract();
      return { res, ms: performance.now() - t };
    })) as { res: ExtractResultLike; ms: number };
    out.readerMs = r.ms;
    if (r.res.ok) out.reader = articleText(r.res.article);
    else out.readerError = `${r.res.reason}: ${r.res.message}`;
    await page.evaluate(bundles.plain);
    const p = (await page.evaluate(() => (globalThis as unknown as { __plainReadability: () => unknown }).__plainReadability())) as { text: string };
    out.plain = p.text;
  } catch (e) {
    out.readerError ??= String(e).slice(0, 200);
  } finally {
    await context.close().catch(() => undefined);
  }
  return out;
}

function items(corpus: string): Item[] {
  if (corpus === 'aeb') {
    return listCorpus().map((p) => ({ id: p.id, url: p.url, htmlPath: p.htmlPath, half: halfOf(p.id), score: (text) => ({ aeb: pageCounts(p.truth, text) }) }));
  }
  if (corpus === 'traf') {
    return listTrafilatura().map((p) => ({ id: p.id, url: p.url, htmlPath: p.htmlPath, half: halfOf(p.id), score: (text) => ({ traf: snippetCounts(p, text) }) }));
  }
  throw new Error(`--corpus aeb|traf (got ${corpus})`);
}

const f = (n: number) => n.toFixed(3);

async function main(): Promise<void> {
  const corpus = arg('corpus') ?? 'aeb';
  const onlyHalf = arg('half') as Half | undefined;
  const only = arg('only')?.split(',');
  const worst = Number(arg('worst') ?? 0);
  let list = items(corpus);
  if (onlyHalf) list = list.filter((p) => p.half === onlyHalf);
  if (only) list = list.filter((p) => only.some((o) => p.id.startsWith(o)));
  const started = Date.now();
  const outDir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const jsonl = join(outDir, `crossval-${corpus}.texts.jsonl`);
  const done = new Map<string, Texts>();
  if ((process.argv.includes('--resume') || process.argv.includes('--report')) && existsSync(jsonl)) {
    for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; texts: Texts };
      done.set(row.id, row.texts);
    }
  } else if (!only && !onlyHalf) writeFileSync(jsonl, '');
  else if (onlyHalf && !only && existsSync(jsonl)) {
    // A run of one half replaces that half's rows and keeps the other half's (for snippet-diff.ts).
    const keep = readFileSync(jsonl, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && halfOf((JSON.parse(line) as { id: string }).id) !== onlyHalf);
    writeFileSync(jsonl, keep.map((l) => `${l}\n`).join(''));
  }
  const todo = process.argv.includes('--report') ? [] : list.filter((p) => !done.has(p.id));
  const results: Array<{ item: Item; texts: Texts }> = list.filter((p) => done.has(p.id)).map((item) => ({ item, texts: done.get(item.id) as Texts }));
  if (todo.length) {
  const [reader, plain] = await Promise.all([bundleIife('src/extract/index.ts'), bundleIife('bench/corpus/plain-readability-entry.ts')]);
  const server = await serveCorpus(todo);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const item = todo[next++] as Item;
      const texts = await Promise.race([
        textsOf(browser, server.urlOf(item), { reader, plain }),
        new Promise<Texts>((resolve) => setTimeout(() => resolve({ reader: '', plain: '', readerError: 'timeout', readerMs: 0 }), PAGE_TIMEOUT_MS)),
      ]);
      results.push({ item, texts });
      if (!only) appendFileSync(jsonl, `${JSON.stringify({ id: item.id, texts })}\n`);
      process.stderr.write('.');
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  process.stderr.write('\n');
  await browser.close();
  await server.close();
  }
  results.sort((a, b) => a.item.id.localeCompare(b.item.id));

  const rows: string[] = [];
  const perPage = results.map(({ item, texts }) => {
    const r = item.score(texts.reader);
    const p = item.score(texts.plain);
    return { id: item.id, half: item.half, url: item.url, reader: r, plain: p, readerError: texts.readerError, readerMs: Math.round(texts.readerMs), offerLines: texts.reader.split('\n').filter((l) => l.trim() && l.length <= 300 && isOfferLine(l.trim())).length };
  });
  const summary: Record<string, unknown> = {};
  rows.push(`corpus ${corpus}, page scripts off; ${results.length} of ${list.length} pages; ${((Date.now() - started) / 1000).toFixed(0)} s`);
  rows.push('| corpus | half | pages | extractor | P | R | F1 |');
  rows.push('|---|---|---|---|---|---|---|');
  for (const half of ['A', 'B'] as Half[]) {
    const pages = perPage.filter((p) => p.half === half);
    if (!pages.length) continue;
    for (const who of ['reader', 'plain'] as const) {
      const s =
        corpus === 'aeb'
          ? corpusScore(pages.map((p) => p[who].aeb as PageCounts))
          : snippetScore(poolCounts(pages.map((p) => p[who].traf as SnippetCounts)));
      const name = who === 'reader' ? 'Clear Read' : 'Readability';
      summary[`${half}-${who}`] = s;
      rows.push(`| ${corpus} | ${half} | ${pages.length} | ${name} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} |`);
    }
  }
  const unavailable = perPage.filter((p) => p.readerError);
  rows.push(`reader failures: ${unavailable.length}${unavailable.length ? ` (${unavailable.map((p) => `${p.id.slice(0, 10)} ${p.readerError?.slice(0, 60)}`).join('; ')})` : ''}`);
  rows.push(`pages with offer lines in the reader's text: ${perPage.filter((p) => p.offerLines).length}`);
  console.log(rows.join('\n'));
  if (worst > 0) {
    const pageF = (p: (typeof perPage)[number], who: 'reader' | 'plain') => {
      if (corpus === 'aeb') return pageF1(p[who].aeb as PageCounts);
      return snippetScore(p[who].traf as SnippetCounts).f1;
    };
    const sorted = [...perPage].sort((a, b) => pageF(a, 'reader') - pageF(b, 'reader')).slice(0, worst);
    console.log('\nworst pages (Clear Read vs Readability):');
    for (const p of sorted) console.log(`  ${p.half} ${p.id.slice(0, 16)} ${f(pageF(p, 'reader'))} vs ${f(pageF(p, 'plain'))} ${JSON.stringify(p.reader.traf ?? p.reader.aeb)} ${p.url}`);
  }
  const name = only || onlyHalf ? `crossval-${corpus}-subset.tmp` : `crossval-${corpus}.json`;
  writeFileSync(join(outDir, name), `${JSON.stringify({ when: new Date().toISOString(), corpus, summary, pages: perPage }, null, 1)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
