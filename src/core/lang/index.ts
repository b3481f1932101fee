/**
 * Clear Read's language and vendor knowledge. Everything here judges TEXT or CLASS NAMES only;
 * the phrases live in ./tables (one file per language) and are compiled once by ./compile.
 */
import type { TextJudgement } from './api';
import { consentMatcher, type Matcher, offerMatcher, scan } from './compile';
import { normalizeText, textUnits, wordCount } from './normalize';
import { SCROLL_LOCK_CLASSES, VENDOR_SHAPES } from './tables/vendors';

export type { TextJudgement } from './api';
export { normalizeText } from './normalize';
/** Language packs: tables added at run time (see README, "Language packs"). */
export { activeLangs, addLangTable, langsVersion } from './compile';

/** Builds the offer matcher now if it is not built (it is built on first use, and a page's first use runs cold). */
export function prepareOfferMatcher(): void {
  offerMatcher();
}
/** The language of a text itself (a clutter candidate's words), and the packs it asks for. */
export { langPending, missingLangs, setPackAsker, textLangs } from './text-langs';

/**
 * Weight of each signal in `judgeOfferText`, and how many matches of it count at most.
 * Strong, unambiguous offer phrases weigh most; vocabulary that news also uses weighs least.
 */
export const WEIGHTS: Record<string, { weight: number; cap: number }> = {
  meter: { weight: 3, cap: 2 }, //          "you've reached your limit of 5 free articles"
  subOnly: { weight: 3, cap: 2 }, //        "for subscribers only", "réservé aux abonnés"
  gate: { weight: 2.5, cap: 2 }, //         "subscribe to continue reading"
  login: { weight: 2.5, cap: 2 }, //        "already a subscriber? log in"
  register: { weight: 2, cap: 2 }, //       "create a free account to continue"
  pricePeriod: { weight: 2, cap: 3 }, //    "₹300/Month", "3 € / Monat", "月額1,000円"
  terms: { weight: 1.5, cap: 3 }, //        "renews automatically", "cancel anytime"
  plan: { weight: 1.5, cap: 3 }, //         "choose your plan", "our digital subscription plans"
  cta: { weight: 1.5, cap: 3 }, //          "subscribe now", "je m'abonne"
  newsletter: { weight: 1, cap: 2 }, //     "sign up for our newsletter"
  benefit: { weight: 1, cap: 4 }, //        "unlimited access", "ad-free", "e-paper"
  price: { weight: 0.5, cap: 4 }, //        "₹900" (a bare price)
  duration: { weight: 0.5, cap: 3 }, //     "3 Months"
  weak: { weight: 0.5, cap: 4 }, //         "subscribe", "premium", "abo"
  consent: { weight: 1, cap: 5 }, //        "we use cookies", "accept all" (judgeConsentText only)
  privacy: { weight: 0.5, cap: 4 }, //      "privacy policy", "our partners": only next to a consent phrase
};

/**
 * Offer phrases proper: wording that news reporting practically never uses. Terms ("cancel
 * anytime"), benefits ("ad-free"), newsletter prompts, prices and single words also appear in
 * articles about subscriptions, so they are "subscription talk" unless a phrase is present.
 */
const PHRASES = new Set(['meter', 'subOnly', 'gate', 'login', 'register', 'plan', 'cta']);
/** Categories that may make a short line an offer line by weight (the rest count only as labels). */
const LINE_CATEGORIES = new Set([...PHRASES, 'pricePeriod', 'terms']);
/** Categories that may make a long line (a full sentence) an offer line. */
const LONG_LINE_CATEGORIES = new Set([...PHRASES, 'terms']);
const LONG_LINE_CATEGORIES_MONEY = new Set([...LONG_LINE_CATEGORIES, 'pricePeriod']);

/**
 * Density: offer panels are short and dense, articles are long and mention offers in passing.
 * Texts up to SHORT_TEXT_UNITS characters keep their full score. Longer texts are scaled by
 * SHORT_TEXT_UNITS / size, unless the matches themselves cover a large share of the text
 * (coverage × COVERAGE_BOOST), as in a long plan list. So a 3,000-word article with one
 * "subscribe" keeps ~3% of a tiny score, while a 40-word panel keeps all of a large one.
 */
export const DENSITY = { SHORT_TEXT_UNITS: 600, COVERAGE_BOOST: 3 } as const;

