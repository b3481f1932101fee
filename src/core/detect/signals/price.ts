/**
 * Subscription price: a price with a period ("$4.99/month", "9,99 € im Monat", "₹99 प्रति
 * माह", "980円／月") on a floating layer (a bar, a toast, a dialog). A price with a period is
 * what a subscription costs; shops float bare prices ("$19.99, Add to cart"), and news text
 * about prices is long prose, never a floating strip. The language tables find it (their
 * period words), so text in a language whose table has not arrived yet finds it once it has.
 */
import { offerJudgement } from '../candidate-lines.ts';
import type { Signal } from '../types.ts';

export const W = {
  /**
   * A price with a period in a fixed or sticky layer's short text. Evidence. Enough, with the
   * layer's position and shape, to carry a small corner box whose other words no table knows
   * ("…？500円／月で" + "次へ" + "×"): what a subscription costs, floating, is an offer.
   */
  subscriptionPrice: 3,
};

/** Longer layers are not bars, toasts or dialogs. */
const MAX_CHARS = 1500;

export const price: Signal = (c, add) => {
  if (c.kind !== 'layer' || !c.text.chars || c.text.chars > MAX_CHARS) return;
  if (offerJudgement(c.text).reasons.includes('price-period')) add('subscription-price', W.subscriptionPrice, true);
};
