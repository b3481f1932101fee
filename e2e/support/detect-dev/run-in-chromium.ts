/**
 * Dev runner: the detector alone in real headless Chromium, before/without
 * the extension. Bundles a tiny entry (startDetector at document start) to an
 * IIFE, serves fixtures, demo and corpus on 127.0.0.1, and checks each page
 * like a person would: clutter gone, wheel and keyboard scroll, article
 * paragraphs visible and on top, keep selectors visible. Then runs the
 * aeb-dev corpus and reports what got hidden and why, and the cost per page
 * against a Readability parse of the same page.
 *
 *   npx tsx e2e/support/detect-dev/run-in-chromium.ts [--fixtures|--corpus] [filter]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { rolldown } from 'rolldown';
import { chromiumFlags, isExternal } from '../chromium.ts';
import { corpusPages } from '../corpus.ts';
import { type Fixture, fixtures } from '../fixtures.ts';
import { repoRoot } from '../paths.ts';
import { startServer } from '../server.ts';
import { checkFixture, GROUND_TRUTH_CHECK, type GroundTruthResult, groundTruthLines, playwrightDriver } from './page-checks.ts';

const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--'));
const doFixtures = !args.includes('--corpus');
const doCorpus = !args.includes('--fixtures');
const verbose = args.includes('--debug');

async function bundle(code: string, name: string, minify = false): Promise<string> {
  // Inside the repo so that bare imports resolve from node_modules.
  mkdirSync(join(repoRoot, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(join(repoRoot, 'node_modules/.cache/cr-dev-'));
  const entry = join(dir, `${name}.ts`);
  writeFileSync(entry, code);
  const b = await rolldown({ input: entry, cwd: repoRoot });
  const out = await b.generate({ format: 'iife', minify });
  return out.output[0].code;
}

const detectorEntry = `
import { startDetector } from '${resolve(repoRoot, 'src/core/detect/index.ts')}';
const debug = ${verbose} ? (m, d) => { try { console.log('[cr] ' + m + ' ' + JSON.stringify(d, (k, v) => v instanceof Element ? '<' + v.tagName + '>' : v).slice(0, 400)); } catch { console.log('[cr] ' + m); } } : undefined;
window.__cr = startDetector(document, { debug });
`;
const readabilityEntry = `
import { Readability } from '@mozilla/readability';
window.__readabilityMs = () => { const t = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - t; };
`;

interface CheckResult {
  name: string;
  ok: boolean;
  problems: string[];
  items: Array<{ label: string; reasons: string[]; score: number; source: string }>;
  ms: number;
  langMs: number;
}

const pageItems = (page: Page) =>
  page.evaluate(() => {
    const cr = (window as unknown as { __cr: { items(): unknown[]; cost: unknown } }).__cr;
    return { items: cr.items() as CheckResult['items'], cost: cr.cost as { ms: number; passes: number; lang: { ms: number; calls: number }; phases: Record<string, number> } };
  });

async function checkOne(page: Page, origin: string, f: Fixture): Promise<CheckResult> {
  await page.goto(origin + f.path, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(f.settleMs + 1500);
  const problems = await checkFixture(playwrightDriver(page), f);
  const { items, cost } = await pageItems(page);
  return { name: f.path, ok: problems.length === 0, problems, items, ms: cost.ms, langMs: cost.lang.ms };
}

async function main() {
  const detector = await bundle(detectorEntry, 'entry');
  const minified = await bundle(detectorEntry.replace(/const debug[^\n]*\n/, 'const debug = undefined;\n'), 'entry-min', true);
  console.log(`detector bundle: ${(minified.length / 1024).toFixed(1)} KB minified (incl. lang tables)`);
  const readability = await bundle(readabilityEntry, 'readability');
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumFlags });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.route(isExternal, (route) => route.abort());
  await context.addInitScript(detector);
  await context.addInitScript(readability);

  if (doFixtures) {
    const results: CheckResult[] = [];
    for (const f of fixtures()) {
      if (only && !f.path.includes(only)) continue;
      const page = await context.newPage();
      if (verbose) page.on('console', (m) => m.text().startsWith('[cr]') && console.log('   ', m.text()));
      try {
        results.push(await checkOne(page, server.origin, f));
      } catch (e) {
        results.push({ name: f.path, ok: false, problems: [String(e).slice(0, 200)], items: [], ms: 0, langMs: 0 });
      }
      await page.close();
    }
    console.log('\nFIXTURES');
    for (const r of results) {
      console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.items.length} items, ${r.ms.toFixed(1)} ms, of which lang ${r.langMs.toFixed(1)})`);
      for (const p of r.problems) console.log(`      - ${p}`);
      for (const it of r.items) console.log(`      · ${it.label} [${it.score}] ${it.reasons.join(' ')}`);
    }
    console.log(`${results.filter((r) => r.ok).length}/${results.length} fixtures pass`);
  }

  if (doCorpus) {
    const pages = corpusPages().filter((p) => !only || p.id.startsWith(only));
    let withItems = 0;
    let gtHidden = 0;
    let gtCovered = 0;
    const costs: number[] = [];
    const own: number[] = [];
    const ratios: number[] = [];
    console.log('\nCORPUS');
    for (const cp of pages) {
      const page = await context.newPage();
      if (verbose) page.on('console', (m) => m.text().startsWith('[cr]') && console.log('   ', m.text()));
      try {
        await page.goto(`${server.origin}/corpus/${cp.id}.html`, { waitUntil: 'load', timeout: 20_000 }).catch(() => {});
        await page.waitForTimeout(1500);
        const lines = groundTruthLines(cp.articleBody);
        const gt = (await page.evaluate(`(${GROUND_TRUTH_CHECK})(${JSON.stringify(lines)})`)) as GroundTruthResult;
        const { items, cost } = await pageItems(page);
        await page.evaluate(() => scrollTo(0, 0));
        const rms = await page.evaluate('window.__readabilityMs()').then(Number).catch((e) => (console.log(String(e).slice(0, 200)), Number.NaN));
        costs.push(cost.ms);
        own.push(cost.ms - cost.lang.ms);
        if (rms > 0) ratios.push(cost.ms / rms);
        gtHidden += gt.hidden;
        gtCovered += gt.covered;
        if (items.length) withItems++;
        const flag = items.length || gt.hidden || gt.covered ? '*' : ' ';
        console.log(`${flag} ${cp.id.slice(0, 12)} items=${items.length} gt hidden=${gt.hidden} covered=${gt.covered} found=${gt.found}/${gt.total} ours=${cost.ms.toFixed(1)}ms/${cost.passes}p lang=${cost.lang.ms.toFixed(1)}ms/${cost.lang.calls} readability=${rms.toFixed(1)}ms  ${new URL(cp.url).hostname}`);
        for (const it of items) console.log(`      · ${it.label} [${it.score}] ${it.reasons.join(' ')}`);
        if (cost.ms > 50) console.log(`      phases ${Object.entries(cost.phases).map(([k, v]) => `${k}=${v.toFixed(1)}`).join(' ')}`);
      } catch (e) {
        console.log(`! ${cp.id.slice(0, 12)} error ${String(e).slice(0, 160)}`);
      }
      await page.close();
    }
    costs.sort((a, b) => a - b);
    own.sort((a, b) => a - b);
    ratios.sort((a, b) => a - b);
    const med = (a: number[]) => a[Math.floor(a.length / 2)] ?? 0;
    console.log(`\npages with anything hidden: ${withItems}/${pages.length} (${((100 * (pages.length - withItems)) / pages.length).toFixed(1)}% clean)`);
    console.log(`ground-truth lines hidden by us: ${gtHidden}; sampled lines covered by something: ${gtCovered}`);
    console.log(`detector main-thread ms per page: median ${med(costs).toFixed(1)}, p90 ${(costs[Math.floor(costs.length * 0.9)] ?? 0).toFixed(1)}, max ${(costs.at(-1) ?? 0).toFixed(1)}`);
    console.log(`  without lang calls: median ${med(own).toFixed(1)}, p90 ${(own[Math.floor(own.length * 0.9)] ?? 0).toFixed(1)}, max ${(own.at(-1) ?? 0).toFixed(1)}`);
    console.log(`detector / Readability parse: median ${med(ratios).toFixed(2)}, p90 ${(ratios[Math.floor(ratios.length * 0.9)] ?? 0).toFixed(2)}`);
  }
  await browser.close();
  await server.close();
}

await main();
