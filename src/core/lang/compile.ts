/**
 * Compiles the data tables into small sticky regexes, once, at module load.
 * Each table group (e.g. the "meter" phrases of German) is one capturing group, so the index of
 * the group that matched names the reason (`meter:de`). Built without the `u` flag and with a
 * compact word-character class: Unicode property classes repeated in hundreds of phrases made
 * the regexes many times slower.
 */
import { CURRENCY_AFTER, CURRENCY_BEFORE, SHARED_PER_SEP } from './tables/common';
import { LANGS } from './tables/index';
import { PHRASE_CATEGORIES } from './tables/types';

/** Decimal digits: ASCII, Arabic-Indic, Persian, Devanagari. */
const D = '[0-9\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f]';
/** A number: 300, 2,700, 9,99, 1 000, 15.49, or an unrendered template slot ({{free_limit}}, {n}, %d). */
const NUM = `(?:${D}+(?:[.,' ]${D}{3})*(?:[.,]${D}{1,2})?|\\{\\{ ?[\\w.-]+ ?\\}\\}|\\{[\\w.-]+\\}|%[ds])`;
/** Letters, marks and digits of the spaced scripts the tables use (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, Hangul). */
const W =
  '[0-9a-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u0590-\\u05ff\\u0610-\\u061a\\u0620-\\u06ff\\u0900-\\u0963\\u0966-\\u097f\\u0e00-\\u0e7f\\u1e00-\\u1fff\\uac00-\\ud7af]';
const NOT_BEFORE_WORD = `(?!${W})`;
/** Scripts written without spaces: no word boundary after their phrases. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORDISH = /[\p{L}\p{N}#]/u;
const EDGE_CLOSE = /[\p{L}\p{M}\p{N}#)?]$/u;

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A compiled pattern and whether it needs a word boundary after it. */
interface Src {
  src: string;
  bounded: boolean;
}

