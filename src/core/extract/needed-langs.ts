/**
 * Which language tables one extraction needs.
 *
 * extract.js starts with the English table only (built like content.js, see
 * scripts/build/classic-scripts.ts) and adds the tables the page needs before pruning:
 * compiling every language on every first extraction cost more than all the other pruning
 * work together, while a page is written in one or two languages.
 *
 * A page needs (each a named heuristic):
 * - "declared": the languages it declares (`<html lang>`, content-language, og:locale, and
 *   what Readability read);
 * - "script": the language of the non-Latin script its title, first heading or article text
 *   is written in (Devanagari → hi, kana → ja, Han → zh and ja, Cyrillic → ru, Arabic → ar);
 * - "function words": for Latin-script text, the languages whose most common short words make
 *   up a fair share of the article's first words. Pages often declare no language, or "en"
 *   for a template in another language; function words tell the language of the text itself.
 * English is always there (the fallback of undeclared pages, and offer panels in English are
 * common on sites in other languages).
 */
import { activeLangs, addLangTable } from '../lang/index';
import { declaredLangs, headingSample, primaryTags, scriptLangs } from '../lang/page-langs';
import { LANGS } from '../lang/tables/index';

/** At most this many tables besides English: each one costs compile time. */
export const MAX_EXTRA_LANGS = 3;

/**
 * Frequent short words of each Latin-script table language that English text practically
 * never uses. Left out: words English has ("die", "is", "per", "till", "non", "van"), pieces
 * of English words split at an apostrophe or hyphen ("ve" of "I've", "e" of "e-mail") and
 * names or abbreviations common in English news ("los", "las", "mit", "dem", "com", "os").
 */
export const FUNCTION_WORDS: Record<string, string[]> = {
  de: ['und', 'der', 'das', 'nicht', 'sich', 'auf', 'für', 'ist', 'den', 'eine', 'ein', 'wird', 'auch', 'sie', 'zu', 'von'],
  fr: ['les', 'des', 'est', 'une', 'pour', 'dans', 'qui', 'pas', 'sur', 'avec', 'être', 'mais', 'cette', 'sont', 'aux', 'du', 'le', 'la', 'et'],
  es: ['el', 'del', 'que', 'por', 'con', 'una', 'para', 'pero', 'como', 'más', 'está', 'sus', 'es', 'la', 'se'],
  it: ['il', 'gli', 'che', 'di', 'una', 'sono', 'della', 'del', 'con', 'anche', 'questo', 'più', 'è', 'la', 'le'],
  pt: ['não', 'uma', 'para', 'em', 'dos', 'das', 'mais', 'como', 'ao', 'ser', 'está', 'foi', 'é', 'que', 'da', 'do'],
  nl: ['het', 'een', 'niet', 'voor', 'zijn', 'dat', 'met', 'ook', 'maar', 'wordt', 'bij', 'naar', 'deze', 'en', 'de'],
  pl: ['się', 'nie', 'że', 'jest', 'na', 'jak', 'ale', 'oraz', 'przez', 'dla', 'jego', 'już', 'tylko', 'czy', 'od'],
  sv: ['och', 'att', 'det', 'är', 'som', 'på', 'för', 'med', 'av', 'inte', 'har', 'den', 'ett', 'om'],
  tr: ['bir', 'bu', 'için', 'ile', 'olarak', 'çok', 'daha', 'gibi', 'ama', 'kadar', 'olan', 'değil', 'da', 'de'],
};

/** Words read from the article for the function-word count. */
const SAMPLE_WORDS = 400;
/** A language whose function words are at least this share of the sampled words is needed. */
const FUNCTION_WORD_SHARE = 0.06;
/** Fewer sampled words than this say nothing reliable. */
const MIN_SAMPLE_WORDS = 20;

const wordLangs = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) wordLangs.set(w, [...(wordLangs.get(w) ?? []), lang]);
}

/** Latin-script languages whose function words make up FUNCTION_WORD_SHARE of the text's first words, most first. */
export function functionWordLangs(text: string): string[] {
  const words = text.toLowerCase().match(/[a-zà-ÿąćęłńóśźżğıişçöü]+/g)?.slice(0, SAMPLE_WORDS) ?? [];
  if (words.length < MIN_SAMPLE_WORDS) return [];
  const hits = new Map<string, number>();
  for (const w of words) for (const lang of wordLangs.get(w) ?? []) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  return [...hits]
    .filter(([, n]) => n / words.length >= FUNCTION_WORD_SHARE)
    .sort((a, b) => b[1] - a[1])
    .map(([lang]) => lang);
}

/**
 * The table languages (besides English) one extraction needs, most certain first, at most
 * MAX_EXTRA_LANGS. `articleText` is the article's text (a prefix is enough).
 */
export function neededLangs(doc: Document, articleText: string, readLang?: string): string[] {
  const sample = articleText.slice(0, 4000);
  const known = new Set(LANGS.map((t) => t.lang));
  const out: string[] = [];
  for (const lang of [...declaredLangs(doc), ...primaryTags(readLang), ...scriptLangs(headingSample(doc)), ...scriptLangs(sample), ...functionWordLangs(sample)]) {
    if (lang !== 'en' && known.has(lang) && !out.includes(lang)) out.push(lang);
  }
  return out.slice(0, MAX_EXTRA_LANGS);
}

/** Adds the tables of `langs` this bundle's matchers do not have yet (no-op where every table starts active). */
export function ensureLangs(langs: string[]): void {
  const active = new Set(activeLangs());
  for (const lang of langs) {
    if (active.has(lang)) continue;
    const table = LANGS.find((t) => t.lang === lang);
    if (table) addLangTable(table);
  }
}
