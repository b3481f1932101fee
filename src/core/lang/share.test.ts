import { describe, expect, it } from 'vitest';
import { localJudge, memoJudge } from '../extract/offer-judge';
import type { OfferJudge } from './api';
import { LANG_SHARE_KEY, publishLangShare, sharedJudge } from './share';

const fallback: OfferJudge = { isOfferLine: () => false, judgeOfferText: () => ({ score: -1, reasons: ['fallback'] }) };

describe('sharing the content script matcher with extract.js', () => {
  it('publishes read-only, not enumerable, and extract.js uses it', () => {
    const world = {};
    publishLangShare(world);
    publishLangShare(world); // twice is harmless
    expect(Object.keys(world)).toEqual([]);
    const judge = sharedJudge([], fallback, world);
    expect(judge).not.toBeNull();
    expect(judge?.isOfferLine('Subscribe now for unlimited access')).toBe(true);
    expect(() => {
      (world as Record<symbol, unknown>)[Symbol.for(LANG_SHARE_KEY)] = null;
    }).toThrow();
  });
  it('is not used when absent, malformed, or missing a language the page needs', () => {
    expect(sharedJudge([], fallback, {})).toBeNull();
    expect(sharedJudge([], fallback, { [Symbol.for(LANG_SHARE_KEY)]: { isOfferLine: 1 } })).toBeNull();
    const world = {};
    publishLangShare(world);
    // The test bundle has every table; a page needing an unknown one gets extract.js's own.
    expect(sharedJudge(['xx'], fallback, world)).toBeNull();
  });
  it('falls back per text when a shared call throws or answers in a wrong shape', () => {
    const world = {
      [Symbol.for(LANG_SHARE_KEY)]: {
        activeLangs: () => ['en'],
        isOfferLine: () => {
          throw new Error('boom');
        },
        judgeOfferText: () => 'nonsense',
      },
    };
    const judge = sharedJudge([], fallback, world);
    expect(judge?.isOfferLine('x')).toBe(false);
    expect(judge?.judgeOfferText('x').reasons).toEqual(['fallback']);
  });
});

describe('memoJudge', () => {
  it('asks once per distinct text and answers like the judge it wraps', () => {
    let calls = 0;
    const counting: OfferJudge = {
      isOfferLine(t) {
        calls++;
        return localJudge.isOfferLine(t);
      },
      judgeOfferText(t) {
        calls++;
        return localJudge.judgeOfferText(t);
      },
    };
    const memo = memoJudge(counting);
    const line = 'Already a subscriber? Log in';
    expect(memo.isOfferLine(line)).toBe(localJudge.isOfferLine(line));
    memo.isOfferLine(line);
    const a = memo.judgeOfferText(line);
    a.reasons.push('changed by a caller');
    expect(memo.judgeOfferText(line)).toEqual(localJudge.judgeOfferText(line));
    expect(calls).toBe(2);
  });
});
