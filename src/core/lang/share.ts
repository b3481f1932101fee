/**
 * Sharing the content script's offer matcher with extract.js.
 *
 * content.js and extract.js run in the same extension world of a tab (Chrome's ISOLATED
 * world, Firefox's content-script sandbox): the background injects extract.js into the world
 * content.js runs in, as it does the language packs. content.js has compiled its matcher and
 * run its regexes over the page already; extract.js's own matcher is cold on the first
 * extraction (compiling the tables and V8's first run of each regex are most of pruning's cost).
 *
 * So content.js may publish its two judgement functions under a `Symbol.for` key on that
 * world's globalThis (`publishLangShare`), and extract.js uses them (`sharedJudge`) when they
 * are there and the content script's matcher knows every language the page needs. Page
 * scripts live in another world and cannot see or replace them. Without content.js (a page
 * the content script does not run on, an old tab), extract.js uses its own matcher.
 */
import { LANG_SHARE_KEY, type LangShare } from '../../shared/injected';
import type { OfferJudge, TextJudgement } from './api';
import { activeLangs, isOfferLine, judgeOfferText } from './index';

export { LANG_SHARE_KEY, type LangShare };

/**
 * For content.js: publish this bundle's judgement functions in its world, once, read-only and
 * not enumerable.
 */
export function publishLangShare(target: object = globalThis): void {
  const key = Symbol.for(LANG_SHARE_KEY);
  if (Object.hasOwn(target, key)) return;
  const share: LangShare = Object.freeze({ isOfferLine, judgeOfferText, activeLangs });
  Object.defineProperty(target, key, { value: share, enumerable: false, configurable: false, writable: false });
}

function isShare(v: unknown): v is LangShare {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return typeof s.isOfferLine === 'function' && typeof s.judgeOfferText === 'function' && typeof s.activeLangs === 'function';
}

function validJudgement(j: unknown): j is TextJudgement {
  const r = j as TextJudgement | null;
  return typeof r === 'object' && r !== null && typeof r.score === 'number' && Array.isArray(r.reasons);
}

/**
 * For extract.js: the content script's judge when it was published in this world and its
 * matcher has English and every language in `needed`; else null. A shared call that throws or
 * answers in a wrong shape falls back to `fallback` for that text.
 */
export function sharedJudge(needed: string[], fallback: OfferJudge, source: object = globalThis): OfferJudge | null {
  let share: unknown;
  try {
    share = (source as Record<symbol, unknown>)[Symbol.for(LANG_SHARE_KEY)];
    if (!isShare(share)) return null;
    const langs = share.activeLangs();
    if (!Array.isArray(langs) || !['en', ...needed].every((l) => langs.includes(l))) return null;
  } catch {
    return null;
  }
  const s = share;
  return {
    isOfferLine(text) {
      try {
        const v = s.isOfferLine(text);
        if (typeof v === 'boolean') return v;
      } catch {}
      return fallback.isOfferLine(text);
    },
    judgeOfferText(text) {
      try {
        const v = s.judgeOfferText(text);
        if (validJudgement(v)) return v;
      } catch {}
      return fallback.judgeOfferText(text);
    },
  };
}
