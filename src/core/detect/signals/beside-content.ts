/**
 * Beside content: an inline candidate that holds the page's own text next to an offer box.
 *
 * An offer panel put between an article's paragraphs often lands inside one of the page's own
 * wrappers (a card around a paragraph, a list item of an embedded related-stories box, a
 * figure): the wrapper then holds both, and collapsing it hides the page's text with the offer.
 * The offer box (`offerBox`) is the smallest element that holds every offer line, every line
 * that says anything of offers or accounts (a weak word: "sign in", "connexion", "abonnement"),
 * and every control (a button, or a link that stands alone as a short line: "Join today");
 * lines outside it that say nothing of offers (a paragraph, a headline) are the page's own. A
 * candidate holding enough of them is vetoed, and the offer box itself is judged instead
 * (collapse.ts, trySeed). A box's own lines the tables do not know (a pitch between its
 * headline and its button) lie inside the box and do not count. A candidate positioned on its
 * own (a gate's sheet laid over the article) is not one of the page's wrappers: not asked.
 */
import { blockOf, type TextStats } from '../candidate-lines.ts';
import { judgeOfferText } from '../lang-tables.ts';
import type { Signal } from '../types.ts';

export const W = {
  /** A veto: no sum of other signals reaches the threshold past it. */
  besideContent: -30,
};

/** Characters of the page's own text beside the box that make a candidate hold content (a headline or a sentence). */
export const MIN_BESIDE = 40;
/** Lines shorter than this beside the box are labels or controls ("×", "Ad", "Menu"), not content. */
export const MIN_LINE = 20;
const CONTROL = 'button,[role=button],input[type=submit],a[href]';
/** A link longer than this is a headline or a sentence, not a control. */
export const MAX_CONTROL = 32;

/** A button, or a short link that is its block's whole line (not a link inside a sentence, not a headline). */
function isControl(el: Element): boolean {
  if (el.tagName !== 'A') return true;
  const text = (el.textContent ?? '').trim();
  return text.length > 0 && text.length <= MAX_CONTROL && (blockOf(el).textContent ?? '').trim() === text;
}

/** The smallest element holding `a` and `b` (`a` itself when it holds `b`); null when none under `top`. */
function common(a: Element, b: Element, top: Element): Element | null {
  let box: Element | null = a;
  while (box && !box.contains(b)) box = box === top ? null : box.parentElement;
  return box;
}

/**
 * The smallest element under `el` holding every offer line's block, every line that mentions
 * offers and every control; null when there are no offer lines or one sits outside `el`'s own
 * tree (in a shadow root or a frame).
 */
export function offerBox(el: Element, text: TextStats): Element | null {
  const [first, ...rest] = text.offerBlocks;
  if (!first || !el.contains(first)) return null;
  let box: Element | null = first;
  for (const b of rest) {
    if (!box || !el.contains(b)) return null;
    box = common(box, b, el);
  }
  text.lines.forEach((line, i) => {
    if (box && box !== el && judgeOfferText(line).score > 0) box = common(box, text.blocks[i] as Element, el);
  });
  for (const control of el.querySelectorAll(CONTROL)) if (box && box !== el && isControl(control)) box = common(box, control, el);
  return box;
}

/** Characters of lines of at least MIN_LINE outside the offer box (0 when there is no box, or it is `el`). */
export function besideChars(el: Element, text: TextStats): number {
  const box = offerBox(el, text);
  if (!box || box === el) return 0;
  let chars = 0;
  text.lines.forEach((line, i) => {
    if (line.length >= MIN_LINE && !box.contains(text.blocks[i] as Element)) chars += line.length;
  });
  return chars;
}

export const besideContent: Signal = (c, add) => {
  if (c.kind !== 'inline' || !c.text.offerBlocks.length || c.style.position === 'absolute' || c.style.position === 'fixed') return;
  const chars = besideChars(c.el, c.text);
  if (chars >= MIN_BESIDE) add('beside-content', W.besideContent, false, String(chars));
};
