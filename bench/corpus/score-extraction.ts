/**
 * Score Clear Read's extraction against plain Readability on the aeb-dev corpus, in real
 * headless Chromium. Run: `npx tsx bench/corpus/score-extraction.ts [--only id,id] [--limit N]`.
 *
 * - bundles src/extract/index.ts and a plain-Readability entry to IIFEs (rolldown),
 * - serves the gunzipped pages on 127.0.0.1 and aborts every other request,
 * - per page: load (short timeout) + 500 ms, inject both bundles, run both, score both,
 * - prints corpus P/R/F1, pages under 0.5, pages with offer lines; writes
 *   bench/results/extraction-latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright';
import type { Article } from '../../src/core/article';
import { articleText } from '../../src/core/extract/reading-stats';
import { isOfferLine } from '../../src/core/lang/index';
import { corpusScore, type PageCounts, pageCounts, pageF1, precisionScore, recallScore } from '../metric';
import { bundleIife, REPO_ROOT } from './bundle';
import { type CorpusPage, listCorpus } from './corpus';
import { serveCorpus } from './serve';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
const CONCURRENCY = 2;
const LOAD_TIMEOUT_MS = 6000;
const SETTLE_MS = 500;
const PAGE_TIMEOUT_MS = 25000;

interface ExtractStatsLike {
  ms: { total: number; clone: number; readability: number; model: number };
  hiddenElements: number;
  pruned: Record<string, number>;
  notes: string[];
}
type ExtractResultLike =
  | { ok: true; article: Article; stats: ExtractStatsLike }
  | { ok: false; reason: string; detail?: string };

interface PageResult {
  id: string;
  url: string;
  reader: { counts: PageCounts; p: number; r: number; f1: number; ms: number; error?: string; partial?: unknown; offerLines: string[]; stats?: ExtractStatsLike };
  plain: { counts: PageCounts; p: number; r: number; f1: number; ms: number; error?: string; offerLines: string[] };
  loadMs: number;
  /** Diagnostic: reader text without figure captions. */
  noCaptions?: PageCounts;
}

function offerLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l.length <= 300 && isOfferLine(l));
}

async function inject(page: Page, content: string): Promise<void> {
  await page.addScriptTag({ content });
}

