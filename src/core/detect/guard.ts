/**
 * The guard: finds the main text cheaply (a tiny Readability: paragraph text
 * mass per parent, half to the grandparent; no style or layout read) and says what must never be
 * collapsed automatically: the main text container, its ancestors, and any
 * element holding article prose.
 */
/** A paragraph shorter than this is not counted as article text. */
const MIN_PARAGRAPH = 60;
/** A paragraph at least this long and not an offer line is "prose". */
const PROSE = 100;

export interface Guard {
  main: Element | null;
  /** Paragraphs that carry article text, with their length. */
  prose: Map<Element, number>;
  proseTotal: number;
}

export function findMain(doc: Document): Guard {
  const score = new Map<Element, number>();
  const prose = new Map<Element, number>();
  let proseTotal = 0;
  for (const p of doc.querySelectorAll('p, pre, blockquote')) {
    const text = (p.textContent ?? '').trim();
    const len = text.length;
    // Offer paragraphs are short and fall under MIN_PARAGRAPH or PROSE; not asking the
    // language tables here keeps this sweep cheap.
    if (len < MIN_PARAGRAPH) continue;
    if (len >= PROSE) {
      prose.set(p, len);
      proseTotal += len;
    }
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + len / 2);
  }
  let main: Element | null = null;
  let best = 0;
  for (const [el, s] of score) if (s > best) [main, best] = [el, s];
  return { main, prose, proseTotal };
}

/** Characters of article prose inside `el`. */
export function proseIn(g: Guard, el: Element): number {
  if (!g.prose.size) return 0;
  let sum = g.prose.get(el) ?? 0;
  for (const p of el.querySelectorAll('p, pre, blockquote')) sum += g.prose.get(p) ?? 0;
  return sum;
}

/**
 * True when collapsing `el` would hide the article: it is the root, the main
 * text container or an ancestor of it, or it holds article prose. `inline`
 * candidates (not positioned layers) must carry no article paragraph (one
 * long line of pitch is tolerated); layers may hold a little more (a modal's pitch).
 */
export function guards(g: Guard, el: Element, inline: boolean): boolean {
  const doc = el.ownerDocument;
  if (el === doc.documentElement || el === doc.body || el.tagName === 'HEAD') return true;
  if (g.main && (el === g.main || el.contains(g.main))) return true;
  const p = proseIn(g, el);
  return inline ? p > 150 : p > Math.max(600, g.proseTotal * 0.3);
}
