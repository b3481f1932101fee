/**
 * The article model: what extraction produces and what the reader renders.
 *
 * It is plain, serializable data (it crosses `scripting.executeScript` and
 * `runtime.sendMessage`, both structured clone) and never page HTML: the
 * reader renders it with Preact, so no page markup reaches an extension page.
 */

/** Inline content of a paragraph-like block. */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'em' | 'strong' | 'code' | 'sub' | 'sup' | 'del'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'br' };

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'quote'; blocks: Block[] }
  | { type: 'code'; text: string; language?: string }
  | { type: 'figure'; src: string; alt: string; caption?: Inline[]; width?: number; height?: number }
  | { type: 'table'; caption?: string; header?: Inline[][]; rows: Inline[][][] }
  | { type: 'rule' };

export interface Partiality {
  /** Why the article is judged partial. */
  reason: 'truncated' | 'gate' | 'hidden-text';
  /** Paragraphs the reader shows. */
  shownParagraphs: number;
  /** Paragraph-like elements the publisher hid or scrambled (when known). */
  hiddenParagraphs?: number;
}

export interface Article {
  title: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601 when the page states it. */
  publishedTime?: string;
  /** BCP 47 language tag, e.g. "en", "de", "ja". */
  lang?: string;
  dir: 'ltr' | 'rtl';
  url: string;
  leadImage?: { src: string; alt: string };
  blocks: Block[];
  wordCount: number;
  /** Minutes, rounded up, at least 1. */
  readingMinutes: number;
  /** Present when the publisher shows only part of the article. */
  partial?: Partiality;
}

/** A piece of clutter the content script collapsed, as listed in the popup. */
export interface HiddenItem {
  id: number;
  /** A short human description, e.g. `div.tp-modal` or `"You've reached your limit…"`. */
  label: string;
  /** Why it was judged clutter: names of the signals that fired. */
  reasons: string[];
  score: number;
  /** 'auto' from the detector, 'rule' from a site rule, 'picker' from the element picker. */
  source: 'auto' | 'rule' | 'picker';
}
