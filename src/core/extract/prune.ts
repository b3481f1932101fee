/**
 * Pruning of Readability's article element: blocks Readability keeps that are not article text.
 * Each pass is a named heuristic; `PruneReport` counts what each removed (for the bench).
 */
import { boilerplateKind, endsWithCredit, isAffiliateDisclosure, namesNonArticleBox } from './boilerplate';
import { hostOf } from '../host';
import { localJudge, memoJudge, type OfferJudge } from './offer-judge';

export interface PruneReport {
  linkBlocks: number;
  headerLines: number;
  credits: number;
  offerLines: number;
  offerContainers: number;
  gateTail: number;
  boilerplate: number;
  /** Passes skipped because the time budget ran out. */
  skippedPasses: number;
  /** Offer text seen in the article (gate / meter / subscriber-only lines), for `partial`. */
  gateText: string[];
}

export function emptyReport(): PruneReport {
  return { linkBlocks: 0, headerLines: 0, credits: 0, offerLines: 0, offerContainers: 0, gateTail: 0, boilerplate: 0, skippedPasses: 0, gateText: [] };
}

/** Elements that hold one block of text. */
const LEAF_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dt, dd, td, th, pre, span, a, strong, b, em, div, label, small, button';
/** Elements that can be an offer panel as a whole. */
const CONTAINERS = 'div, section, aside, form, ul, ol, table, footer, header, figure, dl, details';

/** Short blocks only: an offer LINE is short; a long paragraph is article text even when it says "subscribe". */
const OFFER_LINE_MAX_CHARS = 300;
/** A container is an offer panel when this share of its text is offer lines. */
const OFFER_CONTAINER_SHARE = 0.5;
/** Containers larger than this are never removed as a whole. */
const OFFER_CONTAINER_MAX_CHARS = 4000;
/** Reasons of judgeOfferText that mean "the rest of the article is withheld". */
const GATE_REASON = /^(?:meter|gate|subOnly|register)(?::|$)/;
/** The gate tail can be removed only when it is small next to the article before it. */
const GATE_TAIL_MAX_SHARE = 0.35;
const BOILERPLATE_MAX_CHARS = 160;

/** What we know of one leaf block's text (computed once per prune run). */
interface LeafInfo {
  text: string;
  offer: boolean;
  gate: boolean;
}

/** Leaf judgements, keyed by element (offer matching is the costly part of pruning). */
class LeafCache {
  private map = new WeakMap<Element, LeafInfo>();
  constructor(readonly judge: OfferJudge) {}
  get(el: Element): LeafInfo {
    let info = this.map.get(el);
    if (!info) {
      // Long leaves keep their raw text (only its length matters for panel shares).
      const raw = el.textContent ?? '';
      const text = raw.length > OFFER_LINE_MAX_CHARS * 3 ? raw : raw.replace(/\s+/g, ' ').trim();
      const offer = text.length > 0 && text.length <= OFFER_LINE_MAX_CHARS && this.judge.isOfferLine(text);
      const gate = offer && this.judge.judgeOfferText(text).reasons.some((r) => GATE_REASON.test(r));
      info = { text, offer, gate };
      this.map.set(el, info);
    }
    return info;
  }
}

/** Leaf blocks under root: matching LEAF_BLOCKS and holding no block of their own. */
function leaves(root: Element): Element[] {
  return Array.from(root.querySelectorAll(LEAF_BLOCKS)).filter((el) => !hasElementChildBlocks(el));
}

/**
 * The normalized text of an element when it is short, else null. Raw length is checked first
 * (cheap), so big containers are skipped without normalizing their whole text.
 */
