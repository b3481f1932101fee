/**
 * The sentinel's words, derived from the project's language tables
 * (src/core/lang/tables) rather than written a second time: whatever the
 * tables learn (new languages, new words, on any branch) the sentinel wakes
 * for. Derived in node at build time (scripts/build/classic-scripts.ts writes
 * `VOCABULARY` as plain data into content.js, so the always-on script carries
 * one regex source, not the tables); in tests it is derived here.
 *
 *  - `pricePeriod`: a currency next to a number, then a per-word and a
 *    period word (`$4.99/month`, `9,99 € pro Monat`, `₹300/माह`, `月額980円`):
 *    the currencies (tables/common.ts and each table's `currencyAfter`), the
 *    per-words (`perSep`, `periodPrefix`) and the periods (`period`) of all
 *    tables. Rare outside offers: evidence anywhere.
 * The text is lower-cased before matching (no `i` flag: a case-insensitive
 * alternation of non-ASCII words is slow in V8); the sources are folded the
 * same way.
 */
import { CURRENCY_AFTER, CURRENCY_BEFORE, SHARED_PER_SEP } from '../lang/tables/common.ts';
import { LANGS } from '../lang/tables/index.ts';
import type { LangTable } from '../lang/tables/types.ts';

export interface Vocabulary {
  /** Regex source: a price with a period, in any table's words. */
  pricePeriod: string;
}

/** Letters of the spaced scripts the tables use (as compile.ts's word class): a word boundary is "no such letter". */
export const LETTER = String.raw`[a-z0-9\u00c0-\u036f\u0370-\u052f\u05d0-\u05ea\u0600-\u06ff\u0900-\u097f\uac00-\ud7af]`;
/** Scripts written without spaces: no boundary around their words. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const fold = (s: string) => s.normalize('NFKC').toLowerCase();
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** A table pattern (lower-case, `(a|b)`, `x?`, `[abc]`, `#` a number) → regex source without capturing groups. */
const pattern = (p: string) => fold(p).replace(/\((?!\?)/g, '(?:').replace(/#/g, String.raw`\d+`);
const byLength = (a: string, b: string) => b.length - a.length;
const alt = (sources: Iterable<string>) => `(?:${[...new Set(sources)].sort(byLength).join('|')})`;

/** Words as one alternation: spaced-script words followed by no letter, CJK words free. */
function words(list: readonly string[], toSource: (w: string) => string): string {
  const spaced = list.filter((w) => !UNSPACED.test(w));
  const unspaced = list.filter((w) => UNSPACED.test(w));
  const parts = [`${alt(spaced.map(toSource))}(?!${LETTER})`];
  if (unspaced.length) parts.push(alt(unspaced.map(toSource)));
  return parts.join('|');
}

export function deriveVocabulary(tables: readonly LangTable[] = LANGS): Vocabulary {
  const all = (key: 'period' | 'perSep' | 'periodPrefix' | 'currencyAfter') => tables.flatMap((t) => t[key] ?? []);

  const number = String.raw`\d[\d.,']*`;
  const before = alt(CURRENCY_BEFORE.map((c) => literal(fold(c))));
  const after = alt([...CURRENCY_AFTER, ...all('currencyAfter')].map((c) => literal(fold(c))));
  const price = `(?:${before} ?${number}|${number} ?${after})`;
  const sep = alt([...SHARED_PER_SEP, ...all('perSep').map(pattern)]);
  // The period follows a separator or a space: a boundary after it only.
  const period = `(?:${words(all('period'), (p) => literal(fold(p)))})`;
  const prefix = all('periodPrefix');
  const pricePeriod = `${price} ?${sep} ?${period}${prefix.length ? `|${alt(prefix.map(pattern))} ?${price}` : ''}`;
  return { pricePeriod };
}

/** The vocabulary; replaced by its derived value (plain data) when content.js is built. */
export const VOCABULARY: Vocabulary = deriveVocabulary();
