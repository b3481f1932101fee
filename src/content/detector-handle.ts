/**
 * How content.js reaches the on-demand detector (detector.js) once the
 * background has injected it into the same extension world: a `Symbol.for`
 * key on that world's globalThis (page scripts run in another world and never
 * see it). Types only and the key: content.js carries none of the detector.
 */
import type { Detector, DetectorOptions } from '../core/detect/index.ts';

export const DETECTOR_KEY = 'clearRead.detector';

export interface DetectorModule {
  /** Loads the page's language packs (bounded wait), then starts the detector on `doc`. */
  start(doc: Document, opts: DetectorOptions): Promise<Detector>;
}

/** The module detector.js published in this world, if it ran. */
export function detectorModule(): DetectorModule | undefined {
  const m = (globalThis as unknown as Record<symbol, unknown>)[Symbol.for(DETECTOR_KEY)] as DetectorModule | undefined;
  return typeof m?.start === 'function' ? m : undefined;
}
