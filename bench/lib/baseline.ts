/**
 * Plain @mozilla/readability as the baseline: `new Readability(document.cloneNode(true)).parse()`
 * on the rendered page, in the page's main world (bench/corpus/plain-readability-entry.ts,
 * bundled by the extraction helper's bundleIife). The bundle gets a sourceURL so the profiler
 * can attribute its samples by URL, exactly as it does for the extension's scripts.
 */
import type { Page } from '@playwright/test';
import { bundleIife } from '../corpus/bundle';
import type { Profiler } from './browser';
import { attribute, sampledMs, scriptUrl } from './profile';

export const READABILITY_URL = 'bench://plain-readability.js';

export async function readabilityBundle(): Promise<string> {
  const code = await bundleIife('bench/corpus/plain-readability-entry.ts');
  return `${code}\n//# sourceURL=${READABILITY_URL}\n`;
}

export interface BaselineRun {
  text: string;
  /** In-page wall time of parse(), ms (performance.now around the call). */
  wallMs: number;
  /** Sampled CPU time attributed to the Readability bundle, ms (when profiled). */
  cpuMs?: number;
  error?: string;
}

/** Defines the baseline in the page (once per document; evaluate bypasses a page CSP). */
export async function installBaseline(page: Page, bundle: string): Promise<void> {
  await page.evaluate(bundle);
}

export async function runBaseline(page: Page, profiler?: Profiler): Promise<BaselineRun> {
  try {
    await profiler?.start();
    const out = (await page.evaluate('globalThis.__plainReadability()')) as { text: string; ms: number };
    const profile = await profiler?.stop();
    const sampled = profile ? attribute(profile, scriptUrl(READABILITY_URL)) : undefined;
    // No sample at all means the sampler did not run (a starved profiler thread), not a free
    // parse: leave the measurement out rather than divide by zero.
    const cpuMs = sampled && sampledMs(sampled);
    return { text: out.text ?? '', wallMs: out.ms, cpuMs };
  } catch (error) {
    await profiler?.stop().catch(() => undefined);
    return { text: '', wallMs: Number.NaN, error: String(error).slice(0, 200) };
  }
}
