/**
 * Stacking: clutter sits on top. A high z-index, being what the viewport
 * centre shows, and the textless translucent backdrop behind a modal.
 */
import type { Signal } from '../types.ts';

export const W = {
  /** z-index >= 10. */
  raised: 1,
  /** z-index >= 1000 (an extra point). */
  topmost: 1,
  /** The layer is what the viewport centre shows, above the article. */
  blocksCentre: 2,
  /**
   * A textless full-viewport sheet (dimmer or click-catcher), on a page where an
   * overlay was already collapsed (the dimmer that belonged to it). Counted
   * as evidence: alone it is never enough because it needs the pairing.
   */
  backdrop: 3,
};

export const stacking: Signal = (c, add) => {
  const z = Number.parseInt(c.style.zIndex, 10) || 0;
  if (z >= 10) add('raised', W.raised);
  if (z >= 1000) add('topmost', W.topmost);
  if (c.atCentre) add('blocks-centre', W.blocksCentre);
  // Painted or not: a transparent sheet still swallows clicks on the article.
  if (c.ctx.overlayHidden && c.text.chars < 20 && c.rect.width >= c.ctx.vw * 0.85 && c.rect.height >= c.ctx.vh * 0.85 && !c.layer.querySelector('iframe'))
    add('backdrop', W.backdrop, true);
};
