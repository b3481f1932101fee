/**
 * Page state: a locked page makes a layer more likely a blocking modal; a
 * layer that appeared right after the user clicked or typed is probably
 * something the user opened (a menu, a lightbox); an inline panel inside or
 * right after the main text, or between two of the article's paragraphs (a page whose article
 * is split over several containers has one main text container only), is where paywalls put
 * their plans.
 */
import { holderStyle } from '../candidates.ts';
import type { Signal } from '../types.ts';

export const W = {
  /** html/body scroll is locked while this layer shows. */
  pageLocked: 2,
  /** Appeared within 1.5 s of a user click or key press. */
  userOpened: -6,
  /** Inline panel inside the main text container or right after it, or next to an article paragraph. */
  nearArticle: 2,
  /** Inline panel painted with a gradient (it fades the text above it out), or the box inside such an absolutely positioned sheet. */
  fadeGate: 2,
};

export const page: Signal = (c, add) => {
  const { ctx } = c;
  if (c.kind === 'layer') {
    if (ctx.lock.length) add('page-locked', W.pageLocked);
    if (performance.now() - ctx.lastInput < 1500) add('user-opened', W.userOpened);
    return;
  }
  if (/gradient/.test(c.style.backgroundImage) || /gradient/.test(holderStyle(c)?.backgroundImage ?? '')) add('fade-gate', W.fadeGate);
  const main = ctx.guard.main;
  // Inside the main container, or after it within its parent/grandparent.
  const scope = main?.parentElement?.parentElement ?? main?.parentElement;
  if (main && (main.contains(c.el) || (scope?.contains(c.el) && main.compareDocumentPosition(c.el) & 4))) add('near-article', W.nearArticle);
  else if (besideProse(c.el, ctx.guard.prose)) add('near-article', W.nearArticle);
};

/** Element siblings looked at on each side for an article paragraph. */
const SIBLINGS = 2;

/** An article paragraph (the guard's prose) among the element's nearest siblings. */
function besideProse(el: Element, prose: ReadonlyMap<unknown, number>): boolean {
  if (!prose.size) return false;
  let before = el.previousElementSibling;
  let after = el.nextElementSibling;
  for (let i = 0; i < SIBLINGS; i++) {
    if ((before && prose.has(before)) || (after && prose.has(after))) return true;
    before = before?.previousElementSibling ?? null;
    after = after?.nextElementSibling ?? null;
  }
  return false;
}
