/**
 * Offer leakage: does a reader text contain subscription-offer text?
 *
 * Three checks, reported apart because they mean different things:
 *  - `offerTexts`: the fixture author's list of phrases that are offer text on that page.
 *    A hit is certain leakage. Matching is on normalized text (normalizeText: NFKC,
 *    case-folded, whitespace collapsed, curly quotes straightened) so that markup splitting
 *    a phrase over two lines or nodes does not hide a leak.
 *  - `phrases`: lines with a phrase of the benchmark's own fixed list (leak-judge.ts,
 *    leak-phrases.ts), independent of the code it judges. With `offerTexts`, this decides
 *    whether a text LEAKED.
 *  - `lines`: lines that the project's own `isOfferLine` (src/core/lang) flags. The reader
 *    prunes with the same tables, so this judge cannot see what the tables miss: it is
 *    reported next to the independent one, never used alone to call a text clean.
 */
import { isOfferLine, normalizeText } from '../../src/core/lang/index';
import { leakPhraseLines } from './leak-judge';

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
  /** Lines with a phrase of the benchmark's own list (the independent judge). */
  phrases: string[];
  /** isOfferLine hits (the reader's own vocabulary; reported, not the judge). */
  lines: string[];
  /** A listed phrase or a bench-list phrase was found. */
  leaked: boolean;
}

export function checkLeak(text: string, offerTexts: readonly string[] = [], judge?: (line: string) => boolean): LeakCheck {
  const listed = leakedOfferTexts(text, offerTexts);
  const phrases = leakPhraseLines(text);
  const lines = offerLines(text, judge);
  return { listed, phrases, lines, leaked: listed.length > 0 || phrases.length > 0 };
}

export const noLeak = (): LeakCheck & { chars: number } => ({ listed: [], phrases: [], lines: [], leaked: false, chars: 0 });
