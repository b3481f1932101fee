/**
 * Look at the worst pages of the last `score-extraction.ts --texts` run: for each, the reader
 * lines that are not in the ground truth (precision losses) and the ground-truth lines the
 * reader misses (recall losses). Run: `npx tsx bench/corpus/worst-lines.ts [N] [reader|plain]`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shingles, tokenize } from '../metric';
import { REPO_ROOT } from './bundle';
import { listCorpus } from './corpus';

interface Row {
  id: string;
  url: string;
  reader: { p: number; r: number };
  plain: { p: number; r: number };
  texts?: { reader: string; plain: string };
}

/** Share of a line's 3-token shingles found in `pool` (3 so that short lines still compare). */
function covered(line: string, pool: Set<string>): number | null {
  const sh = [...shingles(line, 3).keys()];
  return sh.length ? sh.filter((s) => pool.has(s)).length / sh.length : null;
}

const n = Number(process.argv[2] ?? 15);
const key = (process.argv[3] ?? 'reader') as 'reader' | 'plain';
const report = JSON.parse(readFileSync(join(REPO_ROOT, 'bench/results/extraction-latest.json'), 'utf8')) as { results: Row[] };
const truth = new Map(listCorpus().map((p) => [p.id, p.truth]));
const rows = report.results.filter((r) => r.texts).sort((a, b) => a[key].p + a[key].r - (b[key].p + b[key].r));
if (!rows.length) console.log('No texts in the report: run score-extraction.ts with --texts first.');
for (const r of rows.slice(0, n)) {
  const t = truth.get(r.id) ?? '';
  const text = r.texts?.[key] ?? '';
  const inTruth = new Set(shingles(t, 3).keys());
  const inText = new Set(shingles(text, 3).keys());
  console.log(`\n=== ${r.id.slice(0, 10)} P=${r[key].p.toFixed(3)} R=${r[key].r.toFixed(3)} ${r.url}`);
  for (const line of text.split('\n')) {
    const c = covered(line, inTruth);
    if (c !== null && c < 0.5) console.log(`  + [${tokenize(line).length}w] ${line.slice(0, 160)}`);
  }
  for (const line of t.split('\n')) {
    const c = covered(line, inText);
    if (c !== null && c < 0.5) console.log(`  - [${tokenize(line).length}w] ${line.slice(0, 160)}`);
  }
}