/** isOfferLine thresholds. */
export const LINE = {
  /** Score (from LINE_CATEGORIES) that makes a line an offer line. */
  THRESHOLD: 1.5,
  /** Share of the line covered by offer matches that makes it an offer label ("Subscribe", "₹300/Month"; not bare figures). */
  LABEL_COVERAGE: 0.6,
  /**
   * Lines up to this many words are labels/short prompts. Longer ones are sentences: there a
   * price-with-period is reporting, not an offer, and LONG_THRESHOLD applies.
   */
  LABEL_MAX_WORDS: 12,
  /** Score from LONG_LINE_CATEGORIES a sentence needs: one gate/meter phrase, or two weaker ones. */
  LONG_THRESHOLD: 2.5,
  /** Longer blocks are never one "line". */
  MAX_WORDS: 120,
} as const;

interface Tally {
  /** Match count per category. */
  counts: Map<string, number>;
  reasons: string[];
  /** Characters covered by matches. */
  matched: number;
}

const NOTHING: Tally = { counts: new Map(), reasons: [], matched: 0 };

function tally(m: Matcher, text: string): Tally {
  const found = scan(m, text);
  if (!found.hits.length) return NOTHING;
  const t: Tally = { counts: new Map(), reasons: [], matched: found.matched };
  for (const g of found.hits) {
    const { cat, reason } = m.groups[g];
    t.counts.set(cat, (t.counts.get(cat) ?? 0) + 1);
    if (!t.reasons.includes(reason)) t.reasons.push(reason);
  }
  return t;
}

function weigh(t: Tally, only?: Set<string>): number {
  let score = 0;
  for (const [cat, n] of t.counts) {
    if (only && !only.has(cat)) continue;
    const w = WEIGHTS[cat];
    score += w.weight * Math.min(n, w.cap);
  }
  return score;
}

/**
 * Density factor in (0, 1] for a normalized text (see DENSITY). `scale` > 1 when only the first
 * part of a longer text was scanned (see MAX_SCAN_CHARS).
 */
export function densityFactor(text: string, matchedChars: number, scale = 1): number {
  const units = textUnits(text) * scale;
  if (units <= DENSITY.SHORT_TEXT_UNITS) return 1;
  return Math.min(1, Math.max(DENSITY.SHORT_TEXT_UNITS / units, (matchedChars / (text.length * scale)) * DENSITY.COVERAGE_BOOST));
}

/**
 * Bounded cost: a text longer than this (a whole page, an article container) is judged on its
 * first MAX_SCAN_CHARS characters, and its density uses its full length. At that size the
 * density factor is already below 0.03, so the score can only be small.
 */
export const MAX_SCAN_CHARS = 20000;

