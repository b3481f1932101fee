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
import { detectDir, leadImage, pageLang, publishedTime } from './metadata';
import { detectPartial } from './partial';
import { type PruneReport, pruneArticle } from './prune';
import { runReadability } from './readability';
import { readingStats, articleText } from './text';
import { elementToBlocks } from './to-model';
import { buildVisibleClone } from './visible-clone';

export { articleText } from './text';

export type ExtractResult =
  | { ok: true; article: Article; stats: ExtractStats }
  | { ok: false; reason: 'no-article' | 'not-html' | 'too-large' | 'error'; message: string };

/** Timings and counters (plain data; the popup can ignore them). */
export interface ExtractStats {
  ms: { total: number; clone: number; readability: number; model: number };
  elements: number;
  hiddenElements: number;
  pruned: Omit<PruneReport, 'gateText'>;
  notes: string[];
}

export interface ExtractOptions {
  url?: string;
  /** Pages with more elements are refused ('too-large'). */
  maxElements?: number;
  /** Pages with more text (chars) are refused ('too-large'). */
  maxChars?: number;
}

/** Beyond these a page is not an article we can process in a popup's time budget. */
export const MAX_ELEMENTS = 80000;
export const MAX_CHARS = 3_000_000;

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractResult {
  try {
    return extractUnsafe(doc, opts);
  } catch (e) {
    return { ok: false, reason: 'error', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

function extractUnsafe(doc: Document, opts: ExtractOptions): ExtractResult {
  const t0 = now();
  const maxElements = opts.maxElements ?? MAX_ELEMENTS;
  const maxChars = opts.maxChars ?? MAX_CHARS;
  const type = (doc.contentType || 'text/html').toLowerCase();
  if (!doc.documentElement || !doc.body || !(type.includes('html') || type.includes('xml'))) {
    return { ok: false, reason: 'not-html', message: `This page is not an HTML document (${type}).` };
  }
  const elements = doc.getElementsByTagName('*').length;
  if (elements > maxElements) {
    return { ok: false, reason: 'too-large', message: `The page has ${elements} elements (limit ${maxElements}).` };
  }
  const chars = doc.body.textContent?.length ?? 0;
  if (chars > maxChars) {
    return { ok: false, reason: 'too-large', message: `The page has ${chars} characters of text (limit ${maxChars}).` };
  }
  const url = opts.url ?? doc.URL ?? '';
  const baseUrl = doc.baseURI || url;

  const visible = buildVisibleClone(doc, { maxElements });
  const t1 = now();
  const read = runReadability(visible.doc);
  const t2 = now();
  if (!read) {
    return { ok: false, reason: 'no-article', message: 'No article text was found on this page.' };
  }
  const report = pruneArticle(read.content);
  const title = read.title || doc.title.trim();
  const blocks = elementToBlocks(read.content, { baseUrl, title });
  const text = articleText({ blocks });
  if (!text.trim()) {
    return { ok: false, reason: 'no-article', message: 'No visible article text was found on this page.' };
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
  if (read.byline && read.byline.length <= 200) article.byline = read.byline;
  if (read.siteName) article.siteName = read.siteName;
  const published = publishedTime(doc, read.publishedTime);
  if (published) article.publishedTime = published;
  if (lang) article.lang = lang;
  const lead = leadImage(doc, baseUrl);
  if (lead) article.leadImage = lead;
  const partial = detectPartial({ doc, blocks, hidden: visible.hidden, gateText: report.gateText });
  if (partial) article.partial = partial;
  const t3 = now();
  const { gateText: _gate, ...pruned } = report;
  return {
    ok: true,
    article,
    stats: {
      ms: { total: t3 - t0, clone: t1 - t0, readability: t2 - t1, model: t3 - t2 },
      elements,
      hiddenElements: visible.hidden.length,
      pruned,
      notes: visible.notes,
    },
  };
}