async function runPage(context: BrowserContext, url: string, page: CorpusPage, bundles: { reader: string; plain: string }): Promise<PageResult> {
  const p = await context.newPage();
  const t0 = Date.now();
  const res: PageResult = {
    id: page.id,
    url: page.url,
    reader: { counts: { tp: 0, fp: 0, fn: 0 }, p: 0, r: 0, f1: 0, ms: 0, offerLines: [] },
    plain: { counts: { tp: 0, fp: 0, fn: 0 }, p: 0, r: 0, f1: 0, ms: 0, offerLines: [] },
    loadMs: 0,
  };
  try {
    await p.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch(() => undefined);
    await p.waitForTimeout(SETTLE_MS);
    // Under load a page may still be parsing (or re-loading after an https upgrade): wait for a body.
    await p.waitForFunction(() => document.readyState === 'complete' && document.body !== null, undefined, { timeout: 4000 }).catch(() => undefined);
    res.loadMs = Date.now() - t0;
    let readerText = '';
    let noCaptionText = '';
    try {
      await inject(p, bundles.reader);
      const out = (await p.evaluate(() => {
        const t = performance.now();
        const r = (globalThis as unknown as { __clearReadExtract: () => unknown }).__clearReadExtract();
        return { r, ms: performance.now() - t };
      })) as { r: ExtractResultLike; ms: number };
      res.reader.ms = out.ms;
      if (out.r.ok) {
        readerText = articleText(out.r.article);
        // Diagnostic only (not the score): the same text without figure captions, which the
        // ground truth almost never includes.
        noCaptionText = articleText({ blocks: out.r.article.blocks.filter((b) => b.type !== 'figure') });
        res.reader.partial = out.r.article.partial;
        res.reader.stats = out.r.stats;
      } else {
        res.reader.error = `${out.r.reason}: ${out.r.detail ?? ''}`;
      }
    } catch (e) {
      res.reader.error = String(e);
    }
    let plainText = '';
    try {
      await inject(p, bundles.plain);
      const out = (await p.evaluate(() =>
        (globalThis as unknown as { __plainReadability: () => unknown }).__plainReadability(),
      )) as { text: string; ms: number };
      plainText = out.text;
      res.plain.ms = out.ms;
    } catch (e) {
      res.plain.error = String(e);
    }
    for (const [key, text] of [['reader', readerText], ['plain', plainText]] as const) {
      const counts = pageCounts(page.truth, text);
      Object.assign(res[key], {
        counts,
        p: precisionScore(counts),
        r: recallScore(counts),
        f1: pageF1(counts),
        offerLines: offerLines(text),
      });
    }
    res.noCaptions = pageCounts(page.truth, noCaptionText);
    (res as PageResult & { texts?: unknown }).texts = { reader: readerText, plain: plainText };
  } finally {
    await context.close().catch(() => undefined);
  }
  return res;
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: true, serviceWorkers: 'block' });
  // Only our server: external resources fail fast (as they would offline), nothing leaves the box.
  // Page scripts that navigate the top frame away (https upgrades, consent or app redirects)
  // are stopped too: the bench scores the article page as loaded, not where offline scripts go.
  // A 204 answer to a navigation leaves the current document in place (an abort would show
  // Chromium's error page instead).
  // Scripts that upgrade the page to https during parsing would abort it: our own pages are
  // answered for https URLs too (Playwright fulfils them; no TLS server needed).
  await context.route('**/*', async (route) => {
    const req = route.request();
    const u = new URL(req.url());
    const ours = u.hostname === '127.0.0.1';
    let frame: ReturnType<typeof req.frame> | null = null;
    try {
      frame = req.frame();
    } catch {
      frame = null; // service-worker requests have no frame
    }
    const isTopNav = frame !== null && req.isNavigationRequest() && frame.parentFrame() === null && frame.url() !== 'about:blank';
    if (frame && isTopNav && !(ours && new URL(frame.url()).pathname === u.pathname)) {
      return route.fulfill({ status: 204, body: '' });
    }
    if (!ours) return route.abort();
    if (u.protocol === 'https:') {
      u.protocol = 'http:';
      const response = await route.fetch({ url: u.href }).catch(() => null);
      return response ? route.fulfill({ response }) : route.abort();
    }
    return route.continue();
  });
  return context;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timeout: ${what}`)), ms)),
  ]);
}

function fmt(n: number): string {
  return n.toFixed(4);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? '').split(',') : null;
  const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
  const saveTexts = args.includes('--texts');
  const verbose = args.includes('--verbose');
  const started = Date.now();
  let pages = listCorpus();
  if (only) pages = pages.filter((p) => only.some((o) => p.id.startsWith(o)));
  pages = pages.slice(0, limit);

  const [reader, plain] = await Promise.all([
    bundleIife('src/extract/index.ts'),
    bundleIife('bench/corpus/plain-readability-entry.ts'),
  ]);
  const server = await serveCorpus(pages);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
  const results: PageResult[] = [];
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const page = pages[next++] as CorpusPage;
      const t0 = Date.now();
      const context = await newContext(browser);
      try {
        results.push(await withTimeout(runPage(context, server.urlOf(page), page, { reader, plain }), PAGE_TIMEOUT_MS, page.id));
      } catch (e) {
        await context.close().catch(() => undefined);
        const zero = { counts: pageCounts(page.truth, ''), p: 0, r: 0, f1: 0, ms: 0, offerLines: [], error: String(e) };
        results.push({ id: page.id, url: page.url, reader: { ...zero }, plain: { ...zero }, loadMs: 0 });
      }
      if (verbose) process.stderr.write(`${page.id.slice(0, 10)} ${((Date.now() - t0) / 1000).toFixed(1)}s\n`);
      else process.stderr.write('.');
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  process.stderr.write('\n');
  await browser.close();
  await server.close();
  results.sort((a, b) => a.id.localeCompare(b.id));

  const readerScore = corpusScore(results.map((r) => r.reader.counts));
  const plainScore = corpusScore(results.map((r) => r.plain.counts));
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length ? (s[Math.floor(s.length / 2)] as number) : 0;
  };
  const timing = {
    readerMedianMs: median(results.map((r) => r.reader.ms)),
    readerMaxMs: Math.max(...results.map((r) => r.reader.ms)),
    cloneMedianMs: median(results.map((r) => r.reader.stats?.ms.clone ?? 0)),
    cloneMaxMs: Math.max(...results.map((r) => r.reader.stats?.ms.clone ?? 0)),
    readabilityInReaderMedianMs: median(results.map((r) => r.reader.stats?.ms.readability ?? 0)),
    plainMedianMs: median(results.map((r) => r.plain.ms)),
    plainMaxMs: Math.max(...results.map((r) => r.plain.ms)),
    totalSeconds: (Date.now() - started) / 1000,
  };
  console.log(`pages: ${results.length}`);
  console.log(`Clear Read  P=${fmt(readerScore.precision)} R=${fmt(readerScore.recall)} F1=${fmt(readerScore.f1)}`);
  console.log(`Readability P=${fmt(plainScore.precision)} R=${fmt(plainScore.recall)} F1=${fmt(plainScore.f1)}`);
  const noCap = corpusScore(results.map((r) => r.noCaptions ?? r.reader.counts));
  console.log(`(diagnostic) Clear Read without figure captions P=${fmt(noCap.precision)} R=${fmt(noCap.recall)} F1=${fmt(noCap.f1)}`);
  console.log('timing (ms):', JSON.stringify(timing));
  const under = (key: 'reader' | 'plain') =>
    results.filter((r) => r[key].f1 < 0.5).map((r) => `${r.id.slice(0, 10)} F1=${fmt(r[key].f1)} P=${fmt(r[key].p)} R=${fmt(r[key].r)} ${r.url}${r[key].error ? ` (${r[key].error.slice(0, 80)})` : ''}`);
  console.log(`\nClear Read pages under 0.5 (${under('reader').length}):\n  ${under('reader').join('\n  ')}`);
  console.log(`Readability pages under 0.5 (${under('plain').length}):\n  ${under('plain').join('\n  ')}`);
  const worst = [...results].sort((a, b) => a.reader.f1 - b.reader.f1).slice(0, 15);
  console.log('\nworst Clear Read pages (F1 reader vs plain):');
  for (const r of worst) console.log(`  ${r.id.slice(0, 10)} ${fmt(r.reader.f1)} (P ${fmt(r.reader.p)} R ${fmt(r.reader.r)}) vs ${fmt(r.plain.f1)}  ${r.url}`);
  const offers = (key: 'reader' | 'plain') => results.filter((r) => r[key].offerLines.length);
  console.log(`\npages with offer lines: Clear Read ${offers('reader').length}, Readability ${offers('plain').length}`);
  for (const r of offers('reader')) console.log(`  reader ${r.id.slice(0, 10)}: ${r.reader.offerLines.slice(0, 3).map((l) => JSON.stringify(l.slice(0, 80))).join(' | ')}`);
  for (const r of offers('plain')) console.log(`  plain  ${r.id.slice(0, 10)}: ${r.plain.offerLines.slice(0, 3).map((l) => JSON.stringify(l.slice(0, 80))).join(' | ')}`);
  const partial = results.filter((r) => r.reader.partial);
  console.log(`pages flagged partial: ${partial.length} ${partial.map((r) => `${r.id.slice(0, 10)}:${JSON.stringify(r.reader.partial)}`).join(' ')}`);
  console.log(`total ${timing.totalSeconds.toFixed(1)} s`);

  const outDir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  const report = {
    when: new Date().toISOString(),
    corpus: 'aeb-dev',
    pages: results.length,
    reader: readerScore,
    plain: plainScore,
    readerWithoutCaptions: noCap,
    timing,
    results: results.map((r) => {
      const { texts, ...rest } = r as PageResult & { texts?: unknown };
      return saveTexts ? { ...rest, texts } : rest;
    }),
  };
  writeFileSync(join(outDir, only || limit < Infinity ? 'extraction-subset.tmp' : 'extraction-latest.json'), `${JSON.stringify(report, null, 1)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
