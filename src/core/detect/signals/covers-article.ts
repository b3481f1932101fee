/**
 * Covers the article: an inline candidate laid over article paragraphs (absolutely
 * positioned, or pulled up over them by a negative top margin) hides text the reader came
 * for. Fade gates are built this way: a sign-in or subscribe box on a white gradient laid
 * over the last paragraphs. So is a "read more" expander, which says nothing of offers: the
 * scorer counts this as evidence for an inline panel only next to some offer text.
 */
import type { Signal } from '../types.ts';

export const W = {
  /** Laid over at least one article paragraph it does not contain. */
  coversArticle: 5,
};

/** Vertical overlap (px) with a paragraph that counts as covering it. */
const MIN_OVERLAP = 12;
/** A paragraph shorter than this is not article text. */
const MIN_PARAGRAPH = 60;
/** Paragraphs looked at (around the candidate, in document order). */
const MAX_PARAGRAPHS = 80;
/** A negative top margin larger than this pulls the panel over the text above it. */
const PULLED = -20;

export const coversArticle: Signal = (c, add) => {
  if (c.kind !== 'inline') return;
  if (c.style.position !== 'absolute' && !(Number.parseFloat(c.style.marginTop) < PULLED)) return;
  const r = c.rect;
  if (r.width < 100 || r.height < 40) return;
  let scope = c.el.parentElement;
  if (scope && !scope.querySelector('p')) scope = scope.parentElement;
  if (!scope) return;
  let n = 0;
  for (const p of scope.querySelectorAll('p, blockquote, li')) {
    if (n++ >= MAX_PARAGRAPHS) return;
    if (c.el.contains(p) || (p.textContent ?? '').length < MIN_PARAGRAPH) continue;
    const q = p.getBoundingClientRect();
    const v = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
    const h = Math.min(r.right, q.right) - Math.max(r.left, q.left);
    if (v >= MIN_OVERLAP && h >= q.width * 0.5) return add('covers-article', W.coversArticle, true);
  }
};
