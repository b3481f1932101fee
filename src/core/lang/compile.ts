/**
 * Compiles the data tables into small sticky regexes: lazily, on first use, and again (once)
 * after a language pack adds a table (see addLangTable).
 *
 * Why not one big alternation? Tried at every character it cost ~300 µs per KB of text for
 * English alone. Instead each phrase is filed under the first two characters it can start
 * with; the scanner visits word starts only and runs the small sticky regex filed under the
 * two characters found there. Each table group (e.g. German "meter" phrases) is one capturing
 * group, so the group that matched names the reason (`meter:de`). No `u` flag and a compact
 * word-character class: Unicode property classes repeated in hundreds of phrases made the
 * regexes large and slow to compile.
 */
import { CURRENCY_AFTER, CURRENCY_BEFORE, SHARED_PER_SEP } from './tables/common.ts';
import { INITIAL_LANGS } from './tables/initial.ts';
import { type LangTable, PHRASE_CATEGORIES, type PhrasePrefixes } from './tables/types.ts';

/**
 * A number (digits are folded to ASCII by normalizeText): 300, 2,700, 9,99, 1 000, 15.49, 12.-, or an
 * unrendered template slot ({{free_limit}}, {n}, %d). Never ends inside digits, so backtracking
 * cannot split "1,472.19" into a price and a count.
 */
const SLOT = String.raw`(?:\{\{ ?[\w.-]+ ?\}\}|\{[\w.-]+\}|%[ds])`;
const NUM = String.raw`(?:\d+(?:[.,' ]\d{3})*(?:[.,]\d{1,2})?(?![.,]?\d)(?:[.,][-\u2013]{1,2})?|${SLOT})`;
/**
 * The number slot `#` inside phrases: a count ("5 free articles", "3 of 10") or a template slot.
 * Simpler than NUM on purpose: NUM's grouping and lookaheads, repeated in every phrase that
 * starts with a number, made that bucket's regex slow to compile (~16 ms on first real use)
 * and left its gate open. `\d[\d.,]*` is greedy: it cannot end inside digits either.
 */
const COUNT = String.raw`(?:\d[\d.,]*|${SLOT})`;
/** Letters and digits of the spaced scripts the tables use (Latin, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Hangul). */
const W = String.raw`[\w\u00c0-\u024f\u0300-\u036f\u0370-\u052f\u05d0-\u05ea\u0620-\u065f\u066e-\u06d3\u0900-\u0963\u0966-\u097f\uac00-\ud7af]`;
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
  const end = text.charCodeAt(text.length - 1);
  // ASCII ending (most phrases): no Unicode-property regex needed.
  if (end < 0x80) {
    if (!/[a-z0-9#)?]/i.test(text[text.length - 1] as string)) return false;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) break;
      if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 35) return true;
    }
  }
  if (!EDGE_CLOSE.test(text)) return false;
  const last = [...text].reverse().find((c) => WORDISH.test(c));
  return !!last && !UNSPACED.test(last);
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/**
 * One table phrase → regex source: `(` becomes non-capturing, `#` a number slot. No start
 * boundary is needed: the scanner only tries phrases at word starts.
 */
