/**
 * Dismiss: a floating layer that carries its own close control (a button or link drawn as ×,
 * or labelled "close" in any shipped language: tables/close-words.ts). Promotions are built to
 * be dismissed, a toast or bar as much as a modal; the page's own floating furniture (a header,
 * a menu bar, a back-to-top button) is not. A small push, never evidence: a menu the reader
 * opened has a close button too (page.ts pulls that one down).
 */
import { CLOSE_GLYPHS, CLOSE_WORDS } from '../../lang/tables/close-words.ts';
import type { Signal } from '../types.ts';

export const W = {
  /** Holds a close control. */
  dismissable: 1,
};

/** Controls looked at in one layer. */
const MAX_CONTROLS = 20;
const WORDS = Object.values(CLOSE_WORDS).flat();

/** Whether `el` is a close control: drawn as a close glyph, or labelled with a close word. */
export function isCloseControl(el: Element): boolean {
  const text = (el.textContent ?? '').trim().toLowerCase();
  if (CLOSE_GLYPHS.includes(text)) return true;
  const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`.toLowerCase();
  return text.length <= 20 && WORDS.some((w) => label.includes(w) || text === w);
}

export const dismiss: Signal = (c, add) => {
  if (c.kind !== 'layer') return;
  let n = 0;
  for (const el of c.layer.querySelectorAll('button,[role=button],a')) {
    if (n++ >= MAX_CONTROLS) return;
    if (isCloseControl(el)) return add('dismissable', W.dismissable);
  }
};
