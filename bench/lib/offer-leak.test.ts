import { describe, expect, it } from 'vitest';
import { checkLeak, leakedOfferTexts, normalizeForMatch, offerLines } from './offer-leak';

describe('leakedOfferTexts', () => {
  const offers = ['Subscribe now for unlimited access.', '₹300/Month', 'Already subscribed?'];

  it('finds a listed phrase inside a longer reader text', () => {
    const text = 'The minister spoke on Monday.\nSubscribe now for unlimited access.\nHe left.';
    expect(leakedOfferTexts(text, offers)).toEqual(['Subscribe now for unlimited access.']);
  });

  it('finds a phrase split over lines, in another case, with curly quotes and odd spaces', () => {
    expect(leakedOfferTexts('ALREADY\n  subscribed?', offers)).toEqual(['Already subscribed?']);
    expect(leakedOfferTexts('You\u2019ve reached your limit', ["You've reached your limit"])).toHaveLength(1);
    expect(leakedOfferTexts('Pay \uFF3C300', ['\\300'])).toHaveLength(1); // NFKC folds the full-width form
  });

  it('does not fire on article text that only shares words with an offer', () => {
    const text = 'Readers who subscribe to the idea of unlimited growth were wrong, she said.';
    expect(leakedOfferTexts(text, offers)).toEqual([]);
  });

  it('ignores an empty phrase (it would match everything)', () => {
    expect(leakedOfferTexts('anything', ['', '   '])).toEqual([]);
  });
});

describe('offerLines and checkLeak', () => {
  const judge = (line: string) => /subscribe/i.test(line);

  it('judges each line on its own and trims it', () => {
    expect(offerLines('A calm paragraph.\n  Subscribe today  \nAnother one.', judge)).toEqual(['Subscribe today']);
  });

  it('leaves out paragraph-sized lines', () => {
    expect(offerLines(`Subscribe ${'word '.repeat(100)}`, judge)).toEqual([]);
  });

  it('reports either check as a leak, and none for a clean text', () => {
    expect(checkLeak('Clean article text.', ['Join now'], judge).leaked).toBe(false);
    expect(checkLeak('Join now', ['Join now'], judge)).toEqual({ listed: ['Join now'], phrases: [], lines: [], leaked: true });
    expect(checkLeak('Subscribe', [], judge)).toEqual({ listed: [], phrases: ['Subscribe'], lines: ['Subscribe'], leaked: true });
  });

  it('reports the project isOfferLine by default, next to the bench list', () => {
    expect(checkLeak("You've reached your limit of free articles. Subscribe to continue reading.")).toMatchObject({ leaked: true, lines: ["You've reached your limit of free articles. Subscribe to continue reading."] });
    expect(checkLeak('The council met on Tuesday to discuss the bus network.').leaked).toBe(false);
  });

  it('normalizes', () => {
    expect(normalizeForMatch('  A\u00ADB\u200B  C\n')).toBe('ab c');
  });
});
