/**
 * Text normalization shared by every matcher: tables are written in this form.
 * NFKC folds full-width digits/letters (１，０００円 → 1,000円) and compatibility forms;
 * curly quotes become straight ones ("you’ve" → "you've"); zero-width characters and Arabic
 * short-vowel marks are dropped (they are optional in real text); whitespace collapses to one
 * space; French typography's space before ? ! : ; is removed ("abonné ?" → "abonné?"); digits of
 * other scripts become ASCII digits.
 */
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const INVISIBLE = /[\u00ad\u064b-\u065f\u0670\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /\s+/g;
const SPACE_BEFORE_PUNCT = / (?=[?!:;])/g;
/** Arabic-Indic, Persian and Devanagari digits → ASCII, so prices in any script share one number pattern. */
const OTHER_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]/g;
const asciiDigit = (d: string) => {
  const c = d.charCodeAt(0);
  return String(c >= 0x966 ? c - 0x966 : c & 0xf);
};

export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(INVISIBLE, '')
    .replace(SPACES, ' ')
    .replace(SPACE_BEFORE_PUNCT, '')
    .replace(OTHER_DIGITS, asciiDigit)
    .trim();
}

function isCjk(c: number): boolean {
  return (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Size of a text in "Latin character units": a CJK character carries about as much as three
 * Latin letters, so it counts 3. Used by the density logic so that a Japanese article is as
 * "long" as its English translation.
 */
export function textUnits(text: string): number {
  let units = 0;
  for (let i = 0; i < text.length; i++) units += isCjk(text.charCodeAt(i)) ? 3 : 1;
  return units;
}

/** Words in a normalized text: spaces + 1, and a CJK run counts one word per two characters. */
export function wordCount(text: string): number {
  if (!text) return 0;
  let spaces = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) spaces++;
    else if (isCjk(c)) cjk++;
  }
  return spaces + 1 + (cjk >> 1);
}
