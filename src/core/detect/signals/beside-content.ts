/**
 * Beside content: an inline candidate that holds the page's own text next to an offer box.
 *
 * An offer panel put between an article's paragraphs often lands inside one of the page's own
 * wrappers (a card around a paragraph, a list item of an embedded related-stories box, a
 * figure): the wrapper then holds both, and collapsing it hides the page's text with the offer.
 * The offer box (`offerBox`) is the smallest element that holds every offer line and every
 * line that says anything of offers or accounts (a weak word: "sign in", "connexion",
 * "abonnement"). Outside it, the page's own text is what reads as the page's: a line of prose
 * (PROSE_LINE characters or more) or a headline (`h1`-`h6`). A candidate holding such text is
 * vetoed, and the offer box itself is judged instead (collapse.ts, trySeed). A box's own short
 * lines the tables do not know (a pitch, a button's label) do not count wherever they sit, and
 * neither do controls: a shop box's "Buy" link beside an offer panel is the page's, a gate's
 * "Continue" button is the gate's, and nothing tells them apart. A candidate positioned on its
 * own (a gate's sheet laid over the article) is not one of the page's wrappers: not asked.
 */
import type { TextStats } from '../candidate-lines.ts';
import { judgeOfferText } from '../lang-tables.ts';
import type { Signal } from '../types.ts';

export const W = {
  /** A veto: no sum of other signals reaches the threshold past it. */
  besideContent: -30,
};

/** Characters of the page's own text beside the box that make a candidate hold content. */
export const MIN_BESIDE = 20;
/** Headlines shorter than this are labels ("Ad", "More"), not content. */
export const MIN_LINE = 20;
/**
 * A line this long is the page's: as long as the shortest article paragraph the guard counts, a
 * product's name in a shop box. A panel's own pitch can be as long, but it sits between the
 * panel's headline and its log-in line, both known, so inside the box.
 */
export const PROSE_LINE = 60;
const HEADLINE = /^H[1-6]$/;

/** Says anything of offers or accounts: a bare price is a shop's as much as a plan's, and does not count. */
function mentionsOffers(line: string): boolean {
  const j = judgeOfferText(line);
  return j.score > 0 && j.reasons.some((r) => r !== 'price');
}

/** The smallest element holding `a` and `b` (`a` itself when it holds `b`); null when none under `top`. */
function common(a: Element, b: Element, top: Element): Element | null {
  let box: Element | null = a;
  while (box && !box.contains(b)) box = box === top ? null : box.parentElement;
  return box;
}

/**
 * The smallest element under `el` holding every offer line's block and every line that mentions
 * offers; null when there are no offer lines or one sits outside `el`'s own tree (in a shadow
 * root or a frame).
 */
export function offerBox(el: Element, text: TextStats): Element | null {
  // Asked by the signal, then again by trySeed for where to go next: computed once per reading.
  const known = boxes.get(text);
  if (known && known.el === el) return known.box;
  const box = findBox(el, text);
  boxes.set(text, { el, box });
  return box;
}

const boxes = new WeakMap<TextStats, { el: Element; box: Element | null }>();

function findBox(el: Element, text: TextStats): Element | null {
  const [first, ...rest] = text.offerBlocks;
  if (!first || !el.contains(first)) return null;
  let box: Element | null = first;
  for (const b of rest) {
    if (!box || !el.contains(b)) return null;
    box = common(box, b, el);
  }
  text.lines.forEach((line, i) => {
    if (box && box !== el && mentionsOffers(line)) box = common(box, text.blocks[i] as Element, el);
  });
  return box;
}

/** Characters of the page's own text outside the offer box: prose lines and headlines (0 when there is no box, or it is `el`). */
export function besideChars(el: Element, text: TextStats): number {
  const box = offerBox(el, text);
  if (!box || box === el) return 0;
  let chars = 0;
  text.lines.forEach((line, i) => {
    const block = text.blocks[i] as Element;
    if (box.contains(block)) return;
    if (line.length >= PROSE_LINE || (line.length >= MIN_LINE && HEADLINE.test(block.tagName))) chars += line.length;
  });
  return chars;
}

export const besideContent: Signal = (c, add) => {
  if (c.kind !== 'inline' || !c.text.offerBlocks.length || c.style.position === 'absolute' || c.style.position === 'fixed') return;
  const chars = besideChars(c.el, c.text);
  if (chars >= MIN_BESIDE) add('beside-content', W.besideContent, false, String(chars));
};
