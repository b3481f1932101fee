/**
 * The clutter table of `npm run bench`: the generated clutter pages (e2e/clutter/) of the
 * VALIDATION seed range (never tuned on), loaded in Chromium with the built extension and
 * measured as a person sees them, per clutter kind, language and naming scheme: clutter hidden,
 * scroll-locked pages that scroll by wheel, article paragraphs visible next to the same pages
 * clean; on clean pages, paragraphs visible and text blocks kept. How each figure is measured:
 * e2e/clutter/README.md.
 *
 * `count` seeds from the start of the validation range (full bench 600, quick 24), on
 * `concurrency` browsers, each with its own no-extension tab for the clean-page baseline.
 */
import { chromiumTab, type OpenTab } from '../../e2e/clutter/browsers';
import { KINDS, seedsOf } from '../../e2e/clutter/generate';
import { clutterPages } from '../../e2e/clutter/pages';
import { startClutterServer } from '../../e2e/clutter/server';
import { newBaselines, runSeed, type SeedOutcome } from '../../e2e/clutter/session';
import { markdown, type Summary, summarize } from '../../e2e/clutter/summary';

export interface ClutterBench {
  seeds: number;
  summary: Summary;
  markdown: string;
  outcomes: SeedOutcome[];
}

export async function runClutterBench(count: number, concurrency: number, log: (msg: string) => void): Promise<ClutterBench> {
  const started = Date.now();
  const pages = clutterPages();
  const seeds = seedsOf('validation', count, pages);
  const server = await startClutterServer(pages);
  const opened: OpenTab[] = [];
  const outcomes: SeedOutcome[] = new Array(seeds.length);
  try {
    const cache = newBaselines();
    let next = 0;
    let done = 0;
    await Promise.all(
      Array.from({ length: Math.max(1, concurrency) }, async () => {
        const ext = await chromiumTab(true);
        opened.push(ext);
        const plain = await chromiumTab(false);
        opened.push(plain);
        while (next < seeds.length) {
          const i = next++;
          outcomes[i] = await runSeed(ext.tab, server, seeds[i] as number, { mode: 'extension', plain: plain.tab }, cache);
          if (++done % 20 === 0 || done === seeds.length) log(`clutter ${done}/${seeds.length}`);
        }
      }),
    );
  } finally {
    for (const o of opened) await o.close();
    await server.close();
  }
  const seconds = (Date.now() - started) / 1000;
  const summary = summarize(outcomes, seconds);
  const heading = `## Generated clutter, validation range (seeds ${seeds[0]}..${seeds.at(-1)}, Chromium, ${seconds.toFixed(0)} s)\n\nCommand: \`npm run bench\` (or \`npx tsx e2e/clutter/run.ts --range validation --count ${count}\`). Goals: hidden >= 99%, every locked page scrolls, article as on the same pages clean.`;
  return { seeds: seeds.length, summary, markdown: markdown(summary, heading, KINDS), outcomes };
}
