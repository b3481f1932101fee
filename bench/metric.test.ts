import { describe, expect, it } from 'vitest';
import {
  corpusScore,
  pageCounts,
  pageF1,
  precisionScore,
  recallScore,
  shingles,
  tokenize,
} from './metric';

const pr = (truth: string, pred: string) => {
  const c = pageCounts(truth, pred);
  return { c, p: precisionScore(c), r: recallScore(c) };
};

describe('tokenize (Python Unicode \\w+)', () => {
  it('splits on everything that is not a letter, number or underscore', () => {
    expect(tokenize("It's 5€ — déjà_vu, ok?")).toEqual(['It', 's', '5', 'déjà_vu', 'ok']);
  });
  it('keeps CJK and Cyrillic runs as tokens', () => {
    expect(tokenize('東京 は Москва')).toEqual(['東京', 'は', 'Москва']);
  });
  it('breaks at combining marks, like Python (marks are not \\w there)', () => {
    // "e" + COMBINING ACUTE ACCENT: Python's re.findall(r'\w+', 'e\u0301te') == ['e', 'te']
    expect(tokenize('e\u0301te')).toEqual(['e', 'te']);
  });
  it('keeps case (IGNORECASE does not change matched text)', () => {
    expect(tokenize('The CAT')).toEqual(['The', 'CAT']);
  });
});

describe('shingles', () => {
  it('makes 4-token windows', () => {
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
  });
  it('gives one shingle for a text shorter than 4 tokens', () => {
    expect(shingles('hello world').size).toBe(1);
  });
  it('gives no shingle for an empty or token-less text', () => {
    expect(shingles('').size).toBe(0);
    expect(shingles(' — … ').size).toBe(0);
  });
  it('counts repeats as a multiset', () => {
    expect([...shingles('x x x x x x').entries()]).toEqual([['x\u0000x\u0000x\u0000x', 3]]);
  });
});

describe('page precision / recall', () => {
  it('identical texts score 1/1', () => {
    const { c, p, r } = pr('a b c d e', 'a b c d e');
    expect(c).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect([p, r]).toEqual([1, 1]);
  });
  it('disjoint texts score 0/0', () => {
    const { c, p, r } = pr('a b c d', 'e f g h');
    expect(c).toEqual({ tp: 0, fp: 0.5, fn: 0.5 });
    expect([p, r]).toEqual([0, 0]);
  });
  it('short texts compare as one shingle each', () => {
    expect(pr('hello world', 'hello world').p).toBe(1);
    expect(pr('hello world', 'hello there').r).toBe(0);
    expect(pr('The cat', 'the cat').p).toBe(0); // case-sensitive
  });
  it('empty prediction: precision 0 (and excluded from the mean), recall 0', () => {
    const { c, p, r } = pr('a b c d e', '');
    expect(c).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect([p, r]).toEqual([0, 0]);
  });
  it('empty truth: precision 0, recall 0 (and excluded from the mean)', () => {
    const { c, p, r } = pr('', 'a b c d');
    expect(c).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect([p, r]).toEqual([0, 0]);
  });
  it('both empty: 1/1 by the fp = fn = 0 rule', () => {
    const { c, p, r } = pr('', '');
    expect(c).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect([p, r]).toEqual([1, 1]);
  });
  it('repeated shingles count as a multiset', () => {
    // truth has [x x x x] ×3, pred ×1 → tp 1, fn 2 → normalised 1/3, 2/3
    const { c, p, r } = pr('x x x x x x', 'x x x x');
    expect(c.tp).toBeCloseTo(1 / 3, 12);
    expect(c.fn).toBeCloseTo(2 / 3, 12);
    expect(c.fp).toBe(0);
    expect(p).toBe(1);
    expect(r).toBeCloseTo(1 / 3, 12);
  });
  it('partial overlap computed by hand', () => {
    // truth: 7 tokens → 4 shingles; pred: 8 tokens → 5 shingles; 3 shared.
    // tp 3, fp 2, fn 1 → P = 3/5, R = 3/4, page F1 = 2/3.
    const { c, p, r } = pr('the cat sat on the mat today', 'the cat sat on the mat yesterday again');
    expect(c.tp).toBeCloseTo(3 / 6, 12);
    expect(c.fp).toBeCloseTo(2 / 6, 12);
    expect(c.fn).toBeCloseTo(1 / 6, 12);
    expect(p).toBeCloseTo(0.6, 12);
    expect(r).toBeCloseTo(0.75, 12);
    expect(pageF1(c)).toBeCloseTo(2 / 3, 12);
  });
});

describe('corpus aggregation', () => {
  it('means over pages with the stated exclusions, then F1 of the means', () => {
    const pages = [
      pageCounts('a b c d e', 'a b c d e'), // P 1, R 1
      pageCounts('a b c d e', ''), // R 0; left out of P (tp+fp = 0)
      pageCounts('', 'a b c d'), // P 0; left out of R (tp+fn = 0)
      pageCounts('', ''), // left out of both
      pageCounts('the cat sat on the mat today', 'the cat sat on the mat yesterday again'), // P .6, R .75
    ];
    const s = corpusScore(pages);
    expect(s.precisionPages).toBe(3);
    expect(s.recallPages).toBe(3);
    expect(s.precision).toBeCloseTo((1 + 0 + 0.6) / 3, 12);
    expect(s.recall).toBeCloseTo((1 + 0 + 0.75) / 3, 12);
    const P = 1.6 / 3;
    const R = 1.75 / 3;
    expect(s.f1).toBeCloseTo((2 * P * R) / (P + R), 12);
  });
  it('a corpus of perfect pages scores 1', () => {
    expect(corpusScore([pageCounts('a b c d e f', 'a b c d e f')]).f1).toBe(1);
  });
  it('no countable page gives NaN, not a made-up number', () => {
    expect(corpusScore([pageCounts('', '')]).precision).toBeNaN();
  });
});
