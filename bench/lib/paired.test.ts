import { describe, expect, it } from 'vitest';
import { paired } from './paired';

describe('paired', () => {
  const rows = [
    { ext: 1, base: 20 },
    { ext: 4, base: 20 },
    { ext: undefined, base: 20 }, // extension script not sampled
    { ext: 3, base: undefined }, // Readability not sampled
    { ext: 2, base: 0 }, // nothing to divide by
    { ext: Number.NaN, base: 10 },
  ];
  const p = paired(rows, (r) => r.ext, (r) => r.base);

  it('takes a ratio only where both sides were measured', () => {
    expect(p.ratios).toEqual([0.05, 0.2]);
  });
  it('leaves a page with one side missing out of BOTH sides', () => {
    expect(p.a).toEqual([1, 4]);
    expect(p.b).toEqual([20, 20]);
    expect(p.missing).toBe(4);
  });
  it('never turns a missing side into 0 ms', () => {
    expect(p.ratios).not.toContain(0);
    expect(p.a).not.toContain(0);
  });
});
