/**
 * Paired measurements for the speed ratios: the extension's time and the baseline's time on
 * the same page. A page counts only when BOTH sides were measured (a finite time, and a
 * positive baseline to divide by); otherwise it is missing for both sides, so the absolute
 * medians and the ratio are taken over the same pages, and a side the profiler never saw
 * (no sample: `undefined`, see profile.ts `sampledMs`) is never read as 0 ms.
 */

export interface Paired {
  /** a / b per page, for the pages where both were measured. */
  ratios: number[];
  /** The two sides of those same pages. */
  a: number[];
  b: number[];
  /** Pages left out because one side (or both) was not measured. */
  missing: number;
}

const measured = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

export function paired<R>(rows: readonly R[], a: (row: R) => number | null | undefined, b: (row: R) => number | null | undefined): Paired {
  const out: Paired = { ratios: [], a: [], b: [], missing: 0 };
  for (const row of rows) {
    const x = a(row);
    const y = b(row);
    if (!measured(x) || !measured(y) || x < 0 || y <= 0) {
      out.missing++;
      continue;
    }
    out.ratios.push(x / y);
    out.a.push(x);
    out.b.push(y);
  }
  return out;
}
