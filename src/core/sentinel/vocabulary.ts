/**
 * The sentinel's money words, derived from the project's language tables
 * (src/core/lang/tables) rather than written a second time: whatever the
 * tables learn (new currencies, per-words, periods, on any branch) the
 * sentinel wakes for. Derived in node at build time (scripts/build/
 * classic-scripts.ts writes `VOCABULARY` as plain data into content.js, so the
 * always-on script carries word lists, not the tables); in tests it is derived
 * here.
 *
 * A price with a period (`$4.99/month`, `9,99 € pro Monat`, `0,99 € für den
 * ersten Monat`, `₹300/माह`, `月額980円`) is found in two steps (gate.ts): a
 * small regex finds a currency next to a number (`price`: tables/common.ts and
 * each table's `currencyAfter`); then the few words after it are looked up:
 * per-words (`between`: the words of each table's `perSep`) may come first,
 * then a period word (`periods`: each table's `period`); or a period prefix
 * stands right before it (`prefixes`: `periodPrefix`). One big alternation of
 * every period word in every script cost a page tens of milliseconds to
 * compile and run; word lists in sets cost next to nothing.
 * Everything is folded (NFKC, lower case) as the page text is lower-cased.
 */
import { CURRENCY_AFTER, CURRENCY_BEFORE } from '../lang/tables/common.ts';
import { LANGS } from '../lang/tables/index.ts';
import type { LangTable } from '../lang/tables/types.ts';

/** Word lists are written `a|b|c` (one string: shorter in the always-on script than an array). */
export interface Vocabulary {
  /** Regex source: a currency next to a number ("$4.99", "9,99 €", "980円"). */
  price: string;
  /** Words that may stand between a price and its period ("per", "a", "pro", "für", "den", "ersten"). */
  between: string;
  /** Period words ("month", "monat", "माह", "月"). */
  periods: string;
  /** Words right before a price that make it periodic ("月額", "mtl."). */
  prefixes: string;
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const byLength = (a: string, b: string) => b.length - a.length;
const alt = (words: Iterable<string>) => `(?:${[...new Set(words)].sort(byLength).map(literal).join('|')})`;
const list = (words: Iterable<string>) => [...new Set(words)].filter((w) => !w.includes('|')).sort().join('|');

/** The literal words of table patterns ("für( den ersten)?( #)?" → für, den, ersten). */
function wordsOf(patterns: readonly string[]): string[] {
  return patterns.flatMap((p) =>
    fold(p)
      .replace(/\\\|/g, ' ')
      .replace(/[()?|#[\]\\]/g, ' ')
      .split(' ')
      .filter((w) => /[\p{L}\p{N}]/u.test(w)),
  );
}

export function deriveVocabulary(tables: readonly LangTable[] = LANGS): Vocabulary {
  const all = (key: 'period' | 'perSep' | 'periodPrefix' | 'currencyAfter') => tables.flatMap((t) => t[key] ?? []);
  const number = String.raw`\d[\d.,']*`;
  const before = alt(CURRENCY_BEFORE.map(fold));
  const after = alt([...CURRENCY_AFTER, ...all('currencyAfter')].map(fold));
  return {
    price: `${before} ?${number}|${number} ?${after}`,
    between: list(wordsOf(all('perSep'))),
    periods: list(all('period').map(fold)),
    prefixes: list(all('periodPrefix').flatMap((p) => wordsOf([p]))),
  };
}

/** The vocabulary; replaced by its derived value (plain data) when content.js is built. */
export const VOCABULARY: Vocabulary = deriveVocabulary();
