/**
 * Offer leakage: does a reader text contain subscription-offer text?
 *
 * Two independent checks, reported apart because they mean different things:
 *  - `offerTexts`: the fixture author's list of phrases that are offer text on that page.
 *    A hit is certain leakage. Matching is on normalized text (normalizeText: NFKC,
 *    case-folded, whitespace collapsed, curly quotes straightened) so that markup splitting
 *    a phrase over two lines or nodes does not hide a leak.
 *  - `offerLines`: lines of the text that the project's own `isOfferLine` (src/core/lang)
 *    judges to be offer lines. This catches leaks nobody listed, but it is only as good as
 *    the language tables, so it can flag a legitimate sentence too.
 */
import { isOfferLine, normalizeText } from '../../src/core/lang/index';

/** Lines longer than this are paragraphs, not offer lines; isOfferLine refuses them anyway. */
const MAX_LINE_CHARS = 400;

/** The project's own text normalization (src/core/lang), so both sides are folded alike. */
export function normalizeForMatch(text: string): string {
  return normalizeText(text);
}

/** The listed offer phrases found in `text` (each phrase reported once). */
export function leakedOfferTexts(text: string, offerTexts: readonly string[] = []): string[] {
  const hay = normalizeForMatch(text);
  return offerTexts.filter((phrase) => {
    const needle = normalizeForMatch(phrase);
    return needle !== '' && hay.includes(needle);
  });
}

/** The lines of `text` that isOfferLine flags. */
export function offerLines(text: string, judge: (line: string) => boolean = isOfferLine): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line.length <= MAX_LINE_CHARS && judge(line));
}

export interface LeakCheck {
  /** Listed phrases found. */
  listed: string[];
  /** isOfferLine hits. */
  lines: string[];
  /** Either check fired. */
  leaked: boolean;
}

export function checkLeak(text: string, offerTexts: readonly string[] = [], judge?: (line: string) => boolean): LeakCheck {
  const listed = leakedOfferTexts(text, offerTexts);
  const lines = offerLines(text, judge);
  return { listed, lines, leaked: listed.length > 0 || lines.length > 0 };
}
