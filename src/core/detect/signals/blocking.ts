/**
 * Blocking structure: where the text says little (wording no table knows, a language with no
 * table, or one whose pack did not come), the shape and the behaviour of a subscription modal
 * carry the decision together. A layer that blocks the page (it covers the viewport, or is a
 * dialog over the centre) and
 * - shows a price, on a page that is scroll-locked or dimmed: no cookie-consent dialog, age
 *   gate or edition picker shows a price; or
 * - says anything at all of offers (the tables' score above 0), on a page that is both
 *   scroll-locked and dimmed (consent text vetoes apart, consent.ts).
 * While the text's own language table is on its way, this signal waits for it (the detector
 * judges again when it arrived or failed).
 *
 * A dimmed sheet (a translucent full-viewport layer: the layer itself, one of its children or
 * a sibling) and the price itself add a point each; they are not evidence alone.
 */
import { langPending } from '../lang-tables.ts';
import { offerJudgement } from '../candidate-lines.ts';
import type { Candidate, Signal } from '../types.ts';
import { shapeOf } from './geometry.ts';
import { cover } from './positioning.ts';

export const W = {
  /** A translucent full-viewport sheet: the layer, a child or a sibling of it. */
  dimmedSheet: 1,
  /** A price (a currency and a number, in any language) on a blocking layer. */
  priceOnBlocker: 1,
  /**
   * Evidence: a blocking layer with a price on a locked or dimmed page, or with some offer
   * words on a locked and dimmed page; its text's language not awaited. As strong as a
   * vendor shape or a sign-up form.
   */
  blockingShape: 3,
};

/** A layer with more text than this is not a modal (and is judged by its text). */
const MAX_CHARS = 2500;
/** Effective opacity of a dimmer: see-through, but painted. */
const DIM = { min: 0.2, max: 0.97 };
/** Children and siblings looked at for the dimmer. */
const NEAR = 6;

/** Alpha of a computed colour (`rgb(…)` is 1, `rgba(…, a)` or `rgb(… / a)` is a; transparent is 0). */
export function alphaOf(color: string): number {
  const m = /rgba?\(([^)]*)\)/.exec(color);
  if (!m) return color === 'transparent' ? 0 : 1;
  const parts = (m[1] as string).split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 4) return 1;
  const a = parts[3] as string;
  return a.endsWith('%') ? Number.parseFloat(a) / 100 : Number.parseFloat(a);
}

/** True when `s` paints a see-through dimmer (colour alpha times opacity), or blurs what is behind. */
export function dims(s: CSSStyleDeclaration): boolean {
  const filter = s.backdropFilter || (s as unknown as Record<string, string>).webkitBackdropFilter;
  if (filter && filter !== 'none') return true;
  const a = alphaOf(s.backgroundColor) * (Number.parseFloat(s.opacity) || (s.opacity === '0' ? 0 : 1));
  return a >= DIM.min && a <= DIM.max;
}

function dimmedNear(c: Candidate): boolean {
  const win = c.layer.ownerDocument.defaultView;
  if (!win) return false;
  const { vw, vh } = c.ctx;
  const sheet = (el: Element, rect?: DOMRect) => cover(rect ?? el.getBoundingClientRect(), vw, vh) >= 0.85 && dims(win.getComputedStyle(el));
  if (cover(c.rect, vw, vh) >= 0.85 && dims(c.style)) return true;
  let n = 0;
  for (let k = c.layer.firstElementChild; k && n < NEAR; k = k.nextElementSibling, n++) if (sheet(k)) return true;
  n = 0;
  for (let s = c.layer.parentElement?.firstElementChild; s && n < NEAR * 2; s = s.nextElementSibling, n++) if (s !== c.layer && sheet(s)) return true;
  return false;
}

export const blocking: Signal = (c, add) => {
  if (c.kind !== 'layer') return;
  const shape = shapeOf(c);
  if (shape !== 'cover' && shape !== 'dialog') return;
  const dimmed = dimmedNear(c);
  if (dimmed) add('dimmed-sheet', W.dimmedSheet);
  if (!c.text.chars || c.text.chars > MAX_CHARS) return;
  const j = offerJudgement(c.text);
  const price = j.reasons.some((r) => r === 'price' || r === 'price-period');
  if (price) add('price-on-blocker', W.priceOnBlocker);
  const locked = c.ctx.lock.length > 0;
  const carried = price ? locked || dimmed : locked && dimmed && j.score > 0;
  if (carried && !langPending(c.text.missing)) add('blocking-shape', W.blockingShape, true);
};
