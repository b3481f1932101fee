/**
 * The article-extraction-benchmark metric (scrapinghub/article-extraction-benchmark,
 * `evaluate.py`), as test-data/aeb-dev/README.md states it.
 *
 * - Tokens: Python's Unicode `\w+`. Python's `\w` is `str.isalnum() or "_"`, i.e. letters
 *   (L*) and numbers (N*) but NOT combining marks (M*). `/[\p{L}\p{N}_]+/gu` is the JS
 *   equivalent. Tokens keep their case (the Python regex has IGNORECASE, which does not change
 *   what `findall` returns).
 * - Shingles: every run of 4 consecutive tokens; a text of 1..3 tokens gives one shingle of
 *   what it has; an empty text gives none.
 * - Per page: multiset tp/fp/fn, normalised by tp+fp+fn (so long pages do not weigh more).
 * - Corpus: mean page precision (pages with tp+fp = 0 left out), mean page recall (pages with
 *   tp+fn = 0 left out), F1 = 2PR/(P+R).
 */

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_N = 4;

export function tokenize(text: string): string[] {
  return (text || '').match(TOKEN_RE) ?? [];
}

/** Multiset of shingles, keyed by the tokens joined with a separator no token contains. */
export function shingles(text: string, n = SHINGLE_N): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue; // empty text: no shingle at all
    const key = gram.join('\u0000');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** Normalised tp/fp/fn for one page (each divided by tp+fp+fn when that is > 0). */
export function pageCounts(truth: string, pred: string, n = SHINGLE_N): PageCounts {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const keys = new Set([...t.keys(), ...p.keys()]);
  for (const key of keys) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

export function precisionScore({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pages counted in each mean. */
  precisionPages: number;
  recallPages: number;
}

function mean(values: number[]): number {
  // Python's statistics.mean raises on an empty list; NaN says the same without throwing.
  if (values.length === 0) return Number.NaN;
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function corpusScore(pages: PageCounts[]): CorpusScore {
  const ps = pages.filter((c) => c.tp + c.fp > 0).map(precisionScore);
  const rs = pages.filter((c) => c.tp + c.fn > 0).map(recallScore);
  const precision = mean(ps);
  const recall = mean(rs);
  const f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, precisionPages: ps.length, recallPages: rs.length };
}

/** Page-level F1 (not part of the benchmark; used to rank the worst pages). */
export function pageF1(c: PageCounts): number {
  const p = precisionScore(c);
  const r = recallScore(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}
