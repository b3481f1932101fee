/**
 * Consent: cookie/privacy consent banners are not clutter for this product
 * (the user must answer them). Their text vetoes the candidate.
 */
import { judgeConsentText } from '../lang-tables.ts';
import type { Signal } from '../types.ts';

export const W = {
  /** A veto: no sum of other signals reaches the threshold past it. */
  consent: -30,
};

export const consent: Signal = (c, add) => {
  if (c.text.chars && judgeConsentText(c.text.text).score > 0) add('consent', W.consent);
};