/** Ends with a letter/digit of a spaced script → must not be followed by another letter. */
function needsEndBoundary(text: string): boolean {
  if (!EDGE_CLOSE.test(text)) return false;
  const last = [...text].reverse().find((c) => WORDISH.test(c));
  return !!last && !UNSPACED.test(last);
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * One table phrase → regex source: `(` becomes non-capturing, `#` a number slot. The start
 * boundary is not needed: the scanner only tries phrases at word starts.
 */
export function phraseSource(entry: string): Src {
  const src = fold(entry);
  return { src: src.replace(/\((?!\?)/g, '(?:').replace(/#/g, NUM), bounded: needsEndBoundary(src) };
}

/** A literal word (currency, period) → escaped regex source. */
function literalSource(word: string): Src {
  const src = fold(word);
  return { src: escapeRegex(src), bounded: /[\p{L}\p{N}]$/u.test(src) && needsEndBoundary(src) };
}

const byLengthDesc = (a: string, b: string) => b.length - a.length;
const join = (sources: string[]) => [...new Set(sources)].sort(byLengthDesc).join('|');

/** Alternation, longest first, with one shared end boundary for the bounded part; empty never matches. */
function alt(items: Src[]): string {
  const bounded = items.filter((x) => x.bounded).map((x) => x.src);
  const free = items.filter((x) => !x.bounded).map((x) => x.src);
  const parts: string[] = [];
  if (bounded.length) parts.push(`(?:${join(bounded)})${NOT_BEFORE_WORD}`);
  if (free.length) parts.push(join(free));
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

const all = <K extends 'period' | 'perSep' | 'periodPrefix' | 'currencyAfter'>(key: K) =>
  LANGS.flatMap((t) => t[key] ?? []);

// Money patterns, built from every language's tables at once: prices are language-neutral.
const CUR_BEFORE = alt(CURRENCY_BEFORE.map(literalSource));
const CUR_AFTER = alt([...CURRENCY_AFTER, ...all('currencyAfter')].map(literalSource));
/** "$5", "₹2,700", "rs. 300", "9,99 €", "1.000円". */
const PRICE = `(?:${CUR_BEFORE} ?${NUM}|${NUM} ?${CUR_AFTER})`;
const PERIOD = alt(all('period').map(literalSource));
const PER_SEP = alt([...SHARED_PER_SEP.map((src) => ({ src, bounded: false })), ...all('perSep').map(phraseSource)]);
const PERIOD_PREFIX = alt(all('periodPrefix').map(phraseSource));
/** "₹300/Month", "3 € / Monat", "$1 a week", "₹900 for 3 months", "0,99 € im ersten Monat", "月額1,000円". */
const PRICE_PERIOD = `(?:${PRICE} ?(?:${PER_SEP} ?(?:${NUM} ?)?|${NUM} ?)${PERIOD}|${PERIOD_PREFIX} ?${PRICE})`;
/** "3 Months", "1 Year": a plan duration. */
const DURATION = `${NUM} ?${PERIOD}`;

export interface GroupInfo {
  /** Category key, used to look the weight up. */
  cat: string;
  /** Reason reported when this group matches, e.g. `meter:de` or `price-period`. */
  reason: string;
}

/**
 * A compiled table. Instead of one huge alternation tried at every character (slow: ~300 µs/KB),
 * phrases are split into buckets by their possible first character; the scanner visits word
 * starts only and runs the small sticky regex of the bucket of that character (~20x faster).
 */
export interface Matcher {
  groups: GroupInfo[];
  buckets: Map<number, Bucket>;
}
interface Bucket {
  re: RegExp;
  /** Capturing group i of `re` belongs to matcher group groupOf[i]. */
  groupOf: number[];
}

/** Bucket key of all digits (a number slot may start with any decimal digit). */
const DIGIT = -1;
const DIGIT_STARTS = ['#', '{', '%'];

/**
 * Possible first characters of a table pattern (before macro expansion), or null when any
 * character may start it. Understands the small syntax tables use: literals, \x escapes,
 * [..] classes, (..|..) groups, and the ? * + {m,n} quantifiers.
 */
export function firstChars(src: string): Set<string> | null {
  const out = new Set<string>();
  let i = 0;
  while (i < src.length) {
    let first: Set<string> | null;
    let nullable = false;
    const c = src[i];
    if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        if (src[j] === '\\') j++;
        else if (src[j] === '(') depth++;
        else if (src[j] === ')' && --depth === 0) break;
      }
      let body = src.slice(i + 1, j);
      if (/^\?<?[!=]/.test(body)) {
        i = j + 1; // lookaround: zero-width
        continue;
      }
      body = body.replace(/^\?:/, '');
      first = new Set();
      for (const part of splitTopLevel(body)) {
        const f = part ? firstChars(part) : new Set<string>();
        if (f === null) first = null;
        else if (first) for (const x of f) first.add(x);
        if (!part || f?.has('')) nullable = true;
      }
      i = j + 1;
    } else if (c === '[') {
      const j = src.indexOf(']', i + 2);
      const body = src.slice(i + 1, j);
      first = body.startsWith('^') || body.includes('\\') || /.-./.test(body) ? null : new Set(body);
      i = j + 1;
    } else if (c === '\\') {
      first = /[pPdDwWsSbB]/.test(src[i + 1]) ? null : new Set([src[i + 1]]);
      i += 2;
    } else if (c === '.') {
      first = null;
      i++;
    } else {
      first = new Set(c === '#' ? DIGIT_STARTS : [c]);
      i += c.length;
    }
    const q = src.slice(i).match(/^(\?|\*|\+|\{(\d+)(,\d*)?\})/);
    if (q) {
      i += q[0].length;
      if (q[1] === '?' || q[1] === '*' || q[2] === '0') nullable = true;
    }
    if (first === null) return null;
    for (const x of first) if (x) out.add(x);
    if (first.has('')) nullable = true;
    if (!nullable) return out;
  }
  out.add(''); // the whole pattern can be empty
  return out;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let j = 0; j < body.length; j++) {
    const ch = body[j];
    if (ch === '\\') j++;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '|' && depth === 0) {
      parts.push(body.slice(from, j));
      from = j + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

/** A pattern of one group plus the characters it may start with (null = any). */
interface Piece {
  group: number;
  source: Src;
  starts: Set<string> | null;
}

function keyOf(ch: string): number {
  return ch === '#' ? DIGIT : ch.codePointAt(0) ?? 0;
}

function buildMatcher(groups: GroupInfo[], pieces: Piece[]): Matcher {
  // Pieces that can start with anything go into every bucket.
  const keys = new Set<number>();
  for (const p of pieces) if (p.starts) for (const ch of p.starts) keys.add(keyOf(ch));
  const buckets = new Map<number, Bucket>();
  for (const key of keys) {
    const byGroup = new Map<number, Src[]>();
    for (const p of pieces) {
      if (p.starts && ![...p.starts].some((ch) => keyOf(ch) === key)) continue;
      const list = byGroup.get(p.group) ?? [];
      list.push(p.source);
      byGroup.set(p.group, list);
    }
    const order = [...byGroup.keys()].sort((a, b) => a - b);
    buckets.set(key, {
      re: new RegExp(order.map((g) => `(${alt(byGroup.get(g) ?? [])})`).join('|'), 'y'),
      groupOf: order,
    });
  }
  return { groups, buckets };
}

/** Table phrase groups → pieces (one per phrase, each knowing its first characters). */
function phrasePieces(groups: GroupInfo[], cat: string, pick: (t: (typeof LANGS)[number]) => string[] | undefined): Piece[] {
  const pieces: Piece[] = [];
  for (const t of LANGS) {
    const list = pick(t);
    if (!list?.length) continue;
    const group = groups.push({ cat, reason: `${cat}:${t.lang}` }) - 1;
    for (const entry of list) {
      const src = entry.normalize('NFKC').toLowerCase();
      pieces.push({ group, source: phraseSource(entry), starts: firstChars(src) });
    }
  }
  return pieces;
}

const firstOfWords = (words: string[]) => new Set(words.map((w) => fold(w)[0]));
const PRICE_STARTS = new Set([...firstOfWords(CURRENCY_BEFORE), ...DIGIT_STARTS]);

function buildOffer(): Matcher {
  const groups: GroupInfo[] = [];
  const pieces: Piece[] = [];
  for (const cat of PHRASE_CATEGORIES) {
    if (cat === 'cta') {
      // Money goes after plan phrases and before the CTA/benefit/weak vocabulary.
      const prefixStarts = new Set<string>();
      for (const p of all('periodPrefix')) for (const ch of firstChars(fold(p)) ?? []) prefixStarts.add(ch);
      pieces.push({
        group: groups.push({ cat: 'pricePeriod', reason: 'price-period' }) - 1,
        source: { src: PRICE_PERIOD, bounded: false },
        starts: new Set([...PRICE_STARTS, ...prefixStarts]),
      });
    }
    if (cat === 'weak') {
      pieces.push({ group: groups.push({ cat: 'price', reason: 'price' }) - 1, source: { src: PRICE, bounded: false }, starts: PRICE_STARTS });
      pieces.push({ group: groups.push({ cat: 'duration', reason: 'duration' }) - 1, source: { src: DURATION, bounded: false }, starts: new Set(DIGIT_STARTS) });
    }
    pieces.push(...phrasePieces(groups, cat, (t) => t[cat]));
  }
  return buildMatcher(groups, pieces);
}

/** Offer matcher. Group order is priority order at one text position (see PHRASE_CATEGORIES). */
export const OFFER: Matcher = buildOffer();

function buildConsent(): Matcher {
  const groups: GroupInfo[] = [];
  return buildMatcher(groups, phrasePieces(groups, 'consent', (t) => t.consent));
}
/** Consent matcher: one group per language. */
export const CONSENT: Matcher = buildConsent();

/** Letters, marks and digits (approximate, fast): used to find word starts. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7 || c === 0x60c || c === 0x61b || c === 0x61f || c === 0x964 || c === 0x965) return false;
  return !((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff20));
}
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9) || (c >= 0x966 && c <= 0x96f);
}
/** Kana and Han: written without spaces, so every character may start a phrase. */
function isUnspacedCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * Scans normalized text. Calls `hit(group, length)` for each non-overlapping match, leftmost
 * first; at one position the earliest group wins. Tries only word starts, symbols and CJK.
 */
export function scan(m: Matcher, text: string, hit: (group: number, length: number) => void): void {
  let prevWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = isWordCode(c);
    const candidate = !word || !prevWord || isUnspacedCode(c);
    prevWord = word;
    if (!candidate) continue;
    const bucket = m.buckets.get(isDigitCode(c) ? DIGIT : c >= 0xd800 && c <= 0xdbff ? (text.codePointAt(i) ?? c) : c);
    if (!bucket) continue;
    bucket.re.lastIndex = i;
    const r = bucket.re.exec(text);
    if (!r?.[0].length) continue;
    for (let g = 1; g < r.length; g++) {
      if (r[g] !== undefined) {
        hit(bucket.groupOf[g - 1], r[0].length);
        break;
      }
    }
    i += r[0].length - 1;
    prevWord = isWordCode(text.charCodeAt(i));
  }
}
