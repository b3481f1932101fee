/**
 * Text of a candidate subtree, read as "lines" (one per block element),
 * descending into open shadow roots and same-origin iframes. Only ever called on candidates, never
 * on the whole page, so it may be thorough.
 */
import { isOfferLine, judgeOfferText, missingLangs } from './lang-tables.ts';
import type { TextJudgement } from '../lang/api.ts';

/** Inline tags: their text belongs to the line of the nearest block ancestor. */
const INLINE = new Set(
  'A ABBR B BDI BDO BR CITE CODE DATA DFN EM FONT I KBD LABEL MARK Q S SAMP SMALL SPAN STRONG SUB SUP TIME U VAR'.split(' '),
);
/** Tags whose text is never read. */
export const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg']);

/** The element a text node's line belongs to: nearest non-inline ancestor. */
export function blockOf(el: Element): Element {
  let b: Element = el;
  while (INLINE.has(b.tagName) && b.parentElement) b = b.parentElement;
  return b;
}

/**
 * One block's line as it is read, text node by text node: text nodes of different elements are
 * joined with a space. `textContent` glues them, and minified markup often puts a label and its
 * button side by side with no whitespace between (`<span>9,99 € im Monat</span><a>Jetzt
 * abonnieren</a>`): glued, the period word and the button's first word make one word no table
 * knows. The one place that rule lives (lineText and textStats both read lines through it).
 */
export class Line {
  text = '';
  /** The element of the last text added (a new element starts a new word). */
  private last: Node | null = null;
  add(t: Text): void {
    if (this.last && t.parentNode !== this.last) this.text += ' ';
    this.text += t.data;
    this.last = t.parentNode;
  }
}

/** The text of one block line as it reads (see Line). */
export function lineText(block: Element): string {
  if (!block.firstElementChild) return block.textContent ?? '';
  const line = new Line();
  const w = block.ownerDocument.createTreeWalker(block, 4 /* SHOW_TEXT */);
  for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) {
    if (t.parentElement && SKIP.has(t.parentElement.tagName)) continue;
    line.add(t);
  }
  return line.text;
}

export interface TextStats {
  text: string;
  lines: string[];
  /** Characters in lines judged offer lines by the language tables. */
  offerChars: number;
  chars: number;
  /** Characters of long (>= 100) non-offer lines: article-like prose. */
  proseChars: number;
  offerLines: string[];
  /** The block element of each offer line (same order as offerLines). */
  offerBlocks: Element[];
  /** The block element of each line (same order as lines). */
  blocks: Element[];
  /**
   * Languages the text is written in whose tables are not active yet (their packs are asked
   * for as the text is read; see src/core/lang/text-langs.ts).
   */
  missing: string[];
}

const offerMemo = new WeakMap<TextStats, TextJudgement>();
/** The language tables' judgement of the whole text (computed once per TextStats). */
export function offerJudgement(t: TextStats): TextJudgement {
  let j = offerMemo.get(t);
  if (!j) {
    j = judgeOfferText(t.text);
    offerMemo.set(t, j);
  }
  return j;
}

/** Collects lines under `root`; stops after `cap` text nodes (bounded work). */
export function textStats(root: Element, cap = 3000): TextStats {
  const byBlock = new Map<Element, Line>();
  let seen = 0;
  const visit = (scope: Node) => {
    const doc = scope.ownerDocument as Document;
    // SHOW_ELEMENT | SHOW_TEXT; REJECT skips a whole subtree (scripts, styles).
    const w = doc.createTreeWalker(scope, 5, (n) => {
      if (n.nodeType === 3) return 1;
      const el = n as Element;
      if (SKIP.has(el.tagName)) return 2;
      if (el.shadowRoot) visit(el.shadowRoot);
      if (el.tagName === 'IFRAME') {
        // A same-origin frame's text is readable; a cross-origin one throws or gives null.
        try {
          const body = (el as HTMLIFrameElement).contentDocument?.body;
          if (body) visit(body);
        } catch {}
      }
      return 3;
    });
    for (let n = w.nextNode(); n && seen++ < cap; n = w.nextNode()) {
      if ((n as Text).data.trim()) {
        const block = blockOf(n.parentElement ?? root);
        let line = byBlock.get(block);
        if (!line) {
          line = new Line();
          byBlock.set(block, line);
        }
        line.add(n as Text);
      }
    }
  };
  visit(root);
  if (root.shadowRoot) visit(root.shadowRoot);
  const st: TextStats = { text: '', lines: [], offerChars: 0, chars: 0, proseChars: 0, offerLines: [], offerBlocks: [], blocks: [], missing: [] };
  for (const [block, { text: raw }] of byBlock) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    st.lines.push(line);
    st.blocks.push(block);
    st.chars += line.length;
    // Offer copy is short: a long line is prose even if it mentions subscriptions.
    if (line.length < 300 && isOfferLine(line)) {
      st.offerChars += line.length;
      st.offerLines.push(line);
      st.offerBlocks.push(block);
    } else if (line.length >= 100) st.proseChars += line.length;
  }
  st.text = st.lines.join('\n');
  if (st.chars) st.missing = missingLangs(st.text);
  return st;
}
