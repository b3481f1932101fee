/**
 * Mutation stress (bench/pages/stress.html: 1,000 nodes a second for N seconds), traced with
 * the extension and, in a browser without it, traced again. Counted window: from the page's
 * `stress-start` mark to its `stress-end` mark plus TAIL_MS (the detector batches work, so
 * its last pass comes after the last insert).
 */
import { type BenchBrowser, recordTrace, type TraceEvent } from './browser';
import { pageWorkScripts } from './cost';
import { type MainThreadReport, mainThreadReport, timeStamps } from './trace';

const TAIL_MS = 1_500;

export interface StressResult {
  seconds: number;
  inserted: number;
  on?: MainThreadReport;
  off?: MainThreadReport;
  error?: string;
}

/**
 * Loads stress.html (from a blank page, so the trace holds the whole load) under a trace and
 * waits for its last insert plus TAIL_MS. Also used by bench/profile-stress.ts.
 */
export async function traceStress(b: BenchBrowser, blankUrl: string, stressUrl: string, seconds: number): Promise<{ events: TraceEvent[]; inserted: number }> {
  const tab = await b.context.newPage();
  try {
    await tab.goto(blankUrl);
    let inserted = 0;
    const events = await recordTrace(b.context, tab, async () => {
      await tab.goto(stressUrl);
      await tab.waitForFunction(() => (window as unknown as { __stressDone?: boolean }).__stressDone === true, null, { timeout: (seconds + 30) * 1000, polling: 250 });
      await tab.waitForTimeout(TAIL_MS);
      inserted = (await tab.evaluate(() => (window as unknown as { __stressInserted?: number }).__stressInserted)) ?? 0;
    });
    return { events, inserted };
  } finally {
    await tab.close().catch(() => undefined);
  }
}

/** The page's thread, as mainThreadReport reads it: the stress page's URL. */
export const isStressPage = (u: string) => u.includes('/bench/stress.html');

async function traced(b: BenchBrowser, blankUrl: string, stressUrl: string, seconds: number): Promise<{ report?: MainThreadReport; inserted: number }> {
  const { events, inserted } = await traceStress(b, blankUrl, stressUrl, seconds);
  const [start] = timeStamps(events, 'stress-start');
  const [end] = timeStamps(events, 'stress-end');
  const window = start !== undefined && end !== undefined ? { fromUs: start, toUs: end + TAIL_MS * 1000 } : undefined;
  return { report: mainThreadReport(events, isStressPage, pageWorkScripts(b), 50, window), inserted };
}

export async function runStress(on: BenchBrowser, off: BenchBrowser, urls: { blank: string; stress: string }, seconds: number): Promise<StressResult> {
  const stressUrl = `${urls.stress}?seconds=${seconds}`;
  const res: StressResult = { seconds, inserted: 0 };
  try {
    const withExt = await traced(on, urls.blank, stressUrl, seconds);
    res.on = withExt.report;
    res.inserted = withExt.inserted;
    res.off = (await traced(off, urls.blank, stressUrl, seconds)).report;
  } catch (error) {
    res.error = String(error).slice(0, 300);
  }
  return res;
}