function shortText(el: Element, maxChars: number): string | null {
  const raw = el.textContent ?? '';
  if (raw.length > maxChars * 3) return null;
  const t = raw.replace(/\s+/g, ' ').trim();
  return t.length <= maxChars ? t : null;
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function hasElementChildBlocks(el: Element): boolean {
  return el.querySelector('p, div, li, h2, h3, h4, section, ul, ol, table') !== null;
}

/**
 * Named heuristic "offer lines": remove short leaf blocks whose text is an offer line
 * ("Subscribe now for unlimited access", "Already a subscriber? Log in", "₹300/Month").
 */
function pruneOfferLines(root: Element, report: PruneReport, cache: LeafCache): void {
  for (const el of leaves(root)) {
    if (!root.contains(el)) continue;
    const info = cache.get(el);
    if (!info.offer) continue;
    if (info.gate) report.gateText.push(info.text);
    el.remove();
    report.offerLines++;
  }
}

/**
 * Named heuristic "offer panel": a container most of whose text is offer lines (plan cards,
 * benefit lists, log-in prompts) is removed whole, with the prices and labels between them.
 */
function pruneOfferContainers(root: Element, report: PruneReport, cache: LeafCache): void {
  const all = leaves(root);
  // Only containers that hold at least one offer line can be offer panels.
  const candidates = new Set<Element>();
  for (const leaf of all) {
    if (!cache.get(leaf).offer) continue;
    for (let a = leaf.parentElement; a && a !== root; a = a.parentElement) {
      if (a.matches(CONTAINERS)) candidates.add(a);
    }
  }
  // Outermost first: removing a panel removes its inner containers too.
  const ordered = [...candidates].sort((x, y) => (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_CONTAINED_BY ? -1 : 1));
  for (const el of ordered) {
    if (!root.contains(el) || !root.contains(el)) continue;
    const text = textOf(el);
    if (!text || text.length > OFFER_CONTAINER_MAX_CHARS) continue;
    let offerChars = 0;
    let totalChars = 0;
    const inside = all.filter((leaf) => root.contains(leaf) && el.contains(leaf));
    for (const leaf of inside) {
      const info = cache.get(leaf);
      totalChars += info.text.length;
      if (info.offer) offerChars += info.text.length;
    }
    if (totalChars > 0 && offerChars / totalChars >= OFFER_CONTAINER_SHARE && cache.judge.judgeOfferText(text).score > 0) {
      for (const leaf of inside) if (cache.get(leaf).gate) report.gateText.push(cache.get(leaf).text);
      el.remove();
      report.offerContainers++;
    }
  }
}

/**
 * Named heuristic "gate tail": when a limit/gate line ("Subscribe to continue reading")
 * appears and what follows it is small next to the article before it, what follows is the
 * offer panel (plan cards, prices, benefits): drop the gate line and everything after it.
 */
function pruneGateTail(root: Element, report: PruneReport, cache: LeafCache): void {
  const total = textOf(root).length;
  if (!total) return;
  for (const el of leaves(root)) {
    const info = cache.get(el);
    if (!info.gate) continue;
    // Text after `el` in document order.
    const range = root.ownerDocument.createRange();
    range.setStartAfter(el);
    range.setEndAfter(root.lastChild ?? root);
    const after = range.toString().replace(/\s+/g, ' ').trim().length;
    if (after > total * GATE_TAIL_MAX_SHARE) continue;
    report.gateText.push(info.text);
    range.setStartBefore(el);
    range.deleteContents();
    report.gateTail++;
    return;
  }
}

/**
 * Named heuristic "boilerplate leads": short blocks opening with "Related:", "Read more",
 * "Share this", "Advertisement"... are navigation or ads, not article text.
 */
function pruneBoilerplate(root: Element, report: PruneReport): void {
  for (const el of Array.from(root.querySelectorAll('p, li, h2, h3, h4, h5, h6, div, span, strong, a, figcaption'))) {
    if (!root.contains(el) || hasElementChildBlocks(el)) continue;
    const text = shortText(el, BOILERPLATE_MAX_CHARS);
    if (!text) continue;
    if (boilerplateKind(text)) {
      el.remove();
      report.boilerplate++;
    }
  }
}

/** A disclosure is a notice, not a paragraph: longer blocks are article text that mentions one. */
const DISCLOSURE_MAX_CHARS = 400;
const DISCLOSURE_MAX_WORDS = 60;

/**
 * Named heuristic "affiliate disclosure": a short block carrying an affiliate-link notice
 * ("This post contains affiliate links", "…von denen wir eine Provision erhalten", the
 * "Letzte Aktualisierung am … / Affiliate Links" line under each shop box) is the shop's
 * legal furniture, not article text (language table AFFILIATE_DISCLOSURES).
 */
function pruneAffiliateDisclosures(root: Element, report: PruneReport): void {
  for (const el of Array.from(root.querySelectorAll('p, li, div, span, small, em, i, aside, section, figcaption'))) {
    if (!root.contains(el) || hasElementChildBlocks(el)) continue;
    const text = shortText(el, DISCLOSURE_MAX_CHARS);
    if (!text || text.split(' ').length > DISCLOSURE_MAX_WORDS) continue;
    if (isAffiliateDisclosure(text)) {
      el.remove();
      report.boilerplate++;
    }
  }
}

/** Share of a block's text inside links above which it is a link, not prose. */
const LINK_BLOCK_SHARE = 0.9;
const LINK_BLOCK_MAX_CHARS = 220;
/** Short all-caps "kicker" labels over teaser links ("RANDY ANDY", "DON'T MISS"). */
const KICKER_MAX_WORDS = 6;

function linkShare(el: Element, text: string): number {
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += textOf(a).length;
  if (el.tagName === 'A') linked = text.length;
  return text.length ? linked / text.length : 0;
}

function isKicker(text: string): boolean {
  const words = text.split(' ').length;
  return words <= KICKER_MAX_WORDS && /\p{Lu}/u.test(text) && text === text.toUpperCase();
}

/**
 * Named heuristic "link blocks": a short block that is all link (teaser headlines, "more
 * stories" lists, menus) is navigation, not article prose. An all-caps kicker just before
 * such a block goes with it.
 */
function pruneLinkBlocks(root: Element, report: PruneReport): void {
  // Headings are left alone: product names and section titles are often links (gift guides).
  for (const el of Array.from(root.querySelectorAll('p, li, dt, dd, div'))) {
    if (!root.contains(el) || hasElementChildBlocks(el)) continue;
    const text = shortText(el, LINK_BLOCK_MAX_CHARS);
    if (!text) continue;
    // A bare URL is a visible source citation, not a teaser.
    if (/^https?:\/\/\S+$/.test(text)) continue;
    if (linkShare(el, text) < LINK_BLOCK_SHARE) continue;
    const prev = el.previousElementSibling;
    if (prev && !hasElementChildBlocks(prev) && isKicker(textOf(prev)) && linkShare(prev, textOf(prev)) < LINK_BLOCK_SHARE) {
      prev.remove();
      report.linkBlocks++;
    }
    el.remove();
    report.linkBlocks++;
  }
}

/** A run of this many short link-led blocks in a row is a teaser list. */
const TEASER_RUN_MIN = 2;
const TEASER_LINK_SHARE = 0.6;
const TEASER_MAX_CHARS = 200;

function isTeaser(el: Element): boolean {
  if (hasElementChildBlocks(el) && !el.querySelector('a')) return false;
  const text = textOf(el);
  if (!text || text.length > TEASER_MAX_CHARS || /^https?:\/\/\S+$/.test(text)) return false;
  return linkShare(el, text) >= TEASER_LINK_SHARE;
}

/**
 * Named heuristic "teaser runs": two or more sibling blocks in a row that are mostly links
 * ("DON'T MISS" lists, "More from UK", headline teasers with a [VIDEO] tag) are a related-
 * stories list; a short kicker line or all-caps label just before the run goes with it.
 */
function pruneTeaserRuns(root: Element, report: PruneReport): void {
  const parents = new Set<Element>();
  for (const a of Array.from(root.querySelectorAll('a'))) if (a.parentElement?.parentElement) parents.add(a.parentElement.parentElement);
  for (const parent of parents) {
    if (!root.contains(parent)) continue;
    const kids = Array.from(parent.children);
    let run: Element[] = [];
    const flush = () => {
      if (run.length >= TEASER_RUN_MIN) {
        const first = run[0] as Element;
        const prev = first.previousElementSibling;
        if (prev && !hasElementChildBlocks(prev)) {
          const t = textOf(prev);
          if (t && t.split(' ').length <= KICKER_MAX_WORDS && (isKicker(t) || /:$/.test(t) || boilerplateKind(t))) run.unshift(prev);
        }
        for (const el of run) {
          el.remove();
          report.linkBlocks++;
        }
      }
      run = [];
    };
    for (const el of kids) {
      if (isTeaser(el)) run.push(el);
      else flush();
    }
    flush();
  }
}

/** Newsletter prompts longer than this (words) are article text that mentions a newsletter. */
const NEWSLETTER_MAX_WORDS = 45;
const NEWSLETTER_MAX_CHARS = 400;
const NEWSLETTER_REASON = /^newsletter(?::|$)/;

/**
 * Named heuristic "newsletter promo": a short block, or a small box, whose text the language
 * tables judge a newsletter sign-up prompt ("Sign up to our newsletter for exclusive updates")
 * is a promotion, not article text.
 */
function pruneNewsletterPromos(root: Element, report: PruneReport, judge: OfferJudge): void {
  const total = textOf(root).length;
  for (const el of Array.from(root.querySelectorAll('p, div, section, aside, form, li, h2, h3, h4'))) {
    if (!root.contains(el)) continue;
    const text = shortText(el, NEWSLETTER_MAX_CHARS);
    // Never most of the article: a short article that mentions a newsletter stays whole.
    if (!text || text.split(' ').length > NEWSLETTER_MAX_WORDS || text.length > total * 0.5) continue;
    const j = judge.judgeOfferText(text);
    if (j.reasons.some((r) => NEWSLETTER_REASON.test(r))) {
      el.remove();
      report.boilerplate++;
    }
  }
}

/** A named box holding more than this share of the article is the article itself, whatever its name. */
const NAMED_BOX_MAX_SHARE = 0.3;

/**
 * Named heuristic "named boxes": an element whose class or id names a non-article box
 * (comments, related, share, newsletter, tags...) and holds a small part of the article text
 * is that box. Readability scores such names down but still keeps some as siblings.
 */
function pruneNamedBoxes(root: Element, report: PruneReport): void {
  const total = textOf(root).length;
  if (!total) return;
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!root.contains(el) || !namesNonArticleBox(el)) continue;
    const raw = el.textContent ?? '';
    if (raw.length > total * NAMED_BOX_MAX_SHARE * 3) continue;
    if (textOf(el).length > total * NAMED_BOX_MAX_SHARE) continue;
    el.remove();
    report.boilerplate++;
  }
}