export function phraseSource(entry: string): Src {
  const src = fold(entry);
  return { src: src.replace(/\((?!\?)/g, '(?:').replace(/#/g, COUNT), bounded: needsEndBoundary(src) };
}

/** A literal word (currency, period) → escaped regex source. */
function literalSource(word: string): Src {
  const src = fold(word);
  return { src: escapeRegex(src), bounded: /[\p{L}\p{N}]$/u.test(src) && needsEndBoundary(src) };
}

const byLengthDesc = (a: string, b: string) => b.length - a.length;
const join = (sources: string[]) => [...new Set(sources)].sort(byLengthDesc).join('|');

/** Alternation, longest first, one shared end boundary for the bounded part; empty never matches. */
function alt(items: Src[]): string {
  const bounded = items.filter((x) => x.bounded).map((x) => x.src);
  const free = items.filter((x) => !x.bounded).map((x) => x.src);
  const parts: string[] = [];
  if (bounded.length) parts.push(`(?:${join(bounded)})${NOT_BEFORE_WORD}`);
  if (free.length) parts.push(join(free));
  return parts.length ? `(?:${parts.join('|')})` : '(?!)';
}

/**
 * Period words. Short (≤ 2 letters) and CJK ones only count after a separator ("$5/mo", "1,000円/月"):
 * alone after a price they are too often ordinary words ("$1,472.19 an ounce", "100円日本").
 */
const periodNeedsSep = (w: string) => w.length <= 2 || UNSPACED.test(w);

/** Money patterns, built from every active language's tables at once: prices are language-neutral. */
function moneyPatterns(langs: readonly LangTable[]): { pricePeriod: string; price: string; duration: string } {
  const all = (key: 'period' | 'perSep' | 'periodPrefix' | 'currencyAfter') => langs.flatMap((t) => t[key] ?? []);
  const curBefore = alt(CURRENCY_BEFORE.map(literalSource));
  const curAfter = alt([...CURRENCY_AFTER, ...all('currencyAfter')].map(literalSource));
  /** "$5", "₹2,700", "rs. 300", "9,99 €", "1.000円", or a template slot that holds the whole price ("{{price}}"). */
  const price = `(?:${curBefore} ?${NUM}|${NUM} ?${curAfter}|${SLOT})`;
  const period = alt(all('period').map(literalSource));
  const periodFree = alt(all('period').filter((w) => !periodNeedsSep(fold(w))).map(literalSource));
  const perSep = alt([...SHARED_PER_SEP.map((src) => ({ src, bounded: false })), ...all('perSep').map(phraseSource)]);
  const periodPrefix = alt(all('periodPrefix').map(phraseSource));
  return {
    /**
     * "₹300/Month", "3 € / Monat", "$1 a week", "₹900 for 3 months", "0,99 € im ersten Monat",
     * "3.99 دولار شهريا", "月額1,000円".
     */
    pricePeriod: `(?:${price} ?(?:(?:${perSep} ?(?:${NUM} ?)?|${NUM} ?)${period}|${periodFree})|${periodPrefix} ?${price})`,
    price,
    /** "3 Months", "1 Year": a plan duration. */
    duration: `${NUM} ?${period}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Prefixes: which two characters a pattern can start with.

/** Wildcard character in prefix strings; `#` stands for any digit. */
const ANY = '\u0000';
const PREFIX_LEN = 2;

function closing(src: string, open: number): number {
  let depth = 0;
  for (let j = open; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === '[') j = src.indexOf(']', j + 2);
    else if (src[j] === '(') depth++;
    else if (src[j] === ')' && --depth === 0) return j;
  }
  return src.length;
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let j = 0; j < body.length; j++) {
    if (body[j] === '\\') j++;
    else if (body[j] === '[') j = body.indexOf(']', j + 2);
    else if (body[j] === '(') j = closing(body, j);
    else if (body[j] === '|') {
      parts.push(body.slice(from, j));
      from = j + 1;
    }
  }
  parts.push(body.slice(from));
  return parts;
}

/**
 * The possible first PREFIX_LEN characters of a compiled regex source, as strings (a shorter
 * string: the pattern can end there). Understands what the compiler emits: literals, escapes,
 * classes, groups, lookarounds (skipped) and the ? * + {m,n} quantifiers. `#` = a digit.
 */
export function prefixes(src: string, len = PREFIX_LEN): Set<string> {
  const key = `${len}\u0001${src}`;
  let known = prefixMemo.get(key);
  if (!known) {
    known = plainPrefix(src, len) ?? parsePrefixes(src, len);
    prefixMemo.set(key, known);
  }
  return known;
}

/**
 * Sources repeat a lot (the number pattern sits in many phrases, the same group body in many
 * alternatives, every phrase in the offer matcher and in the pack check): parse each once.
 * Bounded by the tables, which are finite.
 */
const prefixMemo = new Map<string, Set<string>>();
/** Characters with a meaning in a regex source: a prefix through them needs the parser. */
const SPECIAL = new Set([...'\\()[]{}.?*+|^$']);
const isPlain = (c: string | undefined) => c !== undefined && !SPECIAL.has(c);

/** Whether `src` is an alternation at its top level ("a|b"), not only inside groups or classes. */
function hasTopLevelBar(src: string): boolean {
  let depth = 0;
  for (let j = 0; j < src.length; j++) {
    const c = src[j];
    if (c === '\\') j++;
    else if (c === '[') j = src.indexOf(']', j + 2);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
    if (j < 0) return true; // an unclosed class: let the parser decide
  }
  return false;
}

/** Most phrases start with plain characters that no quantifier follows ("subscribe…"): no parsing needed. */
function plainPrefix(src: string, len: number): Set<string> | undefined {
  const n = Math.min(len, src.length);
  for (let j = 0; j < n; j++) if (!isPlain(src[j])) return undefined;
  const after = src[n];
  if (after === '?' || after === '*' || after === '+' || after === '{' || hasTopLevelBar(src)) return undefined;
  let out = '';
  for (let j = 0; j < n; j++) {
    const c = src[j] as string;
    out += c >= '0' && c <= '9' ? '#' : c;
  }
  return new Set([out]);
}

/** The parser behind `prefixes` (exported for the test that plainPrefix agrees with it). */
export function parsePrefixes(src: string, len = PREFIX_LEN): Set<string> {
  let open = new Set<string>(['']);
  const done = new Set<string>();
  let i = 0;
  while (i < src.length && open.size) {
    let atom: Set<string>;
    const c = src[i];
    if (c === '(') {
      const j = closing(src, i);
      const body = src.slice(i + 1, j);
      i = j + 1;
      if (/^\?<?[!=]/.test(body)) continue; // lookaround: zero-width
      atom = new Set();
      for (const part of splitTopLevel(body.replace(/^\?:/, ''))) for (const p of prefixes(part, len)) atom.add(p);
    } else if (c === '[') {
      const j = src.indexOf(']', i + 2);
      const body = src.slice(i + 1, j);
      atom = body.startsWith('^') || body.includes('\\') || /.-./.test(body) ? new Set([ANY]) : new Set(body);
      i = j + 1;
    } else if (c === '\\') {
      const e = src[i + 1];
      atom = new Set([e === 'd' ? '#' : /[pPwWsSbBu]/.test(e) ? ANY : e]);
      i += 2;
    } else {
      atom = new Set([c === '.' ? ANY : c >= '0' && c <= '9' ? '#' : c]);
      i++;
    }
    const q = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})/.exec(src.slice(i));
    if (q) {
      i += q[0].length;
      // A repeat: the atom once, twice, … up to `len` times (prefixes never need more).
      if (q[0] !== '?') {
        let reps = atom;
        for (let r = 1; r < len; r++) {
          const more = new Set<string>();
          for (const a of reps) for (const b of atom) more.add((a + b).slice(0, len));
          for (const x of more) atom.add(x);
          reps = more;
        }
      }
      if (q[0] === '?' || q[0] === '*' || q[1] === '0') atom.add('');
    }
    const next = new Set<string>();
    for (const p of open)
      for (const a of atom) {
        const s = (p + a).slice(0, len);
        (s.length >= len ? done : next).add(s);
      }
    open = next;
  }
  for (const p of open) done.add(p);
  return done;
}

// ---------------------------------------------------------------------------------------------
// Matchers.

export interface GroupInfo {
  /** Category key, used to look the weight up. */
  cat: string;
  /** Reason reported when this group matches, e.g. `meter:de` or `price-period`. */
  reason: string;
}

/**
 * The phrases filed under one prefix. Its regex is compiled on first use: a page meets only a
 * fraction of the prefixes, and building and compiling the rest was most of a page's cost.
 */
export interface Bucket {
  pieces: Piece[];
  /** The first character it is filed under, and the second (none: the bucket for any second character). Money has none. */
  keys?: [number, number | undefined];
  /**
   * The first GATE_LEN characters (digits as `#`) any of its phrases can start with, computed
   * on first use; null when some phrase may be shorter or start with a wildcard. Most word
   * starts share two letters with some phrase but not four ("the" vs "this article…"): the
   * gate turns them away before the regex runs, so most buckets are never compiled at all.
   */
  gate?: Set<string> | null;
  re?: RegExp;
  /** Capturing group i of `re` belongs to matcher group groupOf[i]. */
  groupOf: number[];
}
/** Buckets of one first character: by second character, plus the phrases any second character may follow. */
interface FirstChar {
  next: Map<number, Bucket>;
  any: Bucket | undefined;
}
export interface Matcher {
  groups: GroupInfo[];
  buckets: Map<number, FirstChar>;
  /** The same buckets for first characters below 128 (and digits at index 0): an array read is cheaper than Map.get. */
  ascii: (FirstChar | undefined)[];
  /**
   * Money patterns (price-period, price, duration): one regex, tried where a phrase did not
   * match and the character can start a price. Kept apart because filing the long money
   * pattern under every two-character prefix multiplied the compiled size tenfold.
   */
  money?: Bucket & {
    starts: Set<number>;
    /**
     * Every money match holds a number or a template slot within `reach` characters of its
     * start (a currency word or a period prefix comes first at most). Where a WORD starts
     * and no digit or slot follows that closely, the money regex is not tried: most words
     * start with a letter some currency word ("usd", "rs", "try") also starts with.
     */
    reach: number;
    /**
     * From a digit, a money match is a number then a currency written after it or a period
     * word ("9,99 €", "3 months"): the first character after the number's run of digits,
     * separators and spaces must start one of those. Most numbers in news (years, dates,
     * counts) fail this and never reach the long money regex. Undefined: no such shortcut.
     */
    after?: Set<number>;
  };
}

/** Bucket key of every digit. */
const DIGIT = -1;
const keyOf = (ch: string) => (ch === '#' ? DIGIT : ch.charCodeAt(0));

export interface Piece {
  /** Starts worked out at build time, when the table came with them. */
  pre?: PhrasePrefixes;
  group: number;
  source: Src;
}

const bucketOf = (pieces: Piece[], keys?: [number, number | undefined]): Bucket => ({ pieces, keys, groupOf: [] });

const GATE_LEN = 4;

/** The gate of a bucket (exported for tests: passesGate computes it once, on first use). */
export function gateOf(b: Bucket): Set<string> | null {
  const gate = new Set<string>();
  for (const p of b.pieces)
    for (const x of p.pre?.[1] ?? prefixes(p.source.src, GATE_LEN)) {
      // Only the starts that lead into this bucket: a phrase that may begin "5 free…" or
      // "{{n}} free…" sits in the digit bucket and the "{" bucket, each gated by its own starts.
      if (!b.keys || keyOf(x[0] as string) !== b.keys[0]) continue;
      const second = b.keys[1];
      if (second !== undefined && x.length > 1 && x[1] !== ANY && keyOf(x[1] as string) !== second) continue;
      if (x.length < GATE_LEN || x.includes(ANY)) return null;
      gate.add(x);
    }
  return gate;
}

/** Whether text[i…] can start a match of `b` (always true for an open gate). */
function passesGate(b: Bucket, text: string, i: number): boolean {
  if (b.gate === undefined) b.gate = gateOf(b);
  if (b.gate === null) return true;
  if (i + GATE_LEN > text.length) return false;
  let key = text.slice(i, i + GATE_LEN);
  for (let j = 0; j < GATE_LEN; j++) {
    const c = key.charCodeAt(j);
    if (c >= 48 && c <= 57) {
      key = key.replace(/[0-9]/g, '#');
      break;
    }
  }
  return b.gate.has(key);
}

/** The bucket with its regex compiled (now, if this is its first use). */
export function compiled(b: Bucket): Bucket & { re: RegExp } {
  if (!b.re) {
    const { re, groupOf } = compile(b.pieces);
    b.re = re;
    b.groupOf = groupOf;
  }
  return b as Bucket & { re: RegExp };
}

function compile(pieces: Piece[]): { re: RegExp; groupOf: number[] } {
  const groupOf: number[] = [];
  const emit = (bounded: boolean) =>
    [...new Set(pieces.filter((p) => p.source.bounded === bounded).map((p) => p.group))]
      .sort((a, b) => a - b)
      .map((g) => {
        groupOf.push(g);
        return `(${join(pieces.filter((p) => p.group === g && p.source.bounded === bounded).map((p) => p.source.src))})`;
      });
  const bounded = emit(true);
  const free = emit(false);
  const parts = bounded.length ? [`(?:${bounded.join('|')})${NOT_BEFORE_WORD}`, ...free] : free;
  return { re: new RegExp(parts.join('|'), 'y'), groupOf };
}

/**
 * First characters a money pattern can start with, read off the tables: a digit, a template slot,
 * a currency written before the number, a period prefix ("月額"). Parsing the long money
 * source for this gives the same set (tested) and cost a page more than all else here.
 */
export function moneyStarts(langs: readonly LangTable[]): Set<number> {
  const starts = new Set([DIGIT, keyOf('{'), keyOf('%')]);
  for (const w of CURRENCY_BEFORE) starts.add(keyOf(fold(w)[0] as string));
  for (const t of langs) for (const p of t.periodPrefix ?? []) for (const x of prefixes(phraseSource(p).src)) starts.add(keyOf(x[0] as string));
  return starts;
}

/**
 * How far from a money match's start its first digit or slot can be: a period prefix ("monatlich"),
 * a space, a currency written before the number ("hk$"), a space. A pattern with a repeat in it
 * could be longer: then there is no limit.
 */
export function moneyReach(langs: readonly LangTable[]): number {
  const longest = (list: string[]) => Math.max(0, ...list.map((w) => (/[*+{]/.test(w) ? Number.POSITIVE_INFINITY : fold(w).length)));
  return longest(langs.flatMap((t) => t.periodPrefix ?? [])) + 1 + longest(CURRENCY_BEFORE) + 1;
}

/** Characters of a number's run: digits, separators, spaces (see Matcher.money.after). */
const inNumberRun = (c: number) => (c >= 48 && c <= 57) || c === 46 || c === 44 || c === 39 || c === 32;

/** First characters of what may follow a number in a money match; undefined when a word itself starts inside a number's run. */
export function moneyAfterNumber(langs: readonly LangTable[]): Set<number> | undefined {
  const words = [...CURRENCY_AFTER, ...langs.flatMap((t) => [...(t.currencyAfter ?? []), ...(t.period ?? [])])].map(fold);
  const after = new Set(['-', '\u2013'].map((c) => c.charCodeAt(0)));
  for (const w of words) {
    const c = w.charCodeAt(0);
    if (Number.isNaN(c) || inNumberRun(c)) return undefined;
    after.add(c);
  }
  return after;
}

function buildMatcher(groups: GroupInfo[], pieces: Piece[]): Matcher {
  const exact = new Map<number, Map<number, Piece[]>>();
  const loose = new Map<number, Piece[]>();
  const add = <K>(map: Map<K, Piece[]>, k: K, p: Piece) => map.set(k, [...(map.get(k) ?? []), p]);
  for (const p of pieces) {
    for (const s of p.pre?.[0] ?? prefixes(p.source.src)) {
      if (!s || s[0] === ANY) throw new Error(`table pattern may start with anything: ${p.source.src}`);
      const k1 = keyOf(s[0]);
      if (!exact.has(k1)) exact.set(k1, new Map());
      if (s.length < PREFIX_LEN || s[1] === ANY) add(loose, k1, p);
      else add(exact.get(k1) as Map<number, Piece[]>, keyOf(s[1]), p);
    }
  }
  const buckets = new Map<number, FirstChar>();
  for (const [k1, seconds] of exact) {
    const anyPieces = loose.get(k1) ?? [];
    const next = new Map<number, Bucket>();
    for (const [k2, list] of seconds) next.set(k2, bucketOf([...new Set([...list, ...anyPieces])], [k1, k2]));
    buckets.set(k1, { next, any: anyPieces.length ? bucketOf([...new Set(anyPieces)], [k1, undefined]) : undefined });
  }
  const ascii = Array.from({ length: 128 }, (_, c) => buckets.get(c === 0 ? DIGIT : c));
  return { groups, buckets, ascii };
}

/** One group per language of a phrase category. */
function phrasePieces(langs: readonly LangTable[], groups: GroupInfo[], cat: string, pick: (t: LangTable) => string[] | undefined): Piece[] {
  const pieces: Piece[] = [];
  for (const t of langs) {
    const list = pick(t);
    if (!list?.length) continue;
    const group = groups.push({ cat, reason: `${cat}:${t.lang}` }) - 1;
    const pre = t.pre?.[cat];
    list.forEach((entry, i) => {
      pieces.push({ group, source: phraseSource(entry), pre: pre?.[i] });
    });
  }
  return pieces;
}

export function buildOffer(langs: readonly LangTable[]): Matcher {
  const groups: GroupInfo[] = [];
  const pieces: Piece[] = [];
  for (const cat of PHRASE_CATEGORIES) pieces.push(...phrasePieces(langs, groups, cat, (t) => t[cat]));
  const m = moneyPatterns(langs);
  const money = (cat: string, reason: string, src: string): Piece => ({
    group: groups.push({ cat, reason }) - 1,
    source: { src, bounded: false },
  });
  const phrases = buildMatcher(groups, pieces);
  const moneyPieces = [money('pricePeriod', 'price-period', m.pricePeriod), money('price', 'price', m.price), money('duration', 'duration', m.duration)];
  return { ...phrases, money: { ...bucketOf(moneyPieces), starts: moneyStarts(langs), reach: moneyReach(langs), after: moneyAfterNumber(langs) } };
}

function buildConsent(langs: readonly LangTable[]): Matcher {
  const groups: GroupInfo[] = [];
  const consent = phrasePieces(langs, groups, 'consent', (t) => t.consent);
  return buildMatcher(groups, [...consent, ...phrasePieces(langs, groups, 'privacy', (t) => t.privacy)]);
}

/** Every bucket of a matcher, the money one included. */
export function bucketsOf(m: Matcher): Bucket[] {
  const out = new Set<Bucket>();
  for (const first of m.buckets.values()) {
    for (const b of first.next.values()) out.add(b);
    if (first.any) out.add(first.any);
  }
  if (m.money) out.add(m.money);
  return [...out];
}

// ---------------------------------------------------------------------------------------------
// Active languages: the initial tables plus the packs added since (see ../content/lang-packs.ts).

const active: LangTable[] = [...INITIAL_LANGS];
let built: { offer?: Matcher; consent?: Matcher } = {};

/**
 * Offer matcher. Group order is priority order at one text position (see PHRASE_CATEGORIES).
 * Built on first use, rebuilt on the first use after a pack added a table.
 */
export function offerMatcher(): Matcher {
  built.offer ??= buildOffer(active);
  return built.offer;
}

/** Consent matcher: one group per language and kind (consent phrase, privacy vocabulary). Built apart: most pages never ask. */
export function consentMatcher(): Matcher {
  built.consent ??= buildConsent(active);
  return built.consent;
}

/** Languages of the active tables. */
export function activeLangs(): string[] {
  return active.map((t) => t.lang);
}

/**
 * Changes (grows) whenever a table is added: a cache of verdicts (e.g. the detector's line
 * memo) that notes this number can tell that its verdicts may be stale. Cheap to call per line.
 */
export function langsVersion(): number {
  return active.length;
}

/**
 * Adds one language table (a language pack). Returns false, changing nothing, when that
 * language is already active or the table does not compile (a malformed pack must not take
 * the other languages down with it). The matchers are rebuilt lazily, once, on next use.
 */
export function addLangTable(table: LangTable): boolean {
  if (!isLangTable(table) || active.some((t) => t.lang === table.lang)) return false;
  try {
    // Compiling the table alone finds a malformed entry; its own cost is small.
    for (const m of [buildOffer([table]), buildConsent([table])]) for (const b of bucketsOf(m)) compiled(b);
  } catch {
    return false;
  }
  active.push(table);
  built = {};
  return true;
}

/** Categories whose entries are phrases (the rest are literal words used by the money patterns). */
const PHRASE_LISTS = [...PHRASE_CATEGORIES, 'consent', 'privacy'] as const;

/**
 * The table with every phrase's starts worked out (`pre`): run by the build for the tables it
 * ships (the content script's own and the packs), so pages skip the pattern parser.
 */
export function withPrefixes(table: LangTable): LangTable {
  const pre: Record<string, PhrasePrefixes[]> = {};
  for (const cat of PHRASE_LISTS) {
    const list = table[cat];
    if (!list?.length) continue;
    pre[cat] = list.map((entry) => {
      const src = phraseSource(entry).src;
      return [[...prefixes(src)], [...prefixes(src, GATE_LEN)]];
    });
  }
  return { ...table, pre };
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** `pre` must fit its lists entry for entry: a wrong start would silently lose a phrase. */
function isPre(pre: unknown, r: Record<string, unknown>): boolean {
  if (typeof pre !== 'object' || pre === null) return false;
  for (const [cat, list] of Object.entries(pre)) {
    const phrases = r[cat];
    if (!Array.isArray(list) || !Array.isArray(phrases) || list.length !== phrases.length) return false;
    for (const x of list) if (!Array.isArray(x) || x.length !== 2 || !isStrings(x[0]) || !isStrings(x[1])) return false;
  }
  return true;
}

/** Shape check of a table that arrived from outside this bundle: a string lang and string lists (and fitting `pre`). */
function isLangTable(t: unknown): t is LangTable {
  if (typeof t !== 'object' || t === null) return false;
  const r = t as Record<string, unknown>;
  if (typeof r.lang !== 'string' || !/^[a-z]{2,3}$/.test(r.lang)) return false;
  for (const [k, v] of Object.entries(r)) if (k !== 'lang' && k !== 'pre' && !isStrings(v)) return false;
  return r.pre === undefined || isPre(r.pre, r);
}

// ---------------------------------------------------------------------------------------------
// Scanning.

/** ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => +((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)));

/** Letters, marks and digits (approximate, fast): used to find word starts. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return ASCII_WORD[c] === 1;
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c === 0xd7 || c === 0xf7 || c === 0x60c || c === 0x61b || c === 0x61f || c === 0x964 || c === 0x965) return false;
  return !((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe6f) || (c >= 0xff00 && c <= 0xff20));
}
/** Kana and Han: written without spaces, so every character may start a phrase. */
function isUnspacedCode(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}
const keyOfCode = (c: number) => (c >= 48 && c <= 57 ? DIGIT : c);

/** A digit or the start of a template slot ({{price}}, %d) in text[from, from + reach). */
function numberWithin(text: string, from: number, reach: number): boolean {
  const end = Math.min(text.length, from + reach);
  for (let j = from; j < end; j++) {
    const c = text.charCodeAt(j);
    if ((c >= 48 && c <= 57) || c === 123 || c === 37) return true;
  }
  return false;
}

/** The character after the run of digits, separators and spaces that starts at i (NaN at the end). */
function afterNumber(text: string, i: number): number {
  let j = i;
  while (j < text.length && inNumberRun(text.charCodeAt(j))) j++;
  return text.charCodeAt(j);
}

/** What one scan found. The object is reused by the next scan: read it before scanning again. */
export interface ScanResult {
  /** Matcher group of each match, in text order. */
  hits: number[];
  /** Characters covered by matches. */
  matched: number;
}
const RESULT: ScanResult = { hits: [], matched: 0 };

/**
 * Scans normalized text for non-overlapping matches, leftmost first; at one position the
 * earliest phrase group wins, and money only where no phrase matched. Tries only word starts,
 * symbols and CJK characters.
 */
export function scan(m: Matcher, text: string): ScanResult {
  RESULT.hits.length = 0;
  RESULT.matched = 0;
  let prevWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word = isWordCode(c);
    const candidate = !word || !prevWord || isUnspacedCode(c);
    prevWord = word;
    if (!candidate) continue;
    const first = c < 128 ? m.ascii[c >= 48 && c <= 57 ? 0 : c] : m.buckets.get(c);
    let bucket = first && (first.next.get(keyOfCode(text.charCodeAt(i + 1))) ?? first.any);
    let r: RegExpExecArray | null = null;
    if (bucket && passesGate(bucket, text, i)) {
      const re = (bucket.re ?? compiled(bucket).re) as RegExp;
      re.lastIndex = i;
      r = re.exec(text);
    }
    if (
      !r &&
      m.money?.starts.has(keyOfCode(c)) &&
      (c >= 48 && c <= 57 ? !m.money.after || m.money.after.has(afterNumber(text, i)) : !word || numberWithin(text, i + 1, m.money.reach))
    ) {
      bucket = m.money;
      const re = (bucket.re ?? compiled(bucket).re) as RegExp;
      re.lastIndex = i;
      r = re.exec(text);
    }
    if (!bucket || !r?.[0].length) continue;
    for (let g = 1; g < r.length; g++) {
      if (r[g] !== undefined) {
        RESULT.hits.push(bucket.groupOf[g - 1]);
        break;
      }
    }
    RESULT.matched += r[0].length;
    i += r[0].length - 1;
    prevWord = isWordCode(text.charCodeAt(i));
  }
  return RESULT;
}
