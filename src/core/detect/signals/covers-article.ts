/**
 * Covers the article: an inline candidate laid over article paragraphs (absolutely
 * positioned, or pulled up over them by a negative top margin) hides text the reader came
 * for. Fade gates are built this way: a sign-in or subscribe box on a white gradient laid
 * over the last paragraphs. So is a "read more" expander, which says nothing of offers: the
 * scorer counts this as evidence for an inline panel only next to some offer text. A box held
 * by an absolutely positioned ancestor close above it (a gate's box in its fade sheet) is laid
 * over the text as well.
 */
import { offerJudgement, SKIP } from '../candidate-lines.ts';
import { holderStyle } from '../candidates.ts';
import type { Paragraph } from '../guard.ts';
import type { Candidate, Signal } from '../types.ts';

export const W = {
  /** Laid over at least one article paragraph it does not contain. */
  coversArticle: 5,
  /**
   * Evidence: laid over the article, painted with a gradient (the text above fades out under
   * it) and saying anything at all of offers or accounts (any word the tables know, "sign in",
   * "register"): a fade gate, whatever its wording. A "read more" fade says nothing of offers.
   */
  fadeOverArticle: 3,
};

/** Vertical overlap (px) with a paragraph that counts as covering it. */
const MIN_OVERLAP = 12;
/**
 * Horizontal overlap that counts: half the paragraph's width, or this many pixels of its lines
 * (a gate box narrower than a wide text column still hides the words under it).
 */
const MIN_COVERED_WIDTH = 240;
/** A paragraph shorter than this is not article text. */
const MIN_PARAGRAPH = 60;
/** Paragraphs looked at (around the candidate, in document order). */
const MAX_PARAGRAPHS = 80;
/** A negative top margin larger than this pulls the panel over the text above it. */
const PULLED = -20;

/** Text runs looked at under the candidate when no paragraph element is covered (pages that set their text in divs). */
const MAX_TEXT_RUNS = 300;

/**
 * The paragraphs to test: the article's prose (the guard's: elements and `<br>` text runs), else
 * those around the candidate: paragraph elements, then long text runs under it (a page that sets
 * its text in `<div>`s has no `<p>` for a gate to cover).
 */
function* paragraphsNear(c: Candidate): Generator<Paragraph> {
  let n = 0;
  for (const p of c.ctx.guard.prose.keys()) {
    if (n++ >= MAX_PARAGRAPHS) return;
    yield p;
  }
  let scope = c.el.parentElement;
  if (scope && !scope.querySelector('p')) scope = scope.parentElement;
  if (!scope) return;
  for (const p of scope.querySelectorAll('p, blockquote, li')) {
    if (n++ >= MAX_PARAGRAPHS) break;
    yield p;
  }
  yield* runsUnder(c, scope);
}

/**
 * Long text runs in `scope` at the candidate's height: a walk that skips every subtree whose box
 * lies wholly above or below the candidate (a sheet laid over a page's last paragraphs, placed
 * by coordinates at the end of `<body>`, is far from them in the tree but not on the page). A
 * box with no size is walked into (its children may still show: `display: contents`, floats).
 */
function* runsUnder(c: Candidate, scope: Element): Generator<Text> {
  const { top, bottom } = c.rect;
  const skip = (n: Node): number => {
    if (n.nodeType === 3) return NodeFilter.FILTER_ACCEPT;
    const el = n as Element;
    if (el === c.el || SKIP.has(el.tagName)) return NodeFilter.FILTER_REJECT;
    const r = el.getBoundingClientRect();
    return (r.width || r.height) && (r.bottom <= top || r.top >= bottom) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
  };
  const runs = c.el.ownerDocument.createTreeWalker(scope, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, skip);
  for (let t = runs.nextNode(), k = 0; t && k < MAX_TEXT_RUNS; t = runs.nextNode(), k++) {
    if ((t as Text).data.trim().length >= MIN_PARAGRAPH) yield t as Text;
  }
}

function boxOf(p: Paragraph): DOMRect {
  if (p.nodeType === 1) return (p as Element).getBoundingClientRect();
  const range = p.ownerDocument.createRange();
  range.selectNodeContents(p);
  return range.getBoundingClientRect();
}

function covers(c: Candidate): boolean {
  const r = c.rect;
  for (const p of paragraphsNear(c)) {
    if (c.el.contains(p) || (p.textContent ?? '').length < MIN_PARAGRAPH) continue;
    const q = boxOf(p);
    const v = Math.min(r.bottom, q.bottom) - Math.max(r.top, q.top);
    const h = Math.min(r.right, q.right) - Math.max(r.left, q.left);
    if (v >= MIN_OVERLAP && h >= Math.min(q.width * 0.5, MIN_COVERED_WIDTH)) return true;
  }
  return false;
}

/** Absolutely positioned, pulled up by its top margin, or held by an absolutely positioned ancestor close above it. */
function laidOver(c: Candidate): boolean {
  if (c.style.position === 'absolute' || Number.parseFloat(c.style.marginTop) < PULLED) return true;
  return !!holderStyle(c);
}

export const coversArticle: Signal = (c, add) => {
  if (c.kind !== 'inline') return;
  if (c.rect.width < 100 || c.rect.height < 40 || !laidOver(c) || !covers(c)) return;
  add('covers-article', W.coversArticle, true);
  if (/gradient/.test(c.style.backgroundImage) && c.text.chars && offerJudgement(c.text).score > 0) add('fade-over-article', W.fadeOverArticle, true);
};
