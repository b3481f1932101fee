import { describe, expect, it } from 'vitest';
import { seedLines } from '../../../test-data/index.ts';
import { isOfferLine, judgeOfferText } from './index';

const lines = seedLines();
const article = lines.slice(0, 14);
const panel = lines.slice(14);

/** Panel lines that need not hit one by one: plan names, bare prices/durations and the benefit list
 *  (they are caught by judging the whole panel, asserted below). */
const PANEL_ONLY = /^(smart quarterly|smart essential|super saver|₹[\d,]+|\d+ (months?|years?))$/i;

describe('seed page (Business Standard)', () => {
  it('no article line (1-14) is an offer line', () => {
    for (const line of article) expect(isOfferLine(line), line).toBe(false);
  });

  it('the article lines have no offer evidence at all', () => {
    expect(judgeOfferText(article.join('\n')).score).toBe(0);
  });

  it('limit notice, log-in prompt, price lines, terms and "what is included" are offer lines', () => {
    const mustHit = [
      'You’ve reached your limit of {{free_limit}} free articles this month.',
      'Subscribe now for unlimited access.',
      'Already subscribed? Log in',
      'Subscribe to read the full story →',
      '₹300/Month',
      '₹225/Month',
      '₹162/Month',
      'Renews automatically, cancel anytime',
      'Here’s what’s included in our digital subscription plans',
    ];
    for (const line of mustHit) {
      expect(lines).toContain(line);
      expect(isOfferLine(line), line).toBe(true);
    }
  });

  it('every panel line (15-end) is an offer line, or a plan-card/benefit line of a panel that scores high', () => {
    const panelScore = judgeOfferText(panel.join('\n')).score;
    expect(panelScore).toBeGreaterThanOrEqual(15);
    const missed = panel.filter((l) => l.trim().length > 1 && !isOfferLine(l));
    // What is missed line by line must be plan names, bare figures, or benefit-list lines.
    for (const line of missed) {
      const plausibleBenefit = !/[.!?]$/.test(line.trim()) && line.split(/\s+/).length <= 16;
      expect(PANEL_ONLY.test(line.trim()) || plausibleBenefit, line).toBe(true);
    }
  });

  it('the whole panel alone scores far above the article with the panel appended', () => {
    const panelOnly = judgeOfferText(panel.join('\n')).score;
    const whole = judgeOfferText(lines.join('\n')).score;
    expect(panelOnly).toBeGreaterThan(whole);
  });

  it('accepts the placeholder or a real number in the limit notice', () => {
    expect(isOfferLine("You've reached your limit of 5 free articles this month.")).toBe(true);
    expect(judgeOfferText("You've reached your limit of {{free_limit}} free articles").reasons).toContain('meter:en');
  });
});
