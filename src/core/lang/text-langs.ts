/**
 * The language of a piece of text itself, not of the page: offer clutter is often written in
 * another language than the page declares (mislabelled templates, syndicated text, offers
 * localised by the reader's location). The detector asks here with a candidate's own text
 * (and with the lines it scans); a language whose table is not active yet is asked for once
 * (the content script loads its pack, src/content/lang-packs.ts) and the candidate is judged
 * again when it arrives.
 *
 * - "script": a text with at least MIN_SCRIPT_CHARS characters of a script in SCRIPT_LANGS
 *   (Devanagari, kana, Han, Cyrillic, Arabic) is in that script's language(s); a Han currency
 *   sign after a number ("9800円 pro Tag" in a German offer) is not a character of the text's;
 * - "cue words": a Latin-script text is in a language when at least MIN_HITS of its words, and
 *   MIN_SHARE of them, are that language's cue words (tables/cue-words.ts), at least MIN_HITS of
 *   them different words (a menu line "Jogos de Corridas de Carros" says "de" twice, which is
 *   no language), and more of them than English cue words;
 * - "cue letters": when the words cannot tell, a Latin-script text holding MIN_HITS letters that
 *   only one shipped language writes ("ł", "ß", "ñ") is in that language.
 */
import { activeLangs } from './compile';
import { isPackLang, type PackLang } from './packs';
import { SCRIPT_LANGS } from './page-langs';
import { CUE_LETTERS, CUE_WORDS } from './tables/cue-words';

/** Characters of one script that name the text's language (a stray symbol does not). */
export const MIN_SCRIPT_CHARS = 3;
/** Cue words a text needs in one language. */
export const MIN_HITS = 2;
/** Share of the text's words that must be that language's cue words. */
export const MIN_SHARE = 0.15;
/** Words read from one text (offer clutter is short; a long text is judged by its start). */
const MAX_WORDS = 200;
/**
 * Characters read from one text: its start, long enough for MAX_WORDS words in any shipped
 * language. Without this cap a container's whole text (a candidate can be a wrapper of the whole
 * article) was scanned, lower-cased and split into words to read 200 of them: on a page growing
 * like a live blog that was about half of the detector's first pass.
 */
export const MAX_CHARS = 4_000;
/** Packs asked for by text, per page, besides those the page's own declarations chose. */
export const MAX_TEXT_PACKS = 4;
/**
 * Of those, packs the page's scanned lines may ask for. Any short line of the page asks (a menu,
 * a footer, a caption in a third language): left to them, the page's own lines could use up
 * every pack before the clutter's text, which a judged candidate asks with, gets one.
 */
export const MAX_SCAN_PACKS = 2;

const cueLangs = new Map<string, string[]>();
for (const [lang, words] of Object.entries(CUE_WORDS)) for (const w of words) if (!cueLangs.get(w)?.includes(lang)) cueLangs.set(w, [...(cueLangs.get(w) ?? []), lang]);

const scriptCounters = SCRIPT_LANGS.map(([re, langs]) => [new RegExp(re.source, 'g'), langs] as const);
/** Any character of those scripts: one test before counting each. */
const ANY_SCRIPT = new RegExp(SCRIPT_LANGS.map(([re]) => re.source).join('|'));
/** A price written with a Han currency sign (980円, 30元): it names a currency, not the text's language. */
const HAN_PRICE = /(\d\s?)[円元圓圆]/g;
const WORD = /\p{L}+/gu;
const LATIN_LETTER = /[a-zà-ÿ]/i;

/** The languages `text` is written in, most certain first (empty when it cannot tell). */
export function textLangs(whole: string): string[] {
  const text = whole.length > MAX_CHARS ? whole.slice(0, MAX_CHARS) : whole;
  const letters = text.replace(HAN_PRICE, '$1');
  if (ANY_SCRIPT.test(letters))
    for (const [re, langs] of scriptCounters) {
      re.lastIndex = 0;
      let n = 0;
      while (n < MIN_SCRIPT_CHARS && re.exec(letters)) n++;
      if (n >= MIN_SCRIPT_CHARS) return langs;
    }
  if (!LATIN_LETTER.test(text)) return [];
  const words = text.toLowerCase().match(WORD)?.slice(0, MAX_WORDS) ?? [];
  if (words.length < MIN_HITS) return [];
  const hits = new Map<string, number>();
  const distinct = new Map<string, Set<string>>();
  for (const w of words)
    for (const lang of cueLangs.get(w) ?? []) {
      hits.set(lang, (hits.get(lang) ?? 0) + 1);
      const seen = distinct.get(lang) ?? new Set<string>();
      distinct.set(lang, seen.add(w));
    }
  const en = hits.get('en') ?? 0;
  const langs = [...hits]
    .filter(([lang, n]) => lang !== 'en' && n >= MIN_HITS && (distinct.get(lang)?.size ?? 0) >= MIN_HITS && n >= words.length * MIN_SHARE && n > en)
    .sort((a, b) => b[1] - a[1])
    .map(([lang]) => lang);
  return langs.length ? langs : letterLangs(text.toLowerCase());
}

/** The language whose cue letters (tables/cue-words.ts) lower-cased `lower` holds at least MIN_HITS of, if one. */
function letterLangs(lower: string): string[] {
  for (const [lang, letters] of Object.entries(CUE_LETTERS)) {
    let n = 0;
    for (const ch of lower) if (letters.includes(ch) && ++n >= MIN_HITS) return [lang];
  }
  return [];
}

/** Loads one pack; settles when it ran or failed. Set by the content script. */
export type PackAsker = (lang: PackLang) => Promise<unknown>;

let asker: PackAsker | undefined;
let onSettled: ((lang: PackLang) => void) | undefined;
/** Packs asked for by text on this page: true while the answer is awaited. */
const asked = new Map<PackLang, boolean>();

/**
 * Lets text ask for packs: `ask` loads one, `settled` runs after each answer (loaded or not),
 * so the caller can judge the page again.
 */
export function setPackAsker(ask: PackAsker, settled: (lang: PackLang) => void): void {
  asker = ask;
  onSettled = settled;
}

/**
 * The languages of `text` whose table is not active, when a pack asker is set. Asks for each
 * such pack once (at most MAX_TEXT_PACKS per page, MAX_SCAN_PACKS of them for a `scanned` line
 * of the page rather than a judged candidate's text; after that nothing is read).
 */
export function missingLangs(text: string, scanned = false): PackLang[] {
  const most = scanned ? MAX_SCAN_PACKS : MAX_TEXT_PACKS;
  // Nothing can be loaded (no asker, or this page asked for all it may): nothing to tell.
  if (!asker || asked.size >= most) return [];
  const langs = textLangs(text);
  if (!langs.length) return [];
  const active = activeLangs();
  const missing = langs.filter((l): l is PackLang => isPackLang(l) && !active.includes(l));
  for (const lang of missing) {
    if (asked.has(lang) || asked.size >= most) continue;
    asked.set(lang, true);
    const done = () => {
      asked.set(lang, false);
      onSettled?.(lang);
    };
    asker(lang).then(done, done);
  }
  return missing;
}

/**
 * True when some of `langs` was asked for and its answer is still awaited: a verdict on text in
 * that language should wait for its table (the detector judges again when it has arrived).
 */
export function langPending(langs: readonly string[]): boolean {
  return langs.some((l) => asked.get(l as PackLang) === true);
}

/** For tests: forget what was asked (a new page). */
export function resetTextLangs(): void {
  asked.clear();
  asker = onSettled = undefined;
}
