/**
 * What the background injects into a tab for its content script, only into the sender's own tab
 * and frame, and only files of the build: language packs (lang/<code>.js, the allowlist is the
 * build's own list, src/core/lang/packs.ts) and the full clutter detector (detector.js), asked for
 * when content.js's sentinel saw evidence of clutter or the site has rules. The detector goes in
 * one `executeScript` with the page's packs (one round trip: detector.js runs first and installs
 * the hook the packs hand their tables to); it ignores a second run.
 */
import { isPackLang, MAX_PAGE_PACKS, packFile } from '../core/lang/packs';
import browser from '../shared/browser';

const DETECTOR_FILE = 'detector.js';

/** Injects `files` into one frame of one tab; false when the tab navigated or closed meanwhile. */
async function injectFiles(tabId: number, frameId: number, files: string[]): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files });
    return true;
  } catch {
    return false;
  }
}

/** One built language pack, asked for by a content script that met text in that language. */
export async function injectLangPack(tabId: number, frameId: number, lang: string): Promise<boolean> {
  return isPackLang(lang) && injectFiles(tabId, frameId, [packFile(lang)]);
}

/** The files to inject for `langs` (comma-separated): detector.js, then the built packs named, deduplicated. */
export function detectorFiles(langs: string): string[] {
  const packs = [...new Set(langs.split(','))].filter(isPackLang).slice(0, MAX_PAGE_PACKS);
  return [DETECTOR_FILE, ...packs.map(packFile)];
}

export const injectDetector = (tabId: number, frameId: number, langs: string): Promise<boolean> => injectFiles(tabId, frameId, detectorFiles(langs));
