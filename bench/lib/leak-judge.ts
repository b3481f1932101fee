/**
 * The benchmark's independent leak judge: which lines of a reader text carry a phrase of
 * the fixed bench list (leak-phrases.ts). Its normalization is its own as well (NFKC, lower
 * case, invisible characters dropped, quotes straightened, whitespace collapsed), so nothing
 * the reader prunes with decides what counts as a leak.
 *
 * A phrase matches as whole words: the characters around it may not be letters or digits
 * (for scripts written without spaces, ja and zh, any occurrence counts). Lines longer than
 * MAX_LINE_CHARS are article paragraphs, not offer lines, and are not judged.
 */
import { LEAK_PHRASES } from './leak-phrases';

export const MAX_LINE_CHARS = 240;

/** Scripts that do not separate words with spaces: a phrase counts wherever it occurs. */
const NO_SPACES = new Set(['ja', 'zh']);

export function foldForLeak(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Rule {
  lang: string;
  re: RegExp;
}

/** One alternation per language (a few regexes to compile, not hundreds). */
function compile(lang: string, phrases: readonly string[]): Rule {
  const alternatives = phrases.map((phrase) => {
    const stem = phrase.endsWith('*');
    return escapeRe(foldForLeak(stem ? phrase.slice(0, -1) : phrase)).replace(/ /g, '\\s+') + (stem ? '\\p{L}*' : '');
  });
  const body = `(?:${alternatives.join('|')})`;
  const source = NO_SPACES.has(lang) ? body : `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
  return { lang, re: new RegExp(source, 'u') };
}

const RULES: Rule[] = Object.entries(LEAK_PHRASES).map(([lang, phrases]) => compile(lang, phrases));

export interface PhraseHit {
  line: string;
  lang: string;
  phrase: string;
}

/** The lines of `text` (each reported once, with the first phrase that fired). */
export function leakPhraseHits(text: string): PhraseHit[] {
  const hits: PhraseHit[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.length > MAX_LINE_CHARS) continue;
    const folded = foldForLeak(line);
    for (const rule of RULES) {
      const m = rule.re.exec(folded);
      if (!m) continue;
      hits.push({ line, lang: rule.lang, phrase: m[0] });
      break;
    }
  }
  return hits;
}

/** Just the lines. */
export function leakPhraseLines(text: string): string[] {
  return leakPhraseHits(text).map((h) => h.line);
}