export interface HeaderInfo {
  title?: string;
  byline?: string;
  /** The page's addresses (location, canonical, og:url): a header line that is just one of them is dropped. */
  urls?: string[];
}

function isOwnUrl(text: string, pageUrls: string[] | undefined): boolean {
  if (!pageUrls?.length || !/^https?:\/\/\S+$/.test(text)) return false;
  const host = hostOf(text);
  return host !== undefined && pageUrls.some((u) => hostOf(u) === host);
}

/** How many leading blocks may be the article's header (title, byline, date, share bar). */
const HEADER_BLOCKS = 8;
const HEADER_LINE_MAX_WORDS = 20;
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** Date or time stamps: "Nov 19, 2019", "19 November 2019", "2019-11-19", "4:00 am", "05/10/2018", "02.02.2022" (the day-first dotted form of German, Polish, Czech... pages). */
const DATE_STAMP = new RegExp(
  `(?:\\b${MONTH} \\d{1,2},? \\d{4}|\\b\\d{1,2} ${MONTH},? \\d{4}|\\b\\d{4}-\\d{2}-\\d{2}|\\b\\d{1,2}:\\d{2}\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}|\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}\\b)`,
  'i',
);
const BYLINE_LEAD = /^(?:by|von|par|por|di|door|af|av|от|автор)\s+\S/i;
const STAMP_LEAD = /^\|?\s*(?:published|updated|posted|last updated|modified|publié|mis à jour|veröffentlicht|aktualisiert|publicado|atualizado|actualizado)\b/i;

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Named heuristic "header lines": among the first blocks, lines that repeat the title or the
 * byline, date/time stamps ("Updated 5:27 am CST, Wednesday, November 20, 2019"), bylines
 * ("By Paul Takahashi") and bare URLs are the article's header, which the reader shows apart.
 */