function prepare(text: string): { t: string; scale: number } {
  if (text.length <= MAX_SCAN_CHARS) return { t: normalizeText(text), scale: 1 };
  return { t: normalizeText(text.slice(0, MAX_SCAN_CHARS)), scale: text.length / MAX_SCAN_CHARS };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Highest score of "subscription talk": text longer than a label with no offer phrase (see PHRASES). */
export const TALK_CAP = 1.5;

/**
 * Subscription talk: running text (more than a label) that has offer vocabulary but no offer
 * phrase, e.g. an article on streaming prices: "raised its ad-free plan to $17.99 a month".
 */
function isTalk(t: Tally, words: number): boolean {
  if (words <= LINE.LABEL_MAX_WORDS) return false;
  for (const cat of t.counts.keys()) if (PHRASES.has(cat)) return false;
  return true;
}

/** Judge the text of a candidate element (may be long). Score 0 = no offer evidence. */
export function judgeOfferText(text: string): TextJudgement {
  const { t, scale } = prepare(text);
  if (!t) return { score: 0, reasons: [] };
  const found = tally(offerMatcher(), t);
  if (!found.reasons.length) return { score: 0, reasons: [] };
  let raw = weigh(found);
  if (isTalk(found, wordCount(t))) {
    // A price-with-period in talk weighs as a bare price, and talk never scores like a panel.
    const n = Math.min(found.counts.get('pricePeriod') ?? 0, WEIGHTS.pricePeriod.cap);
    raw = Math.min(TALK_CAP, raw - n * (WEIGHTS.pricePeriod.weight - WEIGHTS.price.weight));
  }
  return { score: round(raw * densityFactor(t, found.matched, scale)), reasons: found.reasons };
}

/**
 * True when one short block/line of text is subscription/paywall/registration offer text.
 * Two ways to be one: (1) offer matches cover most of the line (a label: "Subscribe", "₹300/Month",
 * "Sign up for our newsletter"; but not a bare price or duration, see onlyFigures); (2) a short
 * line carries enough offer phrases (LINE_CATEGORIES, THRESHOLD), or a sentence carries a
 * strong one (LONG_LINE_CATEGORIES, LONG_THRESHOLD): in a sentence, prices and vocabulary are
 * news reporting ("Netflix raised its plan to $15.49 a month; you can cancel anytime").
 */
export function isOfferLine(text: string): boolean {
  const t = normalizeText(text);
  if (!t) return false;
  const words = wordCount(t);
  if (words > LINE.MAX_WORDS) return false;
  const found = tally(offerMatcher(), t);
  if (!found.reasons.length) return false;
  if (found.matched / t.length >= LINE.LABEL_COVERAGE && !onlyFigures(found)) return true;
  if (words > LINE.LABEL_MAX_WORDS) {
    // In a sentence a price-with-period counts only next to an offer phrase ("Subscribe for $1 a week").
    const phrase = weigh(found, PHRASES);
    return (phrase ? weigh(found, LONG_LINE_CATEGORIES_MONEY) : weigh(found, LONG_LINE_CATEGORIES)) >= LINE.LONG_THRESHOLD;
  }
  return weigh(found, LINE_CATEGORIES) >= LINE.THRESHOLD;
}

/**
 * A line that is only a bare price or a duration ("₹900", "$139.00", "3 Months") is not an offer
 * label by itself: shopping and finance articles are full of such lines. Plan cards made of them
 * are caught by judging the whole panel (judgeOfferText).
 */
function onlyFigures(t: Tally): boolean {
  for (const cat of t.counts.keys()) if (cat !== 'price' && cat !== 'duration') return false;
  return true;
}

/**
 * Cookie/consent banner vocabulary (cookie banners are NOT clutter for us): score > 0 when it
 * reads as consent text. Needs a consent phrase (cookies, accept/reject all, manage
 * preferences): a privacy-policy link alone is also on every registration wall.
 */
export function judgeConsentText(text: string): TextJudgement {
  const { t, scale } = prepare(text);
  if (!t) return { score: 0, reasons: [] };
  const found = tally(consentMatcher(), t);
  if (!found.counts.has('consent')) return { score: 0, reasons: [] };
  return { score: round(weigh(found) * densityFactor(t, found.matched, scale)), reasons: found.reasons };
}

// Vendor shapes: one combined regex, one capturing group per vendor.
const VENDOR_RE = new RegExp(VENDOR_SHAPES.map((v) => `(${v.fragments.join('|').replace(/\((?!\?)/g, '(?:')})`).join('|'), 'g');

/**
 * Vendor DOM shapes: returns vendor reasons for ONE element given its tag name, id, class string
 * and a few attributes (name=value pairs are matched as "name=value").
 */
export function judgeVendorShape(el: {
  tagName: string;
  id: string;
  className: string;
  attrs?: Record<string, string>;
}): TextJudgement {
  let hay = `${el.tagName} ${el.id} ${el.className}`;
  if (el.attrs) for (const k in el.attrs) hay += ` ${k}=${el.attrs[k]}`;
  hay = hay.toLowerCase();
  const reasons: string[] = [];
  let score = 0;
  VENDOR_RE.lastIndex = 0;
  for (let r = VENDOR_RE.exec(hay); r; r = VENDOR_RE.exec(hay)) {
    for (let g = 1; g < r.length; g++) {
      if (r[g] === undefined) continue;
      const v = VENDOR_SHAPES[g - 1];
      if (!reasons.includes(v.reason)) {
        reasons.push(v.reason);
        score += v.weight;
      }
      break;
    }
  }
  return { score, reasons };
}

const SCROLL_LOCK_RE = new RegExp(`^(?:${SCROLL_LOCK_CLASSES.join('|').replace(/\((?!\?)/g, '(?:')})$`, 'i');

/** True when any class token of `className` is a known scroll-lock class (modal-open, tp-modal-open, no-scroll...). */
export function isScrollLockClass(className: string): boolean {
  for (const token of className.split(/\s+/)) if (token && SCROLL_LOCK_RE.test(token)) return true;
  return false;
}
