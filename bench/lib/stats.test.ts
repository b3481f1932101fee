import { describe, expect, it } from 'vitest';
import { median, p95, percentile, ratio, share, summarize } from './stats';

describe('median', () => {
  it('takes the middle value of an odd sample, whatever the order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });
  it('averages the two middle values of an even sample', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('leaves out missing measurements instead of counting them as zero', () => {
    expect(median([Number.NaN, 10, undefined, 20, null, 30])).toBe(20);
  });
  it('is NaN for nothing measured', () => {
    expect(median([])).toBeNaN();
  });
});

describe('p95 (nearest rank)', () => {
  it('is the 95th of 100 values 1..100', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(p95(xs)).toBe(95);
  });
  it('is the maximum for a sample of 19 or fewer values', () => {
    // ceil(0.95 * 19) = 19: the top value.
    expect(p95(Array.from({ length: 19 }, (_, i) => i + 1))).toBe(19);
  });
  it('is the 20th of 21 values (ceil(19.95) = 20)', () => {
    expect(p95(Array.from({ length: 21 }, (_, i) => i + 1))).toBe(20);
  });
  it('returns a measured value, never an interpolation', () => {
    expect(p95([1, 1000])).toBe(1000);
    expect(percentile([10, 20, 30, 40], 50)).toBe(20);
    expect(percentile([10, 20, 30, 40], 0)).toBe(10);
  });
});

describe('ratio and share', () => {
  it('refuses a ratio to zero or to a missing baseline', () => {
    expect(ratio(5, 0)).toBeNaN();
    expect(ratio(5, Number.NaN)).toBeNaN();
    expect(ratio(5, undefined)).toBeNaN();
    expect(ratio(1, 4)).toBe(0.25);
  });
  it('counts only known flags', () => {
    expect(share([true, false, null, true])).toEqual({ share: 2 / 3, yes: 2, of: 3 });
    expect(share([null]).share).toBeNaN();
  });
  it('summarizes', () => {
    expect(summarize([3, 1, 2, Number.NaN])).toEqual({ n: 3, median: 2, p95: 3, max: 3 });
  });
});
