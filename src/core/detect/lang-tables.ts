/**
 * The detector's only door to the language tables (src/core/lang). Calls are
 * timed so the cost of text judging can be told apart from the detector's
 * own DOM work.
 */
import * as lang from '../lang/index.ts';

export const langCost = { ms: 0, calls: 0 };

function timed<A extends unknown[], R>(f: (...a: A) => R): (...a: A) => R {
  return (...a) => {
    const t = performance.now();
    try {
      return f(...a);
    } finally {
      langCost.ms += performance.now() - t;
      langCost.calls++;
    }
  };
}

const offerLine = timed(lang.isOfferLine);
/** Lines repeat across nested candidates and passes: remember verdicts (bounded). */
const lineMemo = new Map<string, boolean>();
/** A language pack that arrives later can turn a remembered "no" into "yes": forget then. */
let memoVersion = lang.langsVersion();
export function isOfferLine(line: string): boolean {
  if (lang.langsVersion() !== memoVersion) {
    lineMemo.clear();
    memoVersion = lang.langsVersion();
  }
  let v = lineMemo.get(line);
  if (v === undefined) {
    if (lineMemo.size > 4000) lineMemo.clear();
    v = offerLine(line);
    lineMemo.set(line, v);
  }
  return v;
}
export const judgeOfferText = timed(lang.judgeOfferText);
export const judgeConsentText = timed(lang.judgeConsentText);
export const judgeVendorShape = timed(lang.judgeVendorShape);
export const isScrollLockClass = timed(lang.isScrollLockClass);
/** The languages of a candidate's text whose tables are not active yet (asks for their packs). */
export const missingLangs = timed(lang.missingLangs);
export const langPending = lang.langPending;
export const langsVersion = lang.langsVersion;
/** Timed like the judges: the matcher's build is text-judging cost. */
export const prepareOfferMatcher = timed(lang.prepareOfferMatcher);
