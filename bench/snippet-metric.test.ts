import { describe, expect, it } from 'vitest';
import { normalizeSpace, poolCounts, snippetCounts, snippetScore } from './snippet-metric';

describe('trafilatura with/without snippet metric', () => {
  it('normalizes whitespace in the text and in the snippets', () => {
    expect(normalizeSpace('  a\n\tb   c ')).toBe('a b c');
    const c = snippetCounts({ with: ['quick  brown\nfox'], without: [] }, 'The quick brown\n fox jumps');
    expect(c).toEqual({ tp: 1, fp: 0, fn: 0, tn: 0 });
  });

  it('counts with-snippets as TP/FN and without-snippets as FP/TN, skipping nulls', () => {
    const page = { with: ['alpha beta', 'gamma', null], without: ['Share this', 'Related stories', null] };
    expect(snippetCounts(page, 'alpha beta delta. Share this')).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    // A failed extraction finds nothing.
    expect(snippetCounts(page, null)).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2 });
  });

  it('pools counts over pages before computing P, R and F1', () => {
    const pooled = poolCounts([
      { tp: 3, fp: 1, fn: 0, tn: 2 },
      { tp: 1, fp: 0, fn: 3, tn: 1 },
    ]);
    expect(pooled).toEqual({ tp: 4, fp: 1, fn: 3, tn: 3 });
    const s = snippetScore(pooled);
    expect(s.precision).toBeCloseTo(0.8);
    expect(s.recall).toBeCloseTo(4 / 7);
    expect(s.f1).toBeCloseTo(8 / 12);
  });

  it('is case-sensitive, as the reference evaluation is', () => {
    expect(snippetCounts({ with: ['Alpha'], without: [] }, 'alpha')).toEqual({ tp: 0, fp: 0, fn: 1, tn: 0 });
  });
});
