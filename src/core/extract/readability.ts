/**
 * Run @mozilla/readability on the visible clone and return its article element plus metadata.
 *
 * Readability is run with an element serializer, so its content comes back as an element of
 * the clone document (no HTML string to re-parse, no page markup in any extension page).
 */
import { Readability } from '@mozilla/readability';

export interface ReadabilityOutput {
  content: Element;
  title: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  dir?: string;
  excerpt?: string;
}

export interface RunReadabilityOptions {
  /** Readability's `charThreshold` (minimum article length before it retries with looser rules). */
  charThreshold?: number;
}

/** Readability's own element limit: larger pages throw inside parse(). We cap earlier ourselves. */
const MAX_ELEMS = 0; // 0 = no limit (we bound the input in index.ts)

export function runReadability(doc: Document, opts: RunReadabilityOptions = {}): ReadabilityOutput | null {
  const reader = new Readability<Element>(doc, {
    charThreshold: opts.charThreshold ?? 500,
    maxElemsToParse: MAX_ELEMS,
    keepClasses: true, // our pruning reads class names; nothing of them reaches the model
    serializer: (node: Node) => node as Element,
  });
  const res = reader.parse();
  if (!res?.content) return null;
  const clean = (s: string | null | undefined) => {
    const v = s?.replace(/\s+/g, ' ').trim();
    return v ? v : undefined;
  };
  return {
    content: res.content,
    title: clean(res.title) ?? '',
    byline: clean(res.byline),
    siteName: clean(res.siteName),
    publishedTime: clean(res.publishedTime),
    lang: clean(res.lang),
    dir: clean(res.dir),
    excerpt: clean(res.excerpt),
  };
}
