/**
 * Injects a language pack (lang/<code>.js) into the frame whose content
 * script asked for it. Only built packs are injected (the allowlist is the
 * build's own list, src/core/lang/packs.ts), and only into the sender's own
 * tab and frame: a content script can ask for data for itself, nothing else.
 */
import { isPackLang, packFile } from '../core/lang/packs';
import browser from '../shared/browser';

export async function injectLangPack(tabId: number, frameId: number, lang: string): Promise<boolean> {
  if (!isPackLang(lang)) return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [packFile(lang)] });
    return true;
  } catch {
    // The tab navigated or closed meanwhile: nothing to do.
    return false;
  }
}
