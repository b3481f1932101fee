/**
 * Text: what the element says, judged by the language tables (meter and
 * limit notices, log-in prompts, plans with prices, renew/cancel lines, in
 * many languages). Points scale with the tables' score and with how much of
 * the element's own text is offer text, so a footer or a menu with one
 * "Subscribe" link stays low while a paywall panel scores high.
 */
import { judgeOfferText } from '../lang-tables.ts';
import type { Signal } from '../types.ts';

export const W = {
  /** Points per unit of the language tables' offer score. */
  perScore: 1.5,
  /** Cap: text alone may carry an inline panel over the threshold only with the location bonus. */
  max: 8,
  /** Offer lines at or above this share of the text count fully; below it points shrink linearly. */
  fullShare: 0.3,
};

export const text: Signal = (c, add) => {
  const t = c.text;
  if (!t.chars) return;
  const j = judgeOfferText(t.text);
  if (j.score <= 0) return;
  const share = Math.min(1, t.offerChars / t.chars / W.fullShare);
  const pts = Math.min(W.max, j.score * W.perScore * share);
  if (pts > 0) add('offer-text', pts, true, j.reasons.slice(0, 4).join(','));
};
