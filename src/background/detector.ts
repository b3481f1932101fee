/**
 * Injects the full clutter detector (detector.js) into the frame whose content
 * script asked for it (its sentinel saw evidence of clutter, or the site has
 * rules), together with the language packs the page needs, in one
 * `executeScript` (one round trip: detector.js runs first and installs the
 * hook the packs hand their tables to). Only into the sender's own tab and
 * frame; only built packs (src/core/lang/packs.ts), at most MAX_PACKS.
 * detector.js ignores a second run.
 */
import { isPackLang, packFile } from '../core/lang/packs';
import browser from '../shared/browser';

export const DETECTOR_FILE = 'detector.js';
/** As the content script's own choice (src/content/page-packs.ts): a page asks for at most this many. */
const MAX_PACKS = 3;

/** The files to inject for `langs` (comma-separated): detector.js, then the built packs named, deduplicated. */
export function detectorFiles(langs: string): string[] {
  const packs = [...new Set(langs.split(','))].filter(isPackLang).slice(0, MAX_PACKS);
  return [DETECTOR_FILE, ...packs.map(packFile)];
}

export async function injectDetector(tabId: number, frameId: number, langs: string): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: detectorFiles(langs) });
    return true;
  } catch {
    // The tab navigated or closed meanwhile: nothing to do.
    return false;
  }
}
