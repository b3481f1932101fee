/**
 * Plan panel: an inline box inside or after the article that shows what a subscription costs
 * (a price with a period: "9,99 € im Monat", "$4.99/month", "980円／月") next to a control to
 * act on it (a button, or a link styled as one), in short text with no article prose. That is
 * a plan card or an offer panel whatever its headline says: its wording may be unknown to the
 * tables while its price is not (currencies and period words are the tables' most stable part).
 * News about prices is prose (long lines), and shop widgets float bare prices, not periods.
 */
import { offerJudgement } from '../candidate-lines.ts';
import type { Signal } from '../types.ts';

export const W = {
  /** A subscription price and an action control in a short inline box without prose. Evidence. */
  planPanel: 6,
};

/** Longer boxes are not a panel. */
const MAX_CHARS = 1500;
/** Prose characters tolerated (one long line of pitch). */
const MAX_PROSE = 200;
const CONTROL = 'button,[role=button],input[type=submit],a[href]';

export const planPanel: Signal = (c, add) => {
  if (c.kind !== 'inline' || !c.text.chars || c.text.chars > MAX_CHARS || c.text.proseChars > MAX_PROSE) return;
  if (!c.el.querySelector(CONTROL)) return;
  if (offerJudgement(c.text).reasons.includes('price-period')) add('plan-panel', W.planPanel, true);
};
