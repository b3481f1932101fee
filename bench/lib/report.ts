/**
 * Turns the raw results into the summary (latest.json `summary`) and the markdown table.
 * Targets are reported next to results; the benchmark never fails on them.
 */
import { type CorpusScore, corpusScore } from '../metric';
import type { CorpusPageResult } from './corpus-run';
import type { FixtureResult } from './fixtures-run';
import { paired } from './paired';
import type { PartSize } from './size';
import { ratio, share, summarize, type Summary } from './stats';
import type { StressResult } from './stress-run';

export const TARGETS = {
  readerF1: 0.97,
  offerLeak: 0,
  clutterHidden: 0.99,
  scrollable: 1,
  articleHidden: 0,
  contentRatioMedian: 0.05,
  contentBytes: 15 * 1024,
  readerReadyRatio: 1.2,
  stressTaskMs: 50,
} as const;

export interface BenchSummary {
  quality: {
    pages: number;
    reader: CorpusScore;
    plain: CorpusScore;
    readerUnder05: Array<{ id: string; f1: number; url: string; error?: string }>;
    plainUnder05: Array<{ id: string; f1: number; url: string; error?: string }>;
    readerNotReady: Array<{ id: string; state: string; error?: string }>;
    /** aeb-dev pages with an isOfferLine line (the reader's own tables). */
    corpusPagesWithOfferLines: { reader: number; plain: number };
    /** aeb-dev pages with a line of the bench's own phrase list (the independent judge). */
    corpusPagesWithOfferPhrases: { reader: number; plain: number };
  };
  leakage: {
    pages: number;
    reader: { share: number; leaked: string[]; notReady: string[] };
    plainWithout: { share: number; leaked: string[] };
    plainAfter: { share: number; leaked: string[] };
    readerListedOnly: number;
    /** The independent judge (bench/lib/leak-phrases.ts). */
    readerPhraseOnly: number;
    /** The reader's own isOfferLine, for comparison (not the judge). */
    readerOfferLineOnly: number;
  };
  detection: {
    fixtures: number;
    clutterHidden: { share: number; hidden: number; found: number; stillVisible: string[]; missingSelectors: string[] };
    scrollable: { share: number; yes: number; of: number; notScrollable: string[] };
    articleVisible: { share: number; visible: number; found: number; hidden: string[] };
    keepHidden: { hidden: number; collapsed: number; found: number; which: string[] };
    corpusNothingHidden: { share: number; yes: number; of: number };
    corpusParagraphsHiddenByExtension: { count: number; pages: string[]; checked: number; located: number; notVisibleAnyCause: number };
  };
  speed: {
    pages: number;
    contentRatio: Summary;
    extractRatio: Summary;
    popupRatio: Summary;
    /** Share of the content script's time spent in its own JS (vs browser calls), median over pages. */
    contentSelfShare: number;
    ms: { content: Summary; extract: Summary; readabilityCpu: Summary; popup: Summary; readabilityWall: Summary };
    fixtureContentRatio: Summary;
    /** Pages left out of each ratio (and of both its sides) because one side had no measurement. */
    missing: { content: number; extract: number; popup: number; fixtureContent: number };
    /** The pages where each script costs the most, for whoever makes it faster. */
    slowestContent: string[];
    slowestExtract: string[];
  };
  stress?: StressResult & { shareOfWindow: number; shareOfBusy: number };
  size: PartSize[];
}

const short = (id: string) => id.slice(0, 10);

function slowest(pages: CorpusPageResult[], ms: (r: CorpusPageResult) => number | undefined, n = 5): string[] {
  return pages
    .filter((r) => typeof ms(r) === 'number')
    .sort((a, b) => (ms(b) as number) - (ms(a) as number))
    .slice(0, n)
    .map((r) => `${short(r.id)} ${(ms(r) as number).toFixed(0)} ms vs Readability ${r.readabilityMs?.toFixed(0) ?? 'n/a'} ms (${r.url})`);
}

export function isOfferPage(path: string): boolean {
  return path.startsWith('/fixtures/paywall/') || path.startsWith('/demo/');
}

