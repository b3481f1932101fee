/**
 * The clutter runner: loads generated pages in one browser and prints what a person would see.
 * Builds nothing: it uses dist/chrome or dist/firefox as `npm run build` left them.
 *
 *   npx tsx e2e/clutter/run.ts --range dev --count 60
 *   options: --range dev|validation   --count N   --start SEED   --seeds 5,17,230
 *            --kind K (a kind, or 'clean')   --lang L   --scheme vendor|invented|hashed|none
 *            --browser chromium|firefox   --mode extension|none|naive (chromium for none/naive)
 *            --no-baseline (skip the clean-page article baseline)   --no-blocks (skip the
 *            no-extension text-block baseline on clean pages)   --out FILE   --quiet
 *            --shots DIR (a screenshot of each clutter page before the wheel)
 *   npx tsx e2e/clutter/run.ts --report artifacts/clutter/dev-chromium-extension.json   (tables again)
 *
 * Prints one line per seed (failures as labels), then the summary tables; writes the outcomes and
 * summary as JSON to artifacts/clutter/<range>-<browser>-<mode>.json (or --out).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../support/paths.ts';
import { chromiumTab, firefoxTab, type OpenTab } from './browsers.ts';
import { KINDS, seedsOf } from './generate.ts';
import { clutterPages } from './pages.ts';
import { startClutterServer } from './server.ts';
import { failures, type Mode, newBaselines, runSeed, type SeedOutcome } from './session.ts';
import { markdown, summarize } from './summary.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const flag = (name: string) => args.includes(name);

async function main(): Promise<void> {
  const saved = option('--report');
  if (saved) {
    // Tables again from a JSON a run wrote (also one stopped early).
    const j = JSON.parse(readFileSync(saved, 'utf8')) as { range: string; browser: string; mode: string; outcomes: SeedOutcome[] };
    console.log(markdown(summarize(j.outcomes), `### Clutter, ${j.range} range, ${j.browser}, ${j.mode} (${j.outcomes.length} seeds, from ${saved})`, KINDS));
    return;
  }
  const range = option('--range') === 'validation' || option('--range') === 'val' ? 'validation' : 'dev';
  const count = Number(option('--count') ?? 60);
  const browser = option('--browser') === 'firefox' ? 'firefox' : 'chromium';
  const mode = (option('--mode') ?? 'extension') as Mode;
  if (!['extension', 'none', 'naive'].includes(mode)) throw new Error(`unknown mode ${mode}`);
  if (browser === 'firefox' && mode !== 'extension') throw new Error('Firefox runs with the extension only');
  const pages = clutterPages();
  const seeds = option('--seeds')
    ? (option('--seeds') as string).split(',').map(Number)
    : seedsOf(range, count, pages, { start: option('--start') ? Number(option('--start')) : undefined, kind: option('--kind'), lang: option('--lang'), scheme: option('--scheme') });
  const server = await startClutterServer(pages);
  const opened: OpenTab[] = [];
  const outcomes: SeedOutcome[] = [];
  const started = Date.now();
  const out = option('--out') ?? join(repoRoot, 'artifacts/clutter', `${range}-${browser}-${mode}.json`);
  mkdirSync(dirname(out), { recursive: true });
  // Written after every seed, so a run stopped early still leaves its outcomes.
  const save = () => writeFileSync(out, `${JSON.stringify({ when: new Date().toISOString(), range, browser, mode, seeds, summary: summarize(outcomes, (Date.now() - started) / 1000), outcomes }, null, 1)}\n`);
  try {
    const main = browser === 'firefox' ? await firefoxTab() : await chromiumTab(mode === 'extension');
    opened.push(main);
    const plain = browser === 'chromium' && mode === 'extension' && !flag('--no-blocks') ? await chromiumTab(false) : undefined;
    if (plain) opened.push(plain);
    const cache = newBaselines();
    for (const seed of seeds) {
      const o = await runSeed(main.tab, server, seed, { mode, plain: plain?.tab, noBaseline: flag('--no-baseline'), shots: option('--shots') }, cache);
      outcomes.push(o);
      save();
      if (!flag('--quiet')) {
        const f = failures(o);
        const what = o.clean ? 'clean' : o.kinds.join('+');
        process.stdout.write(`${String(seed).padStart(6)} ${what.padEnd(32)} ${o.lang} ${o.scheme.padEnd(8)} ${o.locked ? 'locked' : '      '} ${f.length ? `FAIL ${f.join(' ')}` : 'ok'} (${o.paragraphs.visible}/${o.cleanParagraphs?.visible ?? '-'} par, ${o.ms} ms)${o.error ? ` ${o.error}` : ''}\n`);
      }
    }
  } finally {
    for (const o of opened) await o.close();
    await server.close();
  }
  const seconds = (Date.now() - started) / 1000;
  const summary = summarize(outcomes, seconds);
  console.log(`\n${markdown(summary, `### Clutter, ${range} range, ${browser}, ${mode} (${seeds.length} seeds, ${seconds.toFixed(0)} s)`, KINDS)}`);
  save();
  console.log(`\nwrote ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