function pruneHeaderLines(root: Element, report: PruneReport, info: HeaderInfo): void {
  const title = info.title ? norm(info.title) : '';
  const byline = info.byline ? norm(info.byline) : '';
  // Only the first blocks are read: candidates are filtered as the loop reaches them (a
  // filter over every block of the article first cost more than the whole pass).
  let seen = 0;
  for (const el of Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, div, span, time, address'))) {
    if (seen >= HEADER_BLOCKS) break;
    if (!root.contains(el) || hasElementChildBlocks(el) || !textOf(el)) continue;
    seen++;
    const text = textOf(el);
    const words = text.split(' ').length;
    if (words > HEADER_LINE_MAX_WORDS) continue;
    const n = norm(text);
    const isHeader =
      (title && n === title) ||
      (byline && (n === byline || n === `by ${byline}`)) ||
      isOwnUrl(text, info.urls) ||
      BYLINE_LEAD.test(text) && words <= 8 ||
      STAMP_LEAD.test(text) ||
      (DATE_STAMP.test(text) && words <= 12 && text.replace(DATE_STAMP, '').replace(/[\p{L}]+/gu, 'w').split('w').length <= 8);
    if (isHeader) {
      el.remove();
      report.headerLines++;
    }
  }
}

/** How many trailing blocks may be the author's bio. */
const BIO_BLOCKS = 3;
const BIO_MAX_WORDS = 45;