export function buildSummary(corpus: CorpusPageResult[], fixtures: FixtureResult[], stress: StressResult | undefined, size: PartSize[]): BenchSummary {
  const under = (key: 'reader' | 'plain') =>
    corpus.filter((r) => r[key].f1 < 0.5).map((r) => ({ id: short(r.id), f1: r[key].f1, url: r.url, ...(r[key].error || r.error ? { error: r[key].error ?? r.error } : {}) }));
  // Leakage is asked of pages that carry offers: the paywall fixtures and the demo.
  const offerPages = fixtures.filter((f) => isOfferPage(f.path));
  const ready = offerPages.filter((f) => f.readerState === 'ready');
  const clutterAll = fixtures.reduce((a, f) => a + f.clutter.found, 0);
  const clutterHidden = fixtures.reduce((a, f) => a + f.clutter.hidden, 0);
  const articleAll = fixtures.reduce((a, f) => a + f.article.found, 0);
  const articleVisible = fixtures.reduce((a, f) => a + f.article.visible, 0);
  const scroll = share(fixtures.map((f) => f.scroll.scrollable));
  const withParagraphs = corpus.filter((r) => r.paragraphs);
  const speedPages = corpus.filter((r) => !r.error);
  // Each ratio over the pages where both of its sides were measured (bench/lib/paired.ts).
  const content = paired(speedPages, (r) => r.contentMs, (r) => r.readabilityMs);
  const extract = paired(speedPages, (r) => r.extractMs, (r) => r.readabilityMs);
  const popup = paired(speedPages.filter((r) => r.popupState === 'ready'), (r) => r.popupMs, (r) => r.readabilityWallMs);
  const fixtureContent = paired(fixtures, (f) => f.contentMs, (f) => f.readabilityMs);
  return {
    quality: {
      pages: corpus.length,
      reader: corpusScore(corpus.map((r) => r.reader.counts)),
      plain: corpusScore(corpus.map((r) => r.plain.counts)),
      readerUnder05: under('reader'),
      plainUnder05: under('plain'),
      readerNotReady: corpus.filter((r) => r.readerState !== 'ready').map((r) => ({ id: short(r.id), state: r.readerState, ...(r.reader.error ? { error: r.reader.error } : {}) })),
      corpusPagesWithOfferLines: { reader: corpus.filter((r) => r.reader.offerLines.length).length, plain: corpus.filter((r) => r.plain.offerLines.length).length },
      corpusPagesWithOfferPhrases: { reader: corpus.filter((r) => r.reader.offerPhrases?.length).length, plain: corpus.filter((r) => r.plain.offerPhrases?.length).length },
    },
    leakage: {
      pages: offerPages.length,
      reader: { share: share(ready.map((f) => f.reader.leaked)).share, leaked: ready.filter((f) => f.reader.leaked).map((f) => `${f.path}: ${[...f.reader.listed, ...f.reader.phrases].slice(0, 3).map((t) => JSON.stringify(t.slice(0, 60))).join(', ')}`), notReady: offerPages.filter((f) => f.readerState !== 'ready').map((f) => `${f.path} (${f.readerState})`) },
      plainWithout: { share: share(offerPages.map((f) => f.plainWithout.leaked)).share, leaked: offerPages.filter((f) => f.plainWithout.leaked).map((f) => f.path) },
      plainAfter: { share: share(offerPages.map((f) => f.plainAfter.leaked)).share, leaked: offerPages.filter((f) => f.plainAfter.leaked).map((f) => f.path) },
      readerListedOnly: share(ready.map((f) => f.reader.listed.length > 0)).share,
      readerPhraseOnly: share(ready.map((f) => f.reader.phrases.length > 0)).share,
      readerOfferLineOnly: share(ready.map((f) => f.reader.lines.length > 0)).share,
    },
    detection: {
      fixtures: fixtures.length,
      clutterHidden: {
        share: clutterAll ? clutterHidden / clutterAll : Number.NaN,
        hidden: clutterHidden,
        found: clutterAll,
        stillVisible: fixtures.flatMap((f) => f.clutter.visible.map((s) => `${f.path} ${s.selector}`)),
        missingSelectors: fixtures.flatMap((f) => f.clutter.missing.map((m) => `${f.path} ${m}`)),
      },
      scrollable: { ...scroll, notScrollable: fixtures.filter((f) => f.scroll.scrollable === false).map((f) => f.path) },
      articleVisible: {
        share: articleAll ? articleVisible / articleAll : Number.NaN,
        visible: articleVisible,
        found: articleAll,
        hidden: fixtures.flatMap((f) => f.article.hidden.map((s) => `${f.path} "${s.text.slice(0, 40)}" (${s.box ? 'covered' : 'no box'})`)),
      },
      keepHidden: { hidden: fixtures.reduce((a, f) => a + f.keep.hidden, 0), collapsed: fixtures.reduce((a, f) => a + (f.keep.collapsed ?? 0), 0), found: fixtures.reduce((a, f) => a + f.keep.found, 0), which: fixtures.flatMap((f) => f.keep.hiddenTexts.map((t) => `${f.path} ${t}`)) },
      corpusNothingHidden: share(corpus.map((r) => (typeof r.hiddenItems === 'number' ? r.hiddenItems === 0 : null))),
      corpusParagraphsHiddenByExtension: {
        count: withParagraphs.reduce((a, r) => a + (r.paragraphs?.hiddenByExtension ?? 0), 0),
        pages: withParagraphs.filter((r) => r.paragraphs?.hiddenByExtension).map((r) => `${short(r.id)}: ${r.paragraphs?.hiddenTexts.slice(0, 2).join(' | ')}`),
        checked: withParagraphs.reduce((a, r) => a + (r.paragraphs?.checked ?? 0), 0),
        located: withParagraphs.reduce((a, r) => a + (r.paragraphs?.located ?? 0), 0),
        notVisibleAnyCause: withParagraphs.reduce((a, r) => a + (r.paragraphs?.notVisible ?? 0), 0),
      },
    },
    speed: {
      pages: speedPages.length,
      contentRatio: summarize(content.ratios),
      extractRatio: summarize(extract.ratios),
      popupRatio: summarize(popup.ratios),
      contentSelfShare: summarize(speedPages.map((r) => ratio(r.contentSelfMs, r.contentMs))).median,
      ms: {
        content: summarize(content.a),
        extract: summarize(extract.a),
        readabilityCpu: summarize(content.b),
        popup: summarize(popup.a),
        readabilityWall: summarize(popup.b),
      },
      fixtureContentRatio: summarize(fixtureContent.ratios),
      missing: { content: content.missing, extract: extract.missing, popup: popup.missing, fixtureContent: fixtureContent.missing },
      slowestContent: slowest(speedPages, (r) => r.contentMs),
      slowestExtract: slowest(speedPages, (r) => r.extractMs),
    },
    stress: stress && {
      ...stress,
      shareOfWindow: ratio(stress.on?.scriptMs, stress.on?.windowMs),
      shareOfBusy: ratio(stress.on?.scriptMs, stress.on?.busyMs),
    },
    size,
  };
}

