/**
 * Geometry: the shapes clutter takes in the viewport. A full-viewport sheet
 * (backdrop or takeover), a centred dialog box, a bar along the top or
 * bottom edge, a toast in a corner.
 */
import type { Signal } from '../types.ts';
import { cover } from './positioning.ts';

export const W = {
  /** Covers at least 85% of the viewport. */
  coversViewport: 3,
  /** A centred box of dialog size. */
  dialogBox: 2,
  /** At least 70% of the width, against the top or bottom edge, at most 45% of the height. */
  edgeBar: 2,
  /** A small box against a corner (slide-in, toast). */
  cornerToast: 1,
};

export const geometry: Signal = (c, add) => {
  const { vw, vh } = c.ctx;
  const r = c.rect;
  if (cover(r, vw, vh) >= 0.85) return add('covers-viewport', W.coversViewport);
  const cx = (r.left + r.right) / 2;
  const cy = (r.top + r.bottom) / 2;
  if (Math.abs(cx - vw / 2) < vw * 0.12 && Math.abs(cy - vh / 2) < vh * 0.25 && r.width >= 240 && r.height >= 120 && r.width < vw * 0.95)
    return add('dialog-box', W.dialogBox);
  if (r.width >= vw * 0.7 && r.height <= vh * 0.45 && (r.top <= 8 || r.bottom >= vh - 8)) return add('edge-bar', W.edgeBar);
  if (r.width < vw * 0.5 && (r.left <= 48 || r.right >= vw - 48) && (r.top <= 48 || r.bottom >= vh - 48)) add('corner-toast', W.cornerToast);
};
