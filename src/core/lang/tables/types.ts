/**
 * Shape of one language table. Every entry is a lower-case phrase written as a tiny regex source:
 * `(a|b)` alternatives, `x?` optional, `#` = a number slot (digits or an unrendered template
 * placeholder such as `{{free_limit}}`). No capturing groups are needed: `(` is compiled as `(?:`.
 * Entries are matched on normalized text (NFKC, lower case, single spaces, straight quotes,
 * no space before `? ! : ;`), so write them that way.
 */
export interface LangTable {
  lang: string;
  /** Article-limit notices: "you've reached your limit of # free articles". */
  meter: string[];
  /** Subscriber-only labels: "for subscribers only", "réservé aux abonnés". */
  subOnly: string[];
  /** Log-in prompts aimed at existing subscribers: "already a subscriber". */
  login: string[];
  /** Continue-reading gates: "subscribe to continue reading". */
  gate: string[];
  /** Registration walls: "create a free account to continue". */
  register: string[];
  /** Plan terms: "renews automatically", "cancel anytime". */
  terms: string[];
  /** Plan/offer presentation: "choose your plan", "our digital subscription plans". */
  plan: string[];
  /** Subscribe calls to action: "subscribe now", "je m'abonne". */
  cta: string[];
  /** Newsletter sign-up prompts. */
  newsletter: string[];
  /** Plan benefits listed on offer panels: "unlimited access", "ad-free". */
  benefit: string[];
  /** Single words of the offer vocabulary; weak alone, they add up on panels and label lines. */
  weak: string[];
  /** Period words after a price, incl. abbreviations (literal text, not patterns): month, mo, monat, माह, 月. */
  period: string[];
  /** Words between a price and a period: per, a, pro, im ersten, par, al. ("/" is shared.) */
  perSep: string[];
  /** Words before a price that make it periodic: 月額, 每月, mtl. */
  periodPrefix?: string[];
  /** Currency words written after the number in this language (literal text, not patterns): रुपये, руб., zł. */
  currencyAfter?: string[];
  /** Cookie/consent banner phrases: cookies, accept/reject all, manage preferences. */
  consent: string[];
  /** Privacy vocabulary (privacy policy, consent, partners): counts only next to a consent phrase. */
  privacy?: string[];
  /**
   * Not written by hand: each phrase's starts, worked out at build time (see `withPrefixes` in
   * ../compile.ts) so that a page does not parse patterns. Same order as the lists.
   */
  pre?: Partial<Record<string, PhrasePrefixes[]>>;
}

/**
 * The starts of one phrase: its two-character starts (the buckets it is filed under) and its
 * four-character starts for the buckets' gates (a shorter one, or one with a wildcard, opens the gate).
 */
export type PhrasePrefixes = [string[], string[]];

/** Categories of offer phrases, in matching priority order (earlier wins at the same position). */
export const PHRASE_CATEGORIES = [
  'meter',
  'subOnly',
  'login',
  'gate',
  'register',
  'terms',
  'plan',
  'newsletter', // before cta: "subscribe to our newsletter" is a newsletter prompt
  'cta',
  'benefit',
  'weak',
] as const;
export type PhraseCategory = (typeof PHRASE_CATEGORIES)[number];