const pct = (x: number, digits = 1) => (Number.isFinite(x) ? `${(x * 100).toFixed(digits)}%` : 'n/a');
const num = (x: number | undefined, digits = 3) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
const x_ = (x: number | undefined) => (typeof x === 'number' && Number.isFinite(x) ? `${x.toFixed(2)}×` : 'n/a');
const ok = (cond: boolean | undefined) => (cond === undefined ? '–' : cond ? 'yes' : '**no**');
/** "; N missing" when pages were left out of a ratio for want of a measurement on one side. */
const gap = (missing: number) => (missing ? `; ${missing} missing a measurement, left out of both sides` : '');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function markdown(s: BenchSummary, meta: { when: string; commit: string; quick: boolean; seconds: number; load?: { before: number; after: number; cpus: number } }): string {
  const q = s.quality;
  const l = s.leakage;
  const d = s.detection;
  const sp = s.speed;
  const st = s.stress;
  const content = s.size.find((p) => p.part.startsWith('content'));
  const rows: string[][] = [
    ['Area', 'Measure', 'Clear Read', 'Plain Readability', 'Target', 'Met'],
    ['Quality', `F1 on aeb-dev (${q.pages} pages)`, num(q.reader.f1, 4), num(q.plain.f1, 4), `≥ ${TARGETS.readerF1}`, ok(q.reader.f1 >= TARGETS.readerF1)],
    ['Quality', 'Precision / recall', `${num(q.reader.precision, 4)} / ${num(q.reader.recall, 4)}`, `${num(q.plain.precision, 4)} / ${num(q.plain.recall, 4)}`, '', ''],
    ['Quality', 'Pages with page F1 < 0.5', String(q.readerUnder05.length), String(q.plainUnder05.length), '', ''],
    ['Leakage', `Pages whose reader text has offer text: a listed offerText or a bench-list phrase (${l.pages} paywall fixtures + demo)`, pct(l.reader.share), `${pct(l.plainWithout.share)} (page without Clear Read); ${pct(l.plainAfter.share)} (after Clear Read)`, '0%', ok(l.reader.share === 0)],
    ['Leakage', '… by judge: listed offerText / bench phrase list (independent) / isOfferLine (the reader’s own tables, not the judge)', `${pct(l.readerListedOnly)} / ${pct(l.readerPhraseOnly)} / ${pct(l.readerOfferLineOnly)}`, '', '', ''],
    ['Leakage', `aeb-dev pages whose text has a bench-list phrase / an isOfferLine line (${q.pages} pages)`, `${q.corpusPagesWithOfferPhrases.reader} / ${q.corpusPagesWithOfferLines.reader}`, `${q.corpusPagesWithOfferPhrases.plain} / ${q.corpusPagesWithOfferLines.plain}`, '', ''],
    ['Detection', `Fixture clutter elements hidden (${d.fixtures} fixtures)`, `${pct(d.clutterHidden.share)} (${d.clutterHidden.hidden}/${d.clutterHidden.found})`, '', '≥ 99%', ok(d.clutterHidden.share >= TARGETS.clutterHidden)],
    ['Detection', 'Fixtures that scroll with the wheel', `${pct(d.scrollable.share)} (${d.scrollable.yes}/${d.scrollable.of})`, '', '100%', ok(d.scrollable.share >= TARGETS.scrollable)],
    ['Detection', 'Fixture article paragraphs visible and uncovered', `${pct(d.articleVisible.share)} (${d.articleVisible.visible}/${d.articleVisible.found})`, '', '100%', ok(d.articleVisible.visible === d.articleVisible.found)],
    ['Detection', "Fixture 'keep' elements not visible (of which collapsed, no box)", `${d.keepHidden.hidden}/${d.keepHidden.found} (${d.keepHidden.collapsed})`, '', '0', ok(d.keepHidden.hidden === 0)],
    ['Detection', 'aeb-dev pages with nothing hidden', `${pct(d.corpusNothingHidden.share)} (${d.corpusNothingHidden.yes}/${d.corpusNothingHidden.of})`, '', '', ''],
    ['Detection', 'aeb-dev ground-truth paragraphs hidden by the extension', `${d.corpusParagraphsHiddenByExtension.count} (of ${d.corpusParagraphsHiddenByExtension.located} located)`, '', '0', ok(d.corpusParagraphsHiddenByExtension.count === 0)],
    ['Speed', `Content script per page load ÷ Readability.parse, median / p95 (${sp.contentRatio.n} pages${gap(sp.missing.content)})`, `${x_(sp.contentRatio.median)} / ${x_(sp.contentRatio.p95)}`, '1×', '≤ 0.05× median', ok(sp.contentRatio.median <= TARGETS.contentRatioMedian)],
    ['Speed', `Same on the fixtures, median / p95 (${sp.fixtureContentRatio.n} pages${gap(sp.missing.fixtureContent)})`, `${x_(sp.fixtureContentRatio.median)} / ${x_(sp.fixtureContentRatio.p95)}`, '1×', '', ''],
    ['Speed', '… share of that in content.js own JS (the rest: DOM/style/layout calls), median', pct(sp.contentSelfShare), '', '', ''],
    ['Speed', `Reader extraction (extract.js) ÷ Readability.parse, median / p95 (${sp.extractRatio.n} pages${gap(sp.missing.extract)})`, `${x_(sp.extractRatio.median)} / ${x_(sp.extractRatio.p95)}`, '1×', '≤ 1.2×', ok(sp.extractRatio.median <= TARGETS.readerReadyRatio)],
    ['Speed', `Popup open → ready ÷ Readability.parse (wall), median / p95 (${sp.popupRatio.n} pages${gap(sp.missing.popup)})`, `${x_(sp.popupRatio.median)} / ${x_(sp.popupRatio.p95)}`, '1×', '≤ 1.2×', ok(sp.popupRatio.median <= TARGETS.readerReadyRatio)],
    ['Speed', 'Absolute medians, ms (noisy): content / extract / popup', `${num(sp.ms.content.median, 1)} / ${num(sp.ms.extract.median, 1)} / ${num(sp.ms.popup.median, 1)}`, `${num(sp.ms.readabilityCpu.median, 1)} (CPU) / ${num(sp.ms.readabilityWall.median, 1)} (wall)`, '', ''],
  ];
  if (st) {
    rows.push(
      ['Stress', `Longest extension work in one task (${st.seconds} s × 1,000 nodes/s)`, `${num(st.on?.longestScriptInTaskMs, 1)} ms (task ${num(st.on?.taskOfLongestScriptMs, 1)} ms)`, '', '≤ 50 ms', ok(st.on ? st.on.longestScriptInTaskMs <= TARGETS.stressTaskMs : undefined)],
      ['Stress', 'Extension share of main-thread time (of window / of busy)', `${pct(st.shareOfWindow)} / ${pct(st.shareOfBusy)}`, '', '', ''],
      ['Stress', 'Longest task, extension on / off', `${num(st.on?.longestTaskMs, 1)} ms`, `${num(st.off?.longestTaskMs, 1)} ms (off)`, '', ''],
      ['Stress', 'Main thread busy, on / off', `${num(st.on?.busyMs, 0)} ms`, `${num(st.off?.busyMs, 0)} ms (off)`, '', ''],
    );
  }
  for (const p of s.size) {
    const isContent = p === content;
    rows.push(['Size', `${p.part}: ${p.files.length} file(s), minified / gzip`, `${kb(p.bytes)} / ${kb(p.gzip)}`, '', isContent ? '≤ 15 KB minified' : '', isContent ? ok(p.bytes <= TARGETS.contentBytes) : '']);
  }
  const table = rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => '---').join('|')}|` : ''}`).join('\n');
  const list = (title: string, items: string[]) => (items.length ? `\n**${title}** (${items.length}):\n${items.map((i) => `- ${i}`).join('\n')}\n` : '');
  return [
    `# Clear Read benchmark${meta.quick ? ' (quick subset)' : ''}`,
    '',
    `${meta.when}, commit ${meta.commit}, ${meta.seconds.toFixed(0)} s${meta.load ? `, load average ${meta.load.before.toFixed(1)} → ${meta.load.after.toFixed(1)} on ${meta.load.cpus} CPUs` : ''}. Ratios are measured on the same page in the same run; absolute times are noisy.`,
    '',
    table,
    list('Clear Read pages under F1 0.5', q.readerUnder05.map((r) => `${r.id} F1 ${num(r.f1)} ${r.url}${r.error ? ` (${r.error.slice(0, 80)})` : ''}`)),
    list('Plain Readability pages under F1 0.5', q.plainUnder05.map((r) => `${r.id} F1 ${num(r.f1)} ${r.url}${r.error ? ` (${r.error.slice(0, 80)})` : ''}`)),
    list('Reader not ready (corpus)', q.readerNotReady.map((r) => `${r.id} ${r.state}${r.error ? `: ${r.error.slice(0, 80)}` : ''}`)),
    list('Fixtures whose reader text leaks offer text', l.reader.leaked),
    list('Fixtures where the reader was not ready', l.reader.notReady),
    list('Clutter still visible', d.clutterHidden.stillVisible),
    list('Clutter selectors that matched nothing', d.clutterHidden.missingSelectors),
    list('Fixtures that do not scroll with the wheel', d.scrollable.notScrollable),
    list('Article paragraphs hidden or covered', d.articleVisible.hidden),
    list("'keep' elements hidden", d.keepHidden.which),
    list('aeb-dev pages where the extension hid ground-truth paragraphs', d.corpusParagraphsHiddenByExtension.pages),
    list('Slowest pages for the content script (sampled ms over the load)', sp.slowestContent),
    list('Slowest pages for extract.js', sp.slowestExtract),
    METHODS,
  ]
    .filter((part) => part !== '')
    .join('\n');
}