/**
 * Named heuristic "author bio": among the last blocks, a short block that is the byline name
 * or opens with it ("Phil Helsel is a reporter for NBC News.") is the author box.
 */
function pruneAuthorBio(root: Element, report: PruneReport, info: HeaderInfo): void {
  const name = info.byline ? norm(info.byline.replace(/^by\s+/i, '')).split(' ').slice(0, 3).join(' ') : '';
  const firstName = name.split(' ')[0] ?? '';
  // The last BIO_BLOCKS leaf blocks with text, found from the end (only those are read).
  const all = root.querySelectorAll('p, div, span, h2, h3, h4, h5, h6, li, address');
  const blocks: Element[] = [];
  for (let i = all.length - 1; i >= 0 && blocks.length < BIO_BLOCKS; i--) {
    const el = all[i] as Element;
    if (!hasElementChildBlocks(el) && textOf(el)) blocks.unshift(el);
  }
  for (const el of blocks) {
    const text = textOf(el);
    if (text.split(' ').length > BIO_MAX_WORDS) continue;
    const n = norm(text);
    // "Write to Al Root at allen.root@…", "Email Tariq Malik at …": the author's contact line.
    if (/\S+@\S+\.\w+/.test(text) && text.split(' ').length <= 25 && /^(write|email|e-mail|contact|reach)\b/i.test(text)) {
      el.remove();
      report.headerLines++;
      continue;
    }
    if (name.split(' ').length < 2) continue;
    if (n === name || n.startsWith(`${name} `) || (firstName.length > 2 && n.startsWith(`${firstName} `) && /\b(is|was|joined|writes|covers)\b/.test(n.slice(0, 60)))) {
      el.remove();
      report.headerLines++;
    }
  }
}

