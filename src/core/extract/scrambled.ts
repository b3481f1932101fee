/**
 * Scrambled-text heuristic: some publishers replace the paid part of an article with random
 * letters (kept in word-sized groups so the page layout looks right) or shuffle the letters of
 * each word. A person sees gibberish; the reader must leave it out and not show it as text.
 *
 * Dictionary-free and cheap. It only judges Latin-script text: other scripts are never dropped
 * by it (their letter statistics are different and we have no basis to judge them).
 *
 * Signals, measured over lowercase Latin words of 3+ letters (ALL-CAPS words are skipped:
 * acronyms like "NPR" have no vowels and are fine):
 * - vowelRatio: share of vowels (a e i o u y and accented forms) among letters. Natural
 *   European languages written in Latin script sit around 0.35 to 0.48; letters drawn at
 *   random from a-z give about 0.23.
 * - noVowelWords: share of words without any vowel. Close to 0 in real text (Czech "prst",
 *   "vlk" stay a few percent); about 0.3 to 0.45 for random letters.
 * - rareBigrams: share of letter pairs that are (almost) never seen inside words of the major
 *   Latin-script languages (table below). Shuffled-letter words produce them often.
 */

/** Vowels of Latin-script languages, with common accented forms. */
const VOWELS = new Set('aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿāăąēĕėęěīĭįıōŏőœūŭůűųœ'.split(''));

/**
 * Letter pairs that real words in English, German, French, Spanish, Italian, Portuguese, Dutch
 * and the Nordic languages practically never contain (checked against common word lists:
 * each is absent or limited to rare loanwords). Random or shuffled letters hit them often.
 */
const RARE_BIGRAMS = new Set(
  (
    'bq bx cx cv dx fq fx fv fz gq gx hx hz jb jc jd jf jg jh jk jl jm jn jp jq jr js jt jv jw jx jy jz ' +
    'kq kx kz mq mx mz pq px pz qb qc qd qe qf qg qh qi qj qk ql qm qn qo qp qq qr qs qt qv qw qx qy qz ' +
    'sx vb vf vh vj vk vm vp vq vw vx wq wx wz xj xk xq xz yq yy zq zx'
  ).split(' '),
);

/** The same pairs as numbers (first code × 0x10000 + second): no string is cut out per letter pair. */
const RARE_BIGRAM_CODES = new Set([...RARE_BIGRAMS].map((b) => b.charCodeAt(0) * 0x10000 + b.charCodeAt(1)));

/** Tokens with URL, handle or digit-mixed shapes. */
const NOT_PROSE = /\S*(?:[/@#]|\.\w|\d)\S*/g;
const LATIN_WORD = /[a-zà-ɏ]+/gi;
/** Everything but letters, and everything but Latin letters: what is left after removing them is counted. */
const NOT_LETTERS = /\P{L}+/gu;
const NOT_LATIN_LETTERS = /[^a-zà-ɏ]+/gi;

/** Code points of a string (a letter outside the BMP is two UTF-16 units). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) n--;
  }
  return n;
}

export interface ScrambleStats {
  letters: number;
  vowelRatio: number;
  noVowelWords: number;
  rareBigrams: number;
}

/** Minimum Latin letters before we dare judge a text (short labels are never judged). */
export const SCRAMBLE_MIN_LETTERS = 60;

/** False when `text` surely has fewer than SCRAMBLE_MIN_LETTERS Latin letters (a cheap loop, no allocation). */
function hasEnoughLatinLetters(text: string): boolean {
  if (text.length < SCRAMBLE_MIN_LETTERS) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A superset of what NOT_LATIN_LETTERS leaves: A-Z, a-z and U+00C0..U+024F (À..ɏ, case-insensitive).
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) {
      if (++n >= SCRAMBLE_MIN_LETTERS) return true;
    }
  }
  return false;
}

export function scrambleStats(text: string): ScrambleStats | null {
  // Most texts judged are short labels: leave before any regex runs over them.
  if (!hasEnoughLatinLetters(text)) return null;
  const allLetters = codePoints(text.replace(NOT_LETTERS, ''));
  const latinLetters = text.replace(NOT_LATIN_LETTERS, '').length;
  // Latin-script text only: a mostly non-Latin text is never judged.
  if (latinLetters < SCRAMBLE_MIN_LETTERS || latinLetters < allLetters * 0.9) return null;
  let letters = 0;
  let vowels = 0;
  let words = 0;
  let noVowel = 0;
  let pairs = 0;
  let rare = 0;
  // URLs, handles and code-like tokens are not prose: leave them out of the statistics.
  const prose = text.replace(NOT_PROSE, ' ');
  for (const word of prose.match(LATIN_WORD) ?? []) {
    // Acronyms ("NPR"), short words and camelCase ids are not judged.
    if (word.length < 3 || word === word.toUpperCase() || /.\p{Lu}/u.test(word)) continue;
    const w = word.toLowerCase();
    words++;
    let v = 0;
    for (let i = 0; i < w.length; i++) {
      if (VOWELS.has(w[i] as string)) v++;
      if (i > 0) {
        pairs++;
        if (RARE_BIGRAM_CODES.has(w.charCodeAt(i - 1) * 0x10000 + w.charCodeAt(i))) rare++;
      }
    }
    letters += w.length;
    vowels += v;
    if (v === 0) noVowel++;
  }
  if (words < 8 || letters < SCRAMBLE_MIN_LETTERS) return null;
  return {
    letters,
    vowelRatio: vowels / letters,
    noVowelWords: noVowel / words,
    rareBigrams: pairs ? rare / pairs : 0,
  };
}

/** True when a Latin-script text is very unlikely to be real language. */
export function isScrambledText(text: string): boolean {
  const s = scrambleStats(text);
  if (!s) return false;
  // Random letters: few vowels AND many vowel-less words.
  if (s.vowelRatio < 0.27 && s.noVowelWords > 0.15) return true;
  // Shuffled letters keep the vowel share but break letter pairs.
  if (s.rareBigrams > 0.04) return true;
  return s.vowelRatio < 0.2;
}
