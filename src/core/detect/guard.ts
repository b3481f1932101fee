/**
 * The guard: finds the main text cheaply (a tiny Readability: paragraph text
 * mass per parent, half to the grandparent; no style or layout read) and says what must never be
 * collapsed automatically: the main text container, its ancestors, and any
 * element holding article prose.
 *
 * Offer text never counts as article text: on a page whose own article is short, a subscription
 * modal's paragraphs (limit notice, plan cards, sign-in line) could otherwise outweigh it and
 * the guard would protect the modal as "the article". So:
 * - a paragraph the language tables call an offer line is not article text (it counts as offer
 *   text for its parent instead);
 * - paragraphs inside a dialog (`<dialog>`, role dialog/alertdialog, aria-modal) never make
 *   their container the main text (they still count as prose, so a dialog holding real text,
 *   such as an article opened in a lightbox, stays protected by its prose);
 * - a container whose paragraphs are at least OFFER_SHARE offer text is never the main text;
 * - a guard computed before a language pack arrived is computed again on next use (the new
 *   table may call some of its "prose" offer lines).
 *
 * Paragraphs are `p`, `pre` and `blockquote` elements, and the text runs of an element that writes
 * its paragraphs as text between `<br>`s (older and CMS-built pages do: with no `<p>` at all, the
 * guard would otherwise pick the container of an offer box's one plain sentence as "the article").
 */
import { isOfferLine, langsVersion } from './lang-tables.ts';

/** A paragraph shorter than this is not counted as article text. */
const MIN_PARAGRAPH = 60;
/** A paragraph at least this long and not an offer line is "prose". */
const PROSE = 100;
/** Offer lines are short: longer paragraphs are not asked about (keeps the sweep cheap). */
const OFFER_LINE_MAX = 300;
/** Offer paragraphs shorter than this say too little to weigh against a container. */
const MIN_OFFER = 10;
/** A container whose paragraph text is at least this share offer text is not the article. */
const OFFER_SHARE = 1 / 3;
const DIALOG = 'dialog,[role=dialog],[role=alertdialog],[aria-modal=true]';

/** A paragraph: an element, or a text run between `<br>`s (its parent is its container). */
export type Paragraph = Element | Text;

export interface Guard {
  main: Element | null;
  /** Paragraphs that carry article text, with their length. */
  prose: Map<Paragraph, number>;
  /** The text runs among them (proseIn finds elements by selector, these by containment). */
  runs: Text[];
  proseTotal: number;
  /** The language tables' version this guard was computed with (see langsVersion). */
  version?: number;
}

/**
 * Offer-line verdicts per paragraph, kept while its text stays the same: the guard is
 * computed again whenever paragraphs are added, and a feed page adds thousands.
 */
const verdicts = new WeakMap<Paragraph, { text: string; offer: boolean; version: number }>();
function offerParagraph(p: Paragraph, text: string): boolean {
  const version = langsVersion();
  const v = verdicts.get(p);
  if (v && v.text === text && v.version === version) return v.offer;
  const offer = isOfferLine(text);
  verdicts.set(p, { text, offer, version });
  return offer;
}

/**
 * A guard being computed, one paragraph at a time: on a large page seen for the first time the
 * offer test of every short paragraph runs cold (the matcher is built, the code is not optimised
 * yet) and can take a hundred milliseconds, so the detector computes it over several tasks.
 */
export interface MainSearch {
  readonly doc: Document;
  readonly paragraphs: Paragraph[];
  next: number;
  readonly score: Map<Element, number>;
  readonly offer: Map<Element, number>;
  readonly prose: Map<Paragraph, number>;
  readonly runs: Text[];
  proseTotal: number;
  /** The language tables' version when the search began (a pack that arrives meanwhile makes the result stale). */
  readonly version: number;
}

/** Elements whose `<br>`-separated text runs are looked at (a page of line breaks everywhere pays no more). */
const MAX_BR_PARENTS = 200;

/** Text runs at least MIN_PARAGRAPH long directly inside the parents of `<br>` elements (not inside a `p`: those count as the `p`). */
function textRuns(doc: Document): Text[] {
  const parents = new Set<Element>();
  for (const br of doc.getElementsByTagName('br')) {
    const parent = br.parentElement;
    if (parent && !parent.closest('p, pre, blockquote')) parents.add(parent);
    if (parents.size >= MAX_BR_PARENTS) break;
  }
  const runs: Text[] = [];
  for (const parent of parents)
    for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n as Text).data.length >= MIN_PARAGRAPH) runs.push(n as Text);
  return runs;
}

export function startMain(doc: Document): MainSearch {
  return { doc, paragraphs: [...doc.querySelectorAll('p, pre, blockquote'), ...textRuns(doc)], next: 0, score: new Map(), offer: new Map(), prose: new Map(), runs: [], proseTotal: 0, version: langsVersion() };
}

/**
 * Reads paragraphs of `m` until all are read (returns the guard) or `over()` says this task has
 * had its share (returns undefined; call again later to go on). `over` is asked every few paragraphs.
 */
export function stepMain(m: MainSearch, over: () => boolean = () => false): Guard | undefined {
  const addTo = (map: Map<Element, number>, p: Paragraph, len: number) => {
    const parent = p.parentElement;
    if (!parent) return;
    map.set(parent, (map.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) map.set(grand, (map.get(grand) ?? 0) + len / 2);
  };
  const ps = m.paragraphs;
  for (; m.next < ps.length; m.next++) {
    if (m.next % 8 === 0 && m.next && over()) return undefined;
    const p = ps[m.next] as Paragraph;
    if (!p.isConnected) continue; // removed while the search waited for its next task
    const text = (p.textContent ?? '').trim();
    const len = text.length;
    if (len < MIN_OFFER) continue;
    if (len < OFFER_LINE_MAX && offerParagraph(p, text)) {
      addTo(m.offer, p, len);
      continue;
    }
    if (len < MIN_PARAGRAPH) continue;
    if (len >= PROSE) {
      m.prose.set(p, len);
      m.proseTotal += len;
      if (p.nodeType === 3) m.runs.push(p as Text);
    }
    if (!(p.nodeType === 3 ? p.parentElement : (p as Element))?.closest(DIALOG)) addTo(m.score, p, len);
  }
  let main: Element | null = null;
  let best = 0;
  for (const [el, s] of m.score) {
    const o = m.offer.get(el) ?? 0;
    if (s > best && o < (s + o) * OFFER_SHARE) [main, best] = [el, s];
  }
  return { main, prose: m.prose, runs: m.runs, proseTotal: m.proseTotal, version: m.version };
}

export function findMain(doc: Document): Guard {
  return stepMain(startMain(doc)) as Guard;
}

/** Brings `g` up to date in place when a language table arrived since it was computed. */
function fresh(g: Guard, doc: Document): Guard {
  if (g.version !== undefined && g.version !== langsVersion()) Object.assign(g, findMain(doc));
  return g;
}

/** Characters of article prose inside `el`. */
export function proseIn(g: Guard, el: Element): number {
  if (!g.prose.size) return 0;
  let sum = g.prose.get(el) ?? 0;
  for (const p of el.querySelectorAll('p, pre, blockquote')) sum += g.prose.get(p) ?? 0;
  for (const t of g.runs) if (el.contains(t)) sum += g.prose.get(t) ?? 0;
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
  fresh(g, doc);
  if (g.main && (el === g.main || el.contains(g.main))) return true;
  const p = proseIn(g, el);
  return inline ? p > 150 : p > Math.max(600, g.proseTotal * 0.3);
}
