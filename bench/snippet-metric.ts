/**
 * The trafilatura evaluation's with/without snippet metric (test-data/trafilatura-dev/README.md):
 * whitespace is normalized in the extracted text and in each snippet; a `with` snippet found in
 * the text is a true positive, one not found a false negative; a `without` snippet found is a
 * false positive, one not found a true negative. Counts are pooled over all pages;
 * precision = TP/(TP+FP), recall = TP/(TP+FN), F1 = 2TP/(2TP+FP+FN).
 */

export interface SnippetPage {
  with: Array<string | null>;
  without: Array<string | null>;
}

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function normalizeSpace(s: string): string {
  return s.split(/\s+/u).filter(Boolean).join(' ');
}

/** Counts for one page. An extraction that failed is the empty text (nothing found). */
export function snippetCounts(page: SnippetPage, extracted: string | null): SnippetCounts {
  const text = normalizeSpace(extracted ?? '');
  const c: SnippetCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of page.with) {
    if (s == null) continue;
    if (text.includes(normalizeSpace(s))) c.tp++;
    else c.fn++;
  }
  for (const s of page.without) {
    if (s == null) continue;
    if (text.includes(normalizeSpace(s))) c.fp++;
    else c.tn++;
  }
  return c;
}

export function poolCounts(pages: SnippetCounts[]): SnippetCounts {
  return pages.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }), { tp: 0, fp: 0, fn: 0, tn: 0 });
}

export function snippetScore(c: SnippetCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = 2 * c.tp + c.fp + c.fn ? (2 * c.tp) / (2 * c.tp + c.fp + c.fn) : 0;
  return { precision, recall, f1 };
}
