/**
 * Look at the worst aeb-dev pages: for each, the reader lines that are not in the ground truth
 * (precision losses) and the ground-truth lines the reader misses (recall losses).
 *
 *   npx tsx bench/corpus/worst-lines.ts [N] [reader|plain]              (score-extraction.ts --texts run)
 *   npx tsx bench/corpus/worst-lines.ts [N] [reader|plain] --half A     (the last crossval.ts --corpus aeb run, one half)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageCounts, pageF1, shingles, tokenize } from '../metric';
import { REPO_ROOT } from './bundle';
import { listCorpus } from './corpus';
import { halfOf } from './split';

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
const h = process.argv.indexOf('--half');
const half = h >= 0 ? process.argv[h + 1] : undefined;
const corpus = listCorpus();
const truth = new Map(corpus.map((p) => [p.id, p.truth]));
let rows: Row[];
if (half) {
  const urls = new Map(corpus.map((p) => [p.id, p.url]));
  const score = (id: string, text: string) => {
    const c = pageCounts(truth.get(id) ?? '', text);
    return { p: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0, r: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0, f: pageF1(c) };
  };
  rows = readFileSync(process.env.AEB_TEXTS ?? join(REPO_ROOT, 'bench/results/crossval-aeb.texts.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; texts: { reader: string; plain: string } })
    .filter((r) => halfOf(r.id) === half)
    .map((r) => ({ id: r.id, url: urls.get(r.id) ?? '', reader: score(r.id, r.texts.reader), plain: score(r.id, r.texts.plain), texts: r.texts }));
} else {
  rows = (JSON.parse(readFileSync(join(REPO_ROOT, 'bench/results/extraction-latest.json'), 'utf8')) as { results: Row[] }).results.filter((r) => r.texts);
}
rows.sort((a, b) => a[key].p + a[key].r - (b[key].p + b[key].r));
if (!rows.length) console.log('No texts: run score-extraction.ts with --texts (or crossval.ts --corpus aeb) first.');
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
