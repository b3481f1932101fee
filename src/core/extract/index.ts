/**
 * extractArticle: from the page as the user sees it to the plain Article model.
 *
 *   visible clone (leave out hidden / collapsed / withheld text)
 *   → Readability 0.6 on the clone
 *   → prune offer panels, gate tails and boilerplate Readability kept
 *   → convert to Block[] (sanitized, absolute URLs)
 *   → metadata, reading stats, partial detection.
 *
 * Never throws; bounded on huge documents.
 */
import type { Article } from '../article';
import type { ExtractResult } from '../../shared/injected';
import { byline as findByline, jsonLdDatePublished, jsonLdNodes, siteName as findSiteName } from './header';
import { detectDir, leadImage, pageLang, pageUrls, publishedTime } from './metadata';
import { sharedJudge } from '../lang/share';
import { ensureLangs, neededLangs } from './needed-langs';
import { localJudge, memoJudge, type OfferJudge } from './offer-judge';
import { detectPartial } from './partial';
import { pruneArticle } from './prune';
import { runReadability } from './readability';
import { readingStats, articleText } from './reading-stats';
import { elementToBlocks } from './to-model';
import { addStandfirst, descriptions, findStandfirst } from './standfirst';
import { buildVisibleClone } from './visible-clone';

export { articleText } from './reading-stats';

export type { ExtractResult, ExtractStats } from '../../shared/injected';

export interface ExtractOptions {
  url?: string;
  /** Pages with more elements are refused ('too-large'). */
  maxElements?: number;
  /** Pages with more text (chars) are refused ('too-large'). */
  maxChars?: number;
  /** Nesting deeper than this after unwrapping is refused ('too-complex'); default MAX_DEPTH. */
  maxDepth?: number;
  /** Bench tracing: called with each stage's root (the visible clone's body, Readability's article, then after each prune pass). */
  trace?: (stage: string, root: Element) => void;
}

/** Beyond these a page is not an article we can process in a popup's time budget. */
export const MAX_ELEMENTS = 80000;
export const MAX_CHARS = 3_000_000;

/**
 * Complexity budget (see visible-clone.ts for the depth rules). Past these the page is
 * answered with 'too-complex' rather than a popup that never settles:
 * - nesting still deeper than MAX_DEPTH after wrapper chains were unwrapped (every level
 *   carries content, so it cannot be flattened safely; the conversion would overflow the stack),
 * - the visibility walk ran out of its time budget (the rest would be unjudged, and hidden or
 *   withheld text could leak into the reader),
 * - Readability and the clone together past MAX_MS before pruning starts.
 * The time limits are safety nets below the background's 15 s deadline, not the 3 s target:
 * the depth rules settle the known deep shapes in well under a second, and on a machine at
 * load 50 ordinary pages took 2.5-6 s in the page (lower limits called them too complex).
 */
export const MAX_DEPTH = 600;
export const MAX_MS = 10000;

/** Less visible text than this is not an article (a login page, an error stub). */
const MIN_ARTICLE_CHARS = 25;

const TITLE_SEPARATORS = /\s+[|\-–—·:»]\s+/;

/**
 * Named heuristic "title from h1": Readability keeps "Headline | Site" when the headline is
 * short. When a page h1 equals one segment of the title, that segment is the headline.
 */
