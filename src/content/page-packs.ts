/**
 * Which language packs this page needs, chosen by content.js (no language
 * tables here: page-langs.ts and packs.ts are tiny) so that the background
 * injects them together with detector.js, in one round trip: the detector's
 * first pass then already reads the page's language.
 */
import { isPackLang, MAX_PAGE_PACKS, type PackLang } from '../core/lang/packs';
import { declaredLangs, headingSample, scriptLangs } from '../core/lang/page-langs';

/** The packs this page needs, declared languages first, then what its title and heading are written in. */
export function choosePacks(doc: Document): PackLang[] {
  const packs: PackLang[] = [];
  for (const lang of [...declaredLangs(doc), ...scriptLangs(headingSample(doc))]) if (isPackLang(lang) && !packs.includes(lang)) packs.push(lang);
  return packs.slice(0, MAX_PAGE_PACKS);
}