/**
 * Named heuristic "credits": caption lines that end with a photo credit ("(Image: GETTY)",
 * "Credit: EPA", "(AP Photo/…)") and lines that are only a credit ("Photo: Hau Dinh, AP").
 */
function pruneCredits(root: Element, report: PruneReport): void {
  for (const el of Array.from(root.querySelectorAll('p, figcaption, span, div, small, cite, li'))) {
    if (!root.contains(el) || hasElementChildBlocks(el)) continue;
    const text = shortText(el, 350);
    if (!text || text.split(' ').length > 45) continue;
    if (endsWithCredit(text)) {
      el.remove();
      report.credits++;
    }
  }
}

interface PassContext {
  report: PruneReport;
  cache: LeafCache;
  judge: OfferJudge;
  info: HeaderInfo;
}

/**
 * The passes, in order. Offer passes come first (they must run: offer text may never reach
 * the reader), then boilerplate classes, then the header and bio lines at the edges.
 */
export const PRUNE_PASSES: ReadonlyArray<{ name: string; run: (root: Element, c: PassContext) => void }> = [
  { name: 'gate-tail', run: (root, c) => pruneGateTail(root, c.report, c.cache) },
  { name: 'offer-containers', run: (root, c) => pruneOfferContainers(root, c.report, c.cache) },
  { name: 'offer-lines', run: (root, c) => pruneOfferLines(root, c.report, c.cache) },
  { name: 'named-boxes', run: (root, c) => pruneNamedBoxes(root, c.report) },
  { name: 'boilerplate-leads', run: (root, c) => pruneBoilerplate(root, c.report) },
  { name: 'newsletter-promos', run: (root, c) => pruneNewsletterPromos(root, c.report, c.judge) },
  { name: 'credits', run: (root, c) => pruneCredits(root, c.report) },
  { name: 'affiliate-disclosures', run: (root, c) => pruneAffiliateDisclosures(root, c.report) },
  { name: 'link-blocks', run: (root, c) => pruneLinkBlocks(root, c.report) },
  { name: 'teaser-runs', run: (root, c) => pruneTeaserRuns(root, c.report) },
  { name: 'header-lines', run: (root, c) => pruneHeaderLines(root, c.report, c.info) },
  { name: 'author-bio', run: (root, c) => pruneAuthorBio(root, c.report, c.info) },
];

/** Offer passes always run; the others are skipped once `deadline` has passed. */
const ALWAYS_RUN = new Set(['gate-tail', 'offer-containers', 'offer-lines']);

export interface PruneOptions {
  /** `performance.now()` time after which the optional passes are skipped (counted in `skippedPasses`). */
  deadline?: number;
  /** Called after each pass that ran, with its name (the bench traces which pass removed what). */
  afterPass?: (name: string, root: Element) => void;
}

/** `judge` answers the offer questions (default: this bundle's language module, verdicts remembered per text). */
export function pruneArticle(
  root: Element,
  info: HeaderInfo = {},
  judge: OfferJudge = memoJudge(localJudge),
  opts: PruneOptions = {},
): PruneReport {
  const report = emptyReport();
  const ctx: PassContext = { report, cache: new LeafCache(judge), judge, info };
  const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  for (const pass of PRUNE_PASSES) {
    if (opts.deadline !== undefined && !ALWAYS_RUN.has(pass.name) && clock() > opts.deadline) {
      report.skippedPasses++;
      continue;
    }
    pass.run(root, ctx);
    opts.afterPass?.(pass.name, root);
  }
  return report;
}
