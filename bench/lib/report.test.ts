import { describe, expect, it } from 'vitest';
import type { CorpusPageResult } from './corpus-run';
import { score } from './corpus-run';
import type { FixtureResult } from './fixtures-run';
import { buildSummary, markdown } from './report';

const clean = { listed: [], phrases: [], lines: [], leaked: false, chars: 100 };

function fixture(path: string, over: Partial<FixtureResult> = {}): FixtureResult {
  return {
    path,
    clutter: { found: 2, hidden: 2, missing: [], visible: [] },
    keep: { found: 1, hidden: 0, hiddenTexts: [] },
    article: { found: 5, visible: 5, hidden: [] },
    scroll: { scrollable: true, before: 0, after: 400, height: 2000 },
    readerState: 'ready',
    reader: clean,
    plainAfter: clean,
    plainWithout: { listed: ['Subscribe now'], phrases: ['Subscribe now'], lines: [], leaked: true, chars: 120 },
    contentMs: 1,
    readabilityMs: 10,
    ...over,
  };
}

function page(id: string, truth: string, reader: string, plain: string, over: Partial<CorpusPageResult> = {}): CorpusPageResult {
  return { id, url: `https://example.com/${id}`, readerState: 'ready', reader: score(truth, reader), plain: score(truth, plain), contentMs: 1, readabilityMs: 20, extractMs: 10, popupMs: 30, popupState: 'ready', readabilityWallMs: 20, hiddenItems: 0, paragraphs: { checked: 3, located: 3, notVisible: 0, hiddenByExtension: 0, hiddenTexts: [] }, ...over };
}

describe('buildSummary', () => {
  const truth = 'one two three four five six seven eight';
  const corpus = [
    page('a'.repeat(64), truth, truth, truth),
    page('b'.repeat(64), truth, 'nothing alike here at all', truth, { contentMs: 4, hiddenItems: 2, paragraphs: { checked: 2, located: 2, notVisible: 1, hiddenByExtension: 1, hiddenTexts: ['a paragraph'] } }),
  ];
  const fixtures = [
    fixture('/demo/index.html'),
    fixture('/fixtures/paywall/a.html', { reader: { listed: ['Subscribe now'], phrases: [], lines: [], leaked: true, chars: 100 }, clutter: { found: 2, hidden: 1, missing: [], visible: [{ selector: '.m', text: '', box: true, hit: true, visible: true }] } }),
    // A negative page: no clutter; its text is not asked about offers.
    fixture('/fixtures/negative/n.html', { clutter: { found: 0, hidden: 0, missing: [], visible: [] }, reader: { listed: [], phrases: ['€9 a month'], lines: ['€9 a month'], leaked: true, chars: 100 }, scroll: { scrollable: null, before: 0, after: 0, height: 500 } }),
  ];
  const s = buildSummary(corpus, fixtures, undefined, []);

  it('scores the corpus with the metric and lists pages under 0.5', () => {
    expect(s.quality.reader.f1).toBeCloseTo(0.5, 6); // one perfect page, one with P = R = 0
    expect(s.quality.plain.f1).toBe(1);
    expect(s.quality.readerUnder05.map((r) => r.id)).toEqual(['bbbbbbbbbb']);
  });

  it('asks about leakage on paywall fixtures and the demo only', () => {
    expect(s.leakage.pages).toBe(2);
    expect(s.leakage.reader.share).toBe(0.5);
    expect(s.leakage.plainWithout.share).toBe(1);
  });

  it('sums clutter and paragraphs over fixtures, and counts scroll only where the page can scroll', () => {
    expect(s.detection.clutterHidden).toMatchObject({ hidden: 3, found: 4, stillVisible: ['/fixtures/paywall/a.html .m'] });
    expect(s.detection.scrollable).toMatchObject({ yes: 2, of: 2 });
    expect(s.detection.articleVisible).toMatchObject({ visible: 15, found: 15 });
    expect(s.detection.corpusNothingHidden).toMatchObject({ yes: 1, of: 2 });
    expect(s.detection.corpusParagraphsHiddenByExtension.count).toBe(1);
  });

  it('takes per-page ratios before the median', () => {
    // content/readability: 1/20 and 4/20 → median of [0.05, 0.2] = 0.125.
    expect(s.speed.contentRatio.median).toBeCloseTo(0.125, 9);
    expect(s.speed.popupRatio.median).toBeCloseTo(1.5, 9);
  });

  it('reports a zero-sample run as missing for both sides of the ratio, not as 0 ms', () => {
    const withGap = buildSummary(
      [...corpus, page('c'.repeat(64), truth, truth, truth, { contentMs: undefined, readabilityMs: 20 }), page('d'.repeat(64), truth, truth, truth, { contentMs: 2, readabilityMs: undefined, extractMs: 5 })],
      [...fixtures, fixture('/fixtures/paywall/z.html', { contentMs: undefined })],
      undefined,
      [],
    );
    // The same two measured pages as without the gaps: [0.05, 0.2].
    expect(withGap.speed.contentRatio).toMatchObject({ n: 2 });
    expect(withGap.speed.contentRatio.median).toBeCloseTo(0.125, 9);
    expect(withGap.speed.ms.content.n).toBe(2);
    expect(withGap.speed.ms.readabilityCpu.n).toBe(2); // page c's Readability time is left out too
    expect(withGap.speed.missing).toMatchObject({ content: 2, extract: 1, fixtureContent: 1 });
    expect(withGap.speed.fixtureContentRatio.n).toBe(3);
    const md = markdown(withGap, { when: 'now', commit: 'abc', quick: true, seconds: 1 });
    expect(md).toContain('(2 pages; 2 missing a measurement, left out of both sides)');
  });

  it('renders a table with the targets', () => {
    const md = markdown(s, { when: 'now', commit: 'abc', quick: true, seconds: 1 });
    expect(md).toContain('| Quality | F1 on aeb-dev (2 pages) | 0.5000 | 1.0000 | ≥ 0.97 | **no** |');
    expect(md).toContain('## How it is measured');
  });
});
