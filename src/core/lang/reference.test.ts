import { describe, expect, it } from 'vitest';
import { offerQuotes } from '../../../test-data/index.ts';
import { isOfferLine, judgeOfferText } from './index';

/**
 * Offer texts quoted verbatim from public vendor defaults and publisher pages
 * (test-data/offer-quotes.json). Every one must be an offer line.
 */
const QUOTED = offerQuotes();

describe('verbatim offer texts from the field guide', () => {
  for (const [lang, lines] of Object.entries(QUOTED)) {
    for (const line of lines) {
      it(`${lang}: ${line}`, () => {
        expect(isOfferLine(line), JSON.stringify(judgeOfferText(line))).toBe(true);
      });
    }
  }
});