export function refineTitle(title: string, doc: Document): string {
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .slice(0, 5)
    .map((h1) => (h1.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  if (TITLE_SEPARATORS.test(title)) {
    const segments = title.split(TITLE_SEPARATORS).map((s) => s.trim().toLowerCase());
    const exact = h1s.find((t) => segments.includes(t.toLowerCase()));
    if (exact) return exact;
  }
  // Named heuristic "fuller headline": sites often shorten the <title> for search results
  // ("…, says Lavrov") while the page's one h1 carries the whole headline ("…, says Russian
  // foreign minister Lavrov"). When a single h1 holds nearly every word of the title's
  // headline and is not much longer, the h1 is the headline.
  if (h1s.length === 1) {
    const h1 = h1s[0] as string;
    const headline = title.split(TITLE_SEPARATORS)[0] ?? title;
    const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const inH1 = new Set(words(h1));
    const titleWords = words(headline);
    const shared = titleWords.filter((w) => inH1.has(w)).length;
    if (titleWords.length >= 3 && shared / titleWords.length >= 0.8 && h1.length <= headline.length * 2) return h1;
  }
  return title;
}

/**
 * The offer judge for one extraction: the content script's warm matcher when it knows the
 * page's languages (../lang/share.ts), else this bundle's own with the page's tables added
 * (langs.ts; added on the first question, so a shared judge never compiles ours). Verdicts are
 * remembered per text for the run.
 */
function judgeFor(doc: Document, article: Element, readLang: string | undefined): OfferJudge {
  const langs = neededLangs(doc, article.textContent ?? '', readLang);
  let ready = false;
  const prepare = () => {
    if (!ready) ensureLangs(langs);
    ready = true;
  };
  const local: OfferJudge = {
    isOfferLine(text) {
      prepare();
      return localJudge.isOfferLine(text);
    },
    judgeOfferText(text) {
      prepare();
      return localJudge.judgeOfferText(text);
    },
  };
  return memoJudge(sharedJudge(langs, local) ?? local);
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  try {
    return extractUnsafe(doc, opts);
  } catch (e) {
    // A stack overflow is nesting no budget above caught: say so plainly.
    if (e instanceof RangeError && /call stack/i.test(e.message)) return tooComplex('nesting');
    return { ok: false, reason: 'error', detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** The page is too complex to read within the budget; `why` is data for a log (which limit). */
function tooComplex(why: string): ExtractResult {
  return { ok: false, reason: 'too-complex', detail: why };
}

function extractUnsafe(doc: Document, opts: ExtractOptions): ExtractResult {
  const t0 = now();
  const maxElements = opts.maxElements ?? MAX_ELEMENTS;
  const maxChars = opts.maxChars ?? MAX_CHARS;
  const type = (doc.contentType || 'text/html').toLowerCase();
  // text/html and application/xhtml+xml are articles; plain XML, SVG and text documents are not
  // (Chromium's XML viewer gives an XML feed a body of its own).
  if (!doc.documentElement || !type.includes('html')) {
    return { ok: false, reason: 'not-html', detail: type };
  }
  if (!doc.body) {
    // An HTML page without a body yet: it is still loading (or navigating away).
    return { ok: false, reason: 'no-article', detail: 'no body' };
  }
  const elements = doc.getElementsByTagName('*').length;
  if (elements > maxElements) {
    return { ok: false, reason: 'too-large', detail: `elements ${elements} > ${maxElements}` };
  }
  const chars = doc.body.textContent?.length ?? 0;
  if (chars > maxChars) {
    return { ok: false, reason: 'too-large', detail: `chars ${chars} > ${maxChars}` };
  }
  const url = opts.url ?? doc.URL ?? '';
  const baseUrl = doc.baseURI || url;

  const visible = buildVisibleClone(doc, { maxElements });
  const t1 = now();
  if (visible.outOfTime) return tooComplex('visibility walk out of time');
  if (visible.cloneDepth > (opts.maxDepth ?? MAX_DEPTH)) return tooComplex(`nesting ${visible.cloneDepth}`);
  if (opts.trace && visible.doc.body) opts.trace('visible-clone', visible.doc.body);
  // Looked for before Readability, which rearranges the clone.
  const standfirst = visible.doc.body ? findStandfirst(visible.doc.body, descriptions(doc)) : null;
  const read = runReadability(visible.doc);
  const t2 = now();
  if (t2 - t0 > MAX_MS) return tooComplex('readability out of time');
  if (!read) {
    return { ok: false, reason: 'no-article', detail: 'readability' };
  }
  const title = refineTitle(read.title || doc.title.trim(), doc);
  const ld = jsonLdNodes(doc);
  const site = findSiteName(doc, { title: doc.title, headline: title }, ld);
  const byline = findByline(doc, { fromReadability: read.byline, site }, ld);
  opts.trace?.('readability', read.content);
  const addedStandfirst = addStandfirst(read.content, standfirst);
  if (addedStandfirst) opts.trace?.('standfirst', read.content);
  const judge = judgeFor(doc, read.content, read.lang);
  const report = pruneArticle(read.content, { title, byline, urls: pageUrls(doc, url) }, judge, { deadline: t0 + MAX_MS, afterPass: opts.trace });
  const t3 = now();
  const blocks = elementToBlocks(read.content, { baseUrl, title });
  const t4 = now();
  const text = articleText({ blocks });
  if (text.replace(/\s+/g, ' ').trim().length < MIN_ARTICLE_CHARS) {
    return { ok: false, reason: 'no-article', detail: 'too little visible text' };
  }
  const lang = pageLang(doc, read.lang);
  const { wordCount, readingMinutes } = readingStats(text);
  const article: Article = {
    title,
    dir: detectDir(doc, text, lang),
    url,
    blocks,
    wordCount,
    readingMinutes,
  };
  if (byline) article.byline = byline;
  if (site) article.siteName = site;
  const published = publishedTime(doc, read.publishedTime, jsonLdDatePublished(doc, ld));
  if (published) article.publishedTime = published;
  if (lang) article.lang = lang;
  const lead = leadImage(doc, baseUrl);
  if (lead) article.leadImage = lead;
  const t5 = now();
  const partial = detectPartial({ doc, blocks, hidden: visible.hidden, gateText: report.gateText, judge });
  if (partial) article.partial = partial;
  const t6 = now();
  const { gateText: _gate, ...pruned } = report;
  return {
    ok: true,
    article,
    stats: {
      ms: { total: t6 - t0, clone: t1 - t0, readability: t2 - t1, prune: t3 - t2, model: t4 - t3 + (t5 - t4), partial: t6 - t5 },
      elements,
      hiddenElements: visible.hidden.length,
      pruned,
      notes: addedStandfirst ? [...visible.notes, 'standfirst'] : visible.notes,
    },
  };
}
