/**
 * Injects the full clutter detector (detector.js) into the frame whose
 * content script asked for it (its sentinel saw evidence of clutter, or the
 * site has rules), then the language packs the page needs, in that order
 * (a pack hands its table to the detector's hook): into the sender's own tab
 * and frame only. Only built packs are injected (src/core/lang/packs.ts), at
 * most MAX_PACKS; detector.js ignores a second run.
 */
import { isPackLang, packFile } from '../core/lang/packs';
import browser from '../shared/browser';

export const DETECTOR_FILE = 'detector.js';
const MAX_PACKS = 3;

export async function injectDetector(tabId: number, frameId: number, langs: string): Promise<boolean> {
  const packs = [...new Set(langs.split(','))].filter(isPackLang).slice(0, MAX_PACKS);
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [DETECTOR_FILE, ...packs.map(packFile)] });
    return true;
  } catch {
    // The tab navigated or closed meanwhile: nothing to do.
    return false;
  }
}
