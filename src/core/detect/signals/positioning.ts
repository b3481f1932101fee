/**
 * Positioning: clutter floats above the page (fixed, sticky), or is an
 * absolutely positioned sheet over a large part of the viewport.
 */
import type { Signal } from '../types.ts';

export const W = {
  /** position: fixed (modals, backdrops, meter bars, toasts). */
  fixed: 3,
  /** position: sticky (bars that stick while reading). */
  sticky: 2,
  /** position: absolute and covering at least half of the viewport. */
  absoluteSheet: 2,
};

export const positioning: Signal = (c, add) => {
  const p = c.style.position;
  if (p === 'fixed') add('fixed', W.fixed);
  else if (p === 'sticky') add('sticky', W.sticky);
  else if (p === 'absolute' && cover(c.rect, c.ctx.vw, c.ctx.vh) >= 0.5) add('absolute-sheet', W.absoluteSheet);
};

/** Fraction of the viewport covered by `r`. */
export function cover(r: DOMRect, vw: number, vh: number): number {
  const w = Math.min(r.right, vw) - Math.max(r.left, 0);
  const h = Math.min(r.bottom, vh) - Math.max(r.top, 0);
  return w > 0 && h > 0 ? (w * h) / (vw * vh) : 0;
}
