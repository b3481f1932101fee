/**
 * The offer judgements extraction needs (`isOfferLine`, `judgeOfferText`), behind one small
 * interface so that one extraction run can:
 *
 * - remember verdicts by text: pruning asks about the same text many times (a `div > p > span`
 *   with one line of text is three elements with the same text; the leaf, container,
 *   newsletter and partial passes ask again); both functions are pure, so a verdict per
 *   distinct text is exact;
 * - use the content script's matcher when it is there and already knows the page's languages
 *   (see ../lang/share.ts): it is compiled and warm, while this script's own is cold on every
 *   first extraction (compiling the tables and V8's first run of each regex cost more than all
 *   the scanning).
 */
import type { OfferJudge, TextJudgement } from '../lang/api';
import { isOfferLine, judgeOfferText } from '../lang/index';

export type { OfferJudge } from '../lang/api';

/** This bundle's own language module. */
export const localJudge: OfferJudge = { isOfferLine, judgeOfferText };

/** Verdicts remembered per distinct text (for one extraction run: the page does not change under it). */
export function memoJudge(base: OfferJudge): OfferJudge {
  const lines = new Map<string, boolean>();
  const texts = new Map<string, TextJudgement>();
  return {
    isOfferLine(text) {
      let v = lines.get(text);
      if (v === undefined) {
        v = base.isOfferLine(text);
        lines.set(text, v);
      }
      return v;
    },
    judgeOfferText(text) {
      let v = texts.get(text);
      if (v === undefined) {
        v = base.judgeOfferText(text);
        texts.set(text, v);
      }
      // Callers may keep or extend the reasons: hand out a copy.
      return { score: v.score, reasons: [...v.reasons] };
    },
  };
}
