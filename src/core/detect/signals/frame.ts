/**
 * Frame body: a modal whose content is a (often cross-origin) iframe cannot
 * be read, so it is judged by its box and wrapper: an iframe filling most of
 * a centred dialog or a full-viewport sheet.
 */
import type { Signal } from '../types.ts';

export const W = {
  /** A dialog-sized iframe near the viewport centre inside a layer with little text. Evidence. */
  frameBody: 3,
};

export const frame: Signal = (c, add) => {
  if (c.kind !== 'layer' || c.text.chars > 200) return;
  const f = c.layer.tagName === 'IFRAME' ? c.layer : c.layer.querySelector('iframe');
  if (!f) return;
  const r = f.getBoundingClientRect();
  const { vw, vh } = c.ctx;
  // A dialog-sized frame near the centre: ad slots are bars or corner boxes.
  if (Math.abs((r.left + r.right) / 2 - vw / 2) < vw * 0.15 && r.top < vh * 0.6 && r.width >= 240 && r.height >= 150)
    add('frame-body', W.frameBody, true);
};
