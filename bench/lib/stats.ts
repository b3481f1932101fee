/**
 * Small statistics for the benchmark. Percentiles use the nearest-rank method
 * (the value at rank ceil(p·n) of the sorted sample): it always returns a value
 * that was measured, which is what a "p95 page" should mean.
 */

/** Finite numbers only: a missing measurement (NaN, undefined) is left out, never counted as 0. */
export function finite(values: Array<number | null | undefined>): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
}

/** Nearest-rank percentile, p in [0, 100]. NaN for an empty sample. */
export function percentile(values: Array<number | null | undefined>, p: number): number {
  const xs = finite(values).sort((a, b) => a - b);
  if (xs.length === 0) return Number.NaN;
  if (p <= 0) return xs[0] as number;
  const rank = Math.ceil((p / 100) * xs.length);
  return xs[Math.min(xs.length, rank) - 1] as number;
}

/** The median: mean of the two middle values for an even sample (the usual definition). */
export function median(values: Array<number | null | undefined>): number {
  const xs = finite(values).sort((a, b) => a - b);
  if (xs.length === 0) return Number.NaN;
  const mid = xs.length >> 1;
  return xs.length % 2 ? (xs[mid] as number) : ((xs[mid - 1] as number) + (xs[mid] as number)) / 2;
}

export function p95(values: Array<number | null | undefined>): number {
  return percentile(values, 95);
}

export function mean(values: Array<number | null | undefined>): number {
  const xs = finite(values);
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN;
}

/** a / b, or NaN when b is not a positive measurement (a ratio to nothing means nothing). */
export function ratio(a: number | null | undefined, b: number | null | undefined): number {
  if (typeof a !== 'number' || typeof b !== 'number' || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return Number.NaN;
  return a / b;
}

/** Share of `flags` that are true, over the non-null ones; NaN when none counts. */
export function share(flags: Array<boolean | null | undefined>): { share: number; yes: number; of: number } {
  const counted = flags.filter((f): f is boolean => typeof f === 'boolean');
  const yes = counted.filter(Boolean).length;
  return { share: counted.length ? yes / counted.length : Number.NaN, yes, of: counted.length };
}

export interface Summary {
  n: number;
  median: number;
  p95: number;
  max: number;
}

export function summarize(values: Array<number | null | undefined>): Summary {
  const xs = finite(values);
  return { n: xs.length, median: median(xs), p95: p95(xs), max: xs.length ? Math.max(...xs) : Number.NaN };
}
