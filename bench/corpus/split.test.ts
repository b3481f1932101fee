import { describe, expect, it } from 'vitest';
import { listCorpus } from './corpus';
import { listTrafilatura } from './trafilatura';
import { fnv1a, halfOf, splitHalves } from './split';

describe('cross-validation split', () => {
  it('hashes ids with FNV-1a (reference values)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
  });
  it('puts every page in exactly one half, independent of order', () => {
    const ids = ['x1', 'x2', 'x3', 'x4', 'x5'].map((id) => ({ id }));
    const a = splitHalves(ids);
    const b = splitHalves([...ids].reverse());
    expect(a.A.length + a.B.length).toBe(5);
    expect(new Set(a.A.map((x) => x.id))).toEqual(new Set(b.A.map((x) => x.id)));
    for (const x of ids) expect(halfOf(x.id)).toBe(a.A.includes(x) ? 'A' : 'B');
  });
  it('splits both corpora into halves of similar size', () => {
    for (const pages of [listCorpus().map((p) => ({ id: p.id })), listTrafilatura().map((p) => ({ id: p.id }))]) {
      const { A, B } = splitHalves(pages);
      expect(A.length + B.length).toBe(pages.length);
      expect(Math.abs(A.length - B.length)).toBeLessThan(pages.length * 0.2);
    }
  });
});
