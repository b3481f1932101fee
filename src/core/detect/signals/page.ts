/**
 * Page state: a locked page makes a layer more likely a blocking modal; a
 * layer that appeared right after the user clicked or typed is probably
 * something the user opened (a menu, a lightbox); an inline panel inside or
 * right after the main text is where paywalls put their plans.
 */
import { holderStyle } from '../candidates.ts';
import type { Signal } from '../types.ts';

export const W = {
  /** html/body scroll is locked while this layer shows. */
  pageLocked: 2,
  /** Appeared within 1.5 s of a user click or key press. */
  userOpened: -6,
  /** Inline panel inside the main text container or right after it. */
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
  if (!main) return;
  // Inside the main container, or after it within its parent/grandparent.
  const scope = main.parentElement?.parentElement ?? main.parentElement;
  if (main.contains(c.el) || (scope?.contains(c.el) && main.compareDocumentPosition(c.el) & 4)) add('near-article', W.nearArticle);
};
