import { describe, expect, it } from 'vitest';
import { judgeCorpusPage } from './corpus-verdict.ts';

const gt = (over: Partial<{ hidden: number; covered: number; found: number; total: number; coveredBy: string[] }> = {}) => ({ hidden: 0, covered: 0, found: 10, total: 12, coveredBy: [], ...over });

describe('judgeCorpusPage', () => {
  it('passes a page that was really checked and where nothing of the article is hidden or covered', () => {
    expect(judgeCorpusPage({ id: 'a', items: [], gt: gt() })).toEqual({ failures: [], hidden: [] });
  });
  it('fails, never counts as "nothing hidden", a page that did not load, did not answer, or showed no ground truth', () => {
    expect(judgeCorpusPage({ id: 'a', loadError: 'timeout', items: [], gt: gt() }).failures).toHaveLength(1);
    expect(judgeCorpusPage({ id: 'a', items: null, gt: gt() }).failures[0]).toContain('never answered');
    expect(judgeCorpusPage({ id: 'a', items: [], gt: gt({ found: 0 }) }).failures[0]).toContain('none of the 12');
    expect(judgeCorpusPage({ id: 'a', items: [], gt: null }).failures).toHaveLength(1);
  });
  it('fails on hidden and on covered ground-truth lines', () => {
    expect(judgeCorpusPage({ id: 'a', items: [], gt: gt({ hidden: 2 }) }).failures[0]).toContain('2 ground-truth lines hidden');
    expect(judgeCorpusPage({ id: 'a', items: [], gt: gt({ covered: 1 }) }).failures[0]).toContain('1 sampled ground-truth lines covered');
  });
  it('lists hidden items with their reasons', () => {
    expect(judgeCorpusPage({ id: 'a', items: [{ label: 'div.modal', reasons: ['fixed', 'offer-text'] }], gt: gt() }).hidden).toEqual(['div.modal [fixed offer-text]']);
  });
});
