/**
 * Geometry: the shapes clutter takes in the viewport. A full-viewport sheet
 * (backdrop or takeover), a centred dialog box, a bar along the top or
 * bottom edge, a slim floating strip elsewhere (a bar below the site
 * header), a toast in a corner.
 */
import type { Candidate, Signal } from '../types.ts';
import { cover } from './positioning.ts';

export const W = {
  /** Covers at least 85% of the viewport. */
  coversViewport: 3,
  /** A centred box of dialog size. */
  dialogBox: 2,
  /** At least 70% of the width, against the top or bottom edge, at most 45% of the height. */
  edgeBar: 2,
  /**
   * A fixed or sticky strip of at least 70% of the width and at most SLIM_BAR_MAX px (and a
   * quarter of the viewport) high, anywhere: a subscribe bar held below a site header. Site
   * headers have this shape too; navigation pulls them down and they carry no offer evidence.
   */
  slimBar: 2,
  /**
   * A small box in a corner area (slide-in, toast), up to TOAST_EDGE px from its two edges
   * (toasts float clear of a site header or a bottom bar). Chat buttons and back-to-top
   * arrows have this shape too: they carry no offer evidence, which a layer needs.
   */
  cornerToast: 2,
};

const SLIM_BAR_MAX = 160;
/** How far from the side and from the top or bottom edge a corner box may sit (px). */
const TOAST_EDGE = 150;

export type Shape = 'cover' | 'dialog' | 'edge-bar' | 'slim-bar' | 'toast' | null;

/** The candidate's shape in the viewport (the first that fits, in this order). */
export function shapeOf(c: Candidate): Shape {
  const { vw, vh } = c.ctx;
  const r = c.rect;
  if (cover(r, vw, vh) >= 0.85) return 'cover';
  const cx = (r.left + r.right) / 2;
  const cy = (r.top + r.bottom) / 2;
  if (Math.abs(cx - vw / 2) < vw * 0.12 && Math.abs(cy - vh / 2) < vh * 0.25 && r.width >= 240 && r.height >= 120 && r.width < vw * 0.95) return 'dialog';
  if (r.width >= vw * 0.7 && r.height <= vh * 0.45 && (r.top <= 8 || r.bottom >= vh - 8)) return 'edge-bar';
  const floating = c.style.position === 'fixed' || c.style.position === 'sticky';
  if (floating && r.width >= vw * 0.7 && r.height <= Math.min(SLIM_BAR_MAX, vh * 0.25) && r.bottom > 0 && r.top < vh) return 'slim-bar';
  if (r.width < vw * 0.5 && (r.left <= TOAST_EDGE || r.right >= vw - TOAST_EDGE) && (r.top <= TOAST_EDGE || r.bottom >= vh - TOAST_EDGE)) return 'toast';
  return null;
}

export const geometry: Signal = (c, add) => {
  switch (shapeOf(c)) {
    case 'cover':
      return add('covers-viewport', W.coversViewport);
    case 'dialog':
      return add('dialog-box', W.dialogBox);
    case 'edge-bar':
      return add('edge-bar', W.edgeBar);
    case 'slim-bar':
      return add('slim-bar', W.slimBar);
    case 'toast':
      return add('corner-toast', W.cornerToast);
  }
};
