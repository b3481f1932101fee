/**
 * Dev runner: the detector alone in real headless Chromium, before/without
 * the extension. Bundles a tiny entry (startDetector at document start) to an
 * IIFE, serves fixtures, demo and corpus on 127.0.0.1, and checks each page
 * like a person would: clutter gone, wheel and keyboard scroll, article
 * paragraphs visible and on top, keep selectors visible. Then runs the
 * aeb-dev corpus and reports what got hidden and why, and the cost per page
 * against a Readability parse of the same page.
 *
 *   npx tsx src/core/detect/dev/run-in-chromium.ts [--fixtures|--corpus] [filter]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { rolldown } from 'rolldown';
import { chromiumFlags, isExternal } from '../../../../e2e/support/chromium.ts';
import { corpusPages } from '../../../../e2e/support/corpus.ts';
import { type Fixture, fixtures } from '../../../../e2e/support/fixtures.ts';
import { repoRoot } from '../../../../e2e/support/paths.ts';
import { startServer } from '../../../../e2e/support/server.ts';

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

async function checkFixture(page: Page, origin: string, f: Fixture): Promise<CheckResult> {
  const problems: string[] = [];
  await page.goto(origin + f.path, { waitUntil: 'domcontentloaded' });
  await page.waitForTimeout(f.settleMs + 1500);
  if (f.timing === 'scroll') {
    // Clutter that shows after the reader scrolls: scroll like a reader, then look.
    await page.mouse.move(640, 400);
    await page.mouse.wheel(0, 900);
    await page.waitForTimeout(f.settleMs + 1500);
  }
  // 1. Clutter is not visible: no box, or not what is at its centre.
  for (const sel of f.clutter) {
    const shown = await page.evaluate((s) => {
      const els = [...document.querySelectorAll(s)];
      if (!els.length) return 'missing';
      for (const el of els) {
        const r = el.getBoundingClientRect();
        if (r.width < 1 || r.height < 1) continue;
        const cs = getComputedStyle(el);
        if (cs.visibility === 'hidden' || cs.opacity === '0') continue;
        const x = Math.min(Math.max(r.left + r.width / 2, 1), innerWidth - 1);
        const y = Math.min(Math.max(r.top + r.height / 2, 1), innerHeight - 1);
        const inView = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
        const hit = document.elementFromPoint(x, y);
        if (inView && hit && (el === hit || el.contains(hit))) return 'visible';
        if (!inView && cs.position !== 'fixed') return 'has box (off-screen, in flow)';
      }
      return '';
    }, sel);
    if (shown) problems.push(`clutter ${sel}: ${shown}`);
  }
  // 2. Wheel scrolls, keyboard scrolls (each from where the page is, then from the top).
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior }));
  await page.mouse.move(640, 400);
  const y0 = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(400);
  const y1 = await page.evaluate(() => scrollY);
  if (y1 === y0) problems.push(`wheel did not scroll (scrollY ${y0})`);
  await page.evaluate(() => {
    scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior });
    (document.activeElement as HTMLElement | null)?.blur?.();
  });
  await page.keyboard.press('PageDown');
  await page.waitForTimeout(400);
  const y2 = await page.evaluate(() => scrollY);
  if (y2 === 0) problems.push('PageDown did not scroll from the top');
  // 3. Article paragraphs visible and on top.
  const paras = await page.evaluate(async (s) => {
    const out: string[] = [];
    const ps = [...document.querySelectorAll(s)];
    if (!ps.length) out.push(`no article paragraphs for ${s}`);
    for (const [i, p] of ps.entries()) {
      p.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      await new Promise((r) => requestAnimationFrame(() => r(0)));
      const r = p.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) {
        out.push(`p${i} has no box`);
        continue;
      }
      const x = r.left + Math.min(r.width / 2, 200);
      const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 20), 1), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      if (!hit || !(p === hit || p.contains(hit))) out.push(`p${i} covered by ${hit ? hit.tagName + (hit.id ? '#' + hit.id : '') + (typeof hit.className === 'string' && hit.className ? '.' + hit.className.split(' ')[0] : '') : 'nothing'}`);
    }
    return out;
  }, f.article);
  problems.push(...paras);
  // 4. Keep selectors visible.
  for (const sel of f.keep ?? []) {
    const bad = await page.evaluate((s) => {
      const els = [...document.querySelectorAll(s)];
      if (!els.length) return 'missing';
      return els.some((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0;
      })
        ? ''
        : 'no box';
    }, sel);
    if (bad) problems.push(`keep ${sel}: ${bad}`);
  }
  const { items, cost } = await pageItems(page);
  return { name: f.path, ok: problems.length === 0, problems, items, ms: cost.ms, langMs: cost.lang.ms };
}

/** In-page check of ground-truth lines (a string: tsx would wrap named inner functions). */
const GT_CHECK = `function (ls) {
  const norm = (s) => s.replace(/\\s+/g, ' ').trim();
  const ours = (el) => {
    for (let n = el; n; n = n.parentElement) if ((n.getAttribute('style') || '').includes('display:none!important')) return true;
    return false;
  };
  let hidden = 0, covered = 0, found = 0;
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let t = w.nextNode(); t; t = w.nextNode()) texts.push(t);
  ls.forEach((line, i) => {
    const snippet = norm(line).slice(0, 30);
    const t = texts.find((x) => norm(x.data).includes(snippet));
    if (!t || !t.parentElement) return;
    found++;
    const el = t.parentElement;
    if (ours(el)) hidden++;
    else if (i % 5 === 0) {
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) {
        const hit = document.elementFromPoint(r.left + Math.min(r.width / 2, 100), r.top + Math.min(r.height / 2, 10));
        if (hit && !(hit === el || el.contains(hit) || hit.contains(el))) covered++;
      }
    }
  });
  return { hidden, covered, found, total: ls.length };
}`;

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
        results.push(await checkFixture(page, server.origin, f));
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
        const lines = cp.articleBody.split('\n').map((l) => l.trim()).filter((l) => l.length >= 40);
        const gt = (await page.evaluate(`(${GT_CHECK})(${JSON.stringify(lines)})`)) as { hidden: number; covered: number; found: number; total: number };
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