const METHODS = `
## How it is measured

Real Chromium (headless, 1280×800) with the BUILT extension (a snapshot of dist/chrome), pages
served on 127.0.0.1 only (every other request aborted; a page that navigates the tab away gets a
204 so it stays). Two workers, each its own browser, one tab per page.

- **Quality**: the reader's text is what \`reader/get\` answers when asked from an extension page,
  as the popup asks it (the background injects extract.js into the tab, after the content
  script's clean-up): \`articleText(article)\`, blocks joined with newlines, title excluded. Plain
  Readability: \`new Readability(document.cloneNode(true)).parse().textContent\` in the same tab,
  on the same rendered page, right after. Both scored with bench/metric.ts (aeb-dev shingle
  metric; corpus P and R are means over pages, F1 from them).
- **Leakage**: paywall fixtures and the demo. A page leaks when its text contains one of the
  fixture's \`offerTexts\` (normalized match) or a line (≤ 240 chars) with a phrase of the
  benchmark's own fixed list (bench/lib/leak-phrases.ts: subscribe, sign in, free articles, per
  month, … in the 15 shipped languages, written for the benchmark and independent of the
  reader's tables). The lines the reader's own \`isOfferLine()\` flags are reported next to it
  for comparison, never as the judge. Plain Readability is
  run twice: after Clear Read (the page as it is) and after \`page/restore\` (Clear Read's collapsing
  undone: the page a Readability user would have); the second is the fair baseline.
- **Detection** (fixtures, after the fixture's settleMs + 1.5 s; a 'scroll' fixture is wheeled
  first): an element is visible when it has a box (checkVisibility, size > 0) and, scrolled into
  view, elementFromPoint at the centre of its on-screen part lands on it or inside it. Clutter is
  hidden when not visible; article paragraphs (outside \`hiddenByPublisher\`) must be visible; so
  must \`keep\` elements. Scroll: \`page.mouse.wheel\` at the viewport centre, the page must move
  (n/a when it is no taller than the viewport). aeb-dev: "nothing hidden" is \`page/status\`
  items = 0; a ground-truth paragraph (≥ 40 chars) is located by its longest text node, and
  counts as hidden by the extension when its element has no box now and has one after
  \`page/restore\`, or sits under an inline \`display:none !important\`.
- **Speed**: V8's sampling profiler (CDP Profiler, 100 µs) on the page's renderer; a sample
  counts for a script when any frame of its stack has that script's URL, so DOM/style/layout
  work the script calls into is its cost. Content script: content.js samples from navigation to
  load + 1.2 s (detection + collapse + the follow-up probe). Extraction: extract.js samples
  while the popup opens (cold, first extraction on the page). Popup: wall time from navigating
  the popup page (\`?tabId=N\`) to \`main[data-state]\` leaving loading. Baseline: Readability's
  first parse on the same page, profiled the same way (its bundle has a sourceURL), and its
  in-page wall time for the popup ratio. Ratios are per page; median and p95 (nearest rank).
  A run with no profiler sample of its script (extension or Readability) is a missing
  measurement: that page is left out of the ratio and of both sides' medians, never read as
  0 ms (the count of such pages is shown next to each ratio).
  Not counted for the extension: style/layout the browser does later because of its changes,
  and GC; so the content-script figure is a lower bound.
- **Stress**: bench/pages/stress.html inserts 100 nodes every 100 ms (paragraphs, text divs,
  nested cards, 5% offer-like panels). Traced (devtools.timeline + v8.cpu_profiler) between the
  page's \`stress-start\` and \`stress-end\` marks + 1.5 s. Tasks are the main thread's top-level
  RunTask slices; the extension's cost in a task is its sampled time inside it. The same page is
  traced in a browser without the extension for the on/off comparison.
- **Size**: every file of each part (content.js; extract.js; the popup's, options page's and
  service worker's module graphs from their HTML/manifest entry through every import), as built
  (minified) and gzip -9. 1 KB = 1024 bytes.
`;
