/**
 * Candidate discovery from cheap signals only: the text of new nodes (one
 * offer test per block line), a few elementsFromPoint probes, and the
 * ancestor chain of what they find. Style and layout are read only for
 * these candidates and their few ancestors.
 */
import { isOfferLine, missingLangs } from './lang-tables.ts';
import { blockOf, lineText, SKIP } from './candidate-lines.ts';
import type { Candidate } from './types.ts';

/** Parent across shadow boundaries (an open shadow root's host). */
export const up = (n: Element): Element | null => n.parentElement ?? ((n.parentNode as ShadowRoot | null)?.host ?? null);

/** The light-DOM element standing for `el` (its outermost shadow host, or itself). */
export function lightOf(el: Element, doc: Document): Element {
  let t = el;
  for (let root = t.getRootNode(); root !== doc && (root as ShadowRoot).host; root = t.getRootNode()) t = (root as ShadowRoot).host;
  return t;
}

/** Lines this long or longer are article prose, not clutter: their language is not asked. */
const LANG_LINE_MAX = 300;

/**
 * Adds to `out` each block under `root` whose line the language tables call
 * an offer line. A short line that is not one but is written in a language whose table is
 * not active asks for that language's pack (an inline panel or bar in another language than
 * the page's: once the pack ran, the page is scanned again and its lines are offer lines).
 * Reads at most `cap` text nodes, and stops early when `over()` says the task has had its share
 * (asked every few nodes). `from`: a text node under `root` read last time; reading goes on after it.
 * Returns the text nodes read (for the budget), whether it read to the end, and where to go on
 * from when it did not (`at`: the last text node read; null for the start of `root`).
 */
export function offerSeeds(root: Element, out: Set<Element>, cap: number, over: () => boolean = () => false, from?: Node | null): { read: number; done: boolean; at: Node | null } {
  const doc = root.ownerDocument;
  const seen = new Set<Element>();
  const w = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  if (from) w.currentNode = from;
  let n = 0;
  let last: Node | null = from ?? null;
  // The root itself may be a text's parent block (a text node was added to it).
  for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) {
    if (n >= cap || (n % 16 === 15 && over())) return { read: n, done: false, at: last };
    n++;
    last = t;
    const parent = t.parentElement;
    if (!parent || SKIP.has(parent.tagName) || t.data.trim().length < 4) continue;
    const block = blockOf(parent);
    if (seen.has(block)) continue;
    seen.add(block);
    // A block with many children is a container, not a line: test this text alone
    // (and never pay for the container's whole textContent).
    const line = block.childElementCount > 12 ? t.data : lineText(block);
    if (line.length <= 400 && isOfferLine(line)) out.add(block);
    else if (line.length < LANG_LINE_MAX) missingLangs(line, true);
  }
  return { read: n, done: true, at: null };
}

/**
 * Probe points: centre, top and bottom bands, the four corner areas, left and right middle;
 * then the upper centre (a dialog placed near the top, not centred) and a second row inside
 * the corners (toasts sit clear of a site header or a bottom bar, 80-140 px from the edge).
 */
export function probePoints(vw: number, vh: number): Array<[number, number]> {
  const x = vw / 2;
  const y = vh / 2;
  return [
    [x, y], [x, 24], [x, vh - 24], [70, 70], [vw - 70, 70], [70, vh - 70], [vw - 70, vh - 70], [vw * 0.25, y], [vw * 0.75, y],
    [x, vh * 0.25], [vw - 90, 130], [vw - 90, vh - 130], [90, vh - 130],
  ];
}

/**
 * The outermost fixed or sticky element among `start` and its ancestors
 * (below body): the root of a floating layer. Reads computed style of the
 * chain only.
 */
export function layerOf(start: Element, win: Window): Element | null {
  return floatingOf(start, win).layer;
}

/**
 * The floating layer over `start` (as layerOf), and the outermost absolutely positioned
 * element painted with a gradient among the same chain: a fade sheet laid over the article
 * (fade gates are absolute, not fixed). Same style reads as layerOf.
 */
export function floatingOf(start: Element, win: Window): { layer: Element | null; sheet: Element | null } {
  const doc = start.ownerDocument;
  let layer: Element | null = null;
  let sheet: Element | null = null;
  for (let el: Element | null = start, i = 0; el && i < 30; el = up(el), i++) {
    if (el === doc.body || el === doc.documentElement) break;
    const s = win.getComputedStyle(el);
    const p = s.position;
    if (p === 'fixed' || p === 'sticky') layer = el;
    else if (p === 'absolute' && s.backgroundImage.includes('gradient')) sheet = el;
  }
  return { layer, sheet };
}

/**
 * Ancestors looked at for an absolutely positioned holder: a gate's box is often an ordinary
 * block inside the positioned fade sheet (and the sheet may have no height of its own).
 */
export const HOLDER_DEPTH = 3;

const holders = new WeakMap<Candidate, CSSStyleDeclaration | null>();

/**
 * The computed style of the nearest absolutely positioned ancestor at most HOLDER_DEPTH levels
 * above the candidate (below body), if any; read once per candidate (covers-article and page both ask).
 */
export function holderStyle(c: Candidate): CSSStyleDeclaration | undefined {
  let s = holders.get(c);
  if (s === undefined) {
    s = null;
    const win = c.el.ownerDocument.defaultView;
    const body = c.el.ownerDocument.body;
    let p = c.el.parentElement;
    for (let i = 0; win && p && p !== body && i < HOLDER_DEPTH; i++, p = p.parentElement) {
      const style = win.getComputedStyle(p);
      if (style.position === 'absolute') {
        s = style;
        break;
      }
    }
    holders.set(c, s);
  }
  return s ?? undefined;
}
