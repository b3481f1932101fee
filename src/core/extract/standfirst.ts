/**
 * Named heuristic "standfirst": the article's lead paragraph (standfirst, teaser, abstract) often
 * sits in the article's header, next to the headline, outside the element that holds the body
 * text, so Readability leaves it out. Pages publish the same text as their description
 * (`<meta name="description">`, `og:description`...). A VISIBLE block of the page whose text is
 * that description is the standfirst: it is put back at the top of the article when
 * Readability's article does not already hold it.
 *
 * Only visible text is looked at (the visible clone): a standfirst the publisher hid stays out.
 * A teaser of the same article in a link list (a link block) is not a standfirst.
 */

/** Meta names carrying the page's description, in order of preference. */
const DESCRIPTION_META = ['description', 'og:description', 'twitter:description', 'dc.description'];
/** Shorter descriptions are site taglines or keywords, not a lead. */
const MIN_CHARS = 50;
const MIN_WORDS = 8;
/** How many leading characters of the description the block must start with (descriptions are cut). */
const PREFIX_CHARS = 80;
/** The block may be longer than the description (a cut description) by this factor plus slack. */
const MAX_GROWTH = 1.6;
const MAX_GROWTH_SLACK = 60;
/** A block this much link text is a teaser, not a lead. */
const MAX_LINK_SHARE = 0.5;
/** Blocks that can hold a standfirst. */
const CANDIDATES = 'p, div, h2, h3, span, section, header';
/** Page furniture that never holds the article's own lead. */
const FURNITURE = 'nav, footer, aside, form, a, button, [role="navigation"], [role="contentinfo"], [role="complementary"]';

/** Whitespace, case and quote styles folded: a description often writes ' where the page writes ’. */
function norm(s: string): string {
  return s
    .replace(/[‘’‚‛ʼ′`´]/g, "'")
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function stripCut(s: string): string {
  return s.replace(/\s*(?:\.\.\.|…|\[\.\.\.\]|\[…\])$/, '').trim();
}

/** The page's description texts worth matching (distinct, long enough), normalized. */
export function descriptions(doc: Document): string[] {
  const out: string[] = [];
  const metas = Array.from(doc.querySelectorAll('meta[content]'));
  for (const name of DESCRIPTION_META) {
    for (const m of metas) {
      const key = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
      if (key !== name) continue;
      const d = stripCut(norm(m.getAttribute('content') ?? ''));
      if (d.length >= MIN_CHARS && d.split(' ').length >= MIN_WORDS && !out.includes(d)) out.push(d);
    }
  }
  return out;
}

function linkShare(el: Element, textLength: number): number {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += norm(a.textContent ?? '').length;
  return textLength ? linked / textLength : 0;
}

function matches(text: string, description: string): boolean {
  if (text.length < MIN_CHARS) return false;
  if (text.length > description.length * MAX_GROWTH + MAX_GROWTH_SLACK) return false;
  const head = description.slice(0, PREFIX_CHARS);
  // The block starts with the description, or the description starts with the whole block.
  return text.startsWith(head) || (text.length >= PREFIX_CHARS && description.startsWith(stripCut(text)));
}

/**
 * The text of the page's visible standfirst block, or null: the first block in document order
 * (innermost when nested) whose text matches a description, outside page furniture.
 */
export function findStandfirst(body: Element, descs: string[]): string | null {
  if (!descs.length) return null;
  let found: { el: Element; text: string } | null = null;
  for (const el of Array.from(body.querySelectorAll(CANDIDATES))) {
    if (found && !found.el.contains(el)) break;
    if (el.closest(FURNITURE)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > 4000) continue;
    const text = norm(raw);
    if (!descs.some((d) => matches(text, d))) continue;
    if (linkShare(el, text.length) > MAX_LINK_SHARE) continue;
    found = { el, text: raw.replace(/\s+/g, ' ').trim() };
  }
  return found?.text ?? null;
}

/**
 * Put the standfirst at the top of Readability's article when the article does not hold it.
 * Returns true when it was added.
 */
export function addStandfirst(article: Element, standfirst: string | null): boolean {
  if (!standfirst) return false;
  const have = norm(article.textContent ?? '');
  if (have.includes(norm(standfirst).slice(0, PREFIX_CHARS))) return false;
  const doc = article.ownerDocument;
  const p = doc.createElement('p');
  p.textContent = standfirst;
  // Readability wraps its article in one page element: the lead goes first inside it.
  const page = article.firstElementChild && article.children.length === 1 ? article.firstElementChild : article;
  page.prepend(p);
  return true;
}
