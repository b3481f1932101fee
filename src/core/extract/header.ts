/**
 * The article's header data: publication name and byline, read from what the page states
 * (meta tags, JSON-LD) and, failing that, from what a person sees (the title's site suffix, a
 * "By …" line near the headline). Each source is a named rule, tried in order of trust.
 *
 * Publication name: og:site_name → JSON-LD publisher.name (also inside @graph) →
 * application-name → the title's site segment ("Headline | Site", "Headline - Site").
 * The host is NOT returned here: the reader shows it only when no name is found.
 *
 * Byline: Readability's byline → JSON-LD author name(s) → meta[name=author] → a visible
 * "By …" line before the article text. Never a URL, never the publication's own name.
 */

/** One JSON-LD node (a plain object) or anything else JSON may hold. */
type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every object node of the page's JSON-LD blocks, @graph members and nested arrays flattened. */
export function jsonLdNodes(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json, depth: number) => {
    if (depth > 4 || out.length > 200) return;
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) visit(v['@graph'], depth + 1);
    }
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    const text = s.textContent ?? '';
    if (text.length > 500_000) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // Broken JSON-LD is common; it states nothing.
    }
  }
  return out;
}

function typesOf(node: Record<string, Json>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
}

/** Schema.org types that are an article (NewsArticle, BlogPosting, ReportageNewsArticle...). */
const ARTICLE_TYPE = /article|posting|report|review|webpage|creativework/;

/** The article nodes first (they carry author and publisher), then the others. */
function articleNodesFirst(nodes: Record<string, Json>[]): Record<string, Json>[] {
  const isArticle = (n: Record<string, Json>) => typesOf(n).some((t) => ARTICLE_TYPE.test(t));
  return [...nodes.filter(isArticle), ...nodes.filter((n) => !isArticle(n))];
}

/** The name of a person/organization value: a string, `{ name }`, or an `@id` reference into the graph. */
function nameOf(v: Json, byId: Map<string, Record<string, Json>>): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap((x) => nameOf(x, byId));
  if (!isObject(v)) return [];
  const name = v.name;
  if (typeof name === 'string') return [name];
  const ref = typeof v['@id'] === 'string' ? byId.get(v['@id']) : undefined;
  return ref && ref !== v && typeof ref.name === 'string' ? [ref.name] : [];
}

function graphIndex(nodes: Record<string, Json>[]): Map<string, Record<string, Json>> {
  const byId = new Map<string, Record<string, Json>>();
  for (const n of nodes) if (typeof n['@id'] === 'string') byId.set(n['@id'], n);
  return byId;
}

/** JSON-LD publisher name of the article (or of the WebSite / Organization node). */
export function jsonLdPublisher(doc: Document, nodes = jsonLdNodes(doc)): string | undefined {
  const byId = graphIndex(nodes);
  for (const n of articleNodesFirst(nodes)) {
    const names = nameOf(n.publisher, byId).map(clean).filter(Boolean);
    if (names[0]) return names[0];
  }
  for (const n of nodes) {
    if (typesOf(n).some((t) => t === 'website' || t === 'newsmediaorganization') && typeof n.name === 'string') return clean(n.name) || undefined;
  }
  return undefined;
}

/** JSON-LD author names of the article, joined ("Ann Writer, Bo Reporter"). */
export function jsonLdAuthors(doc: Document, nodes = jsonLdNodes(doc)): string | undefined {
  const byId = graphIndex(nodes);
  for (const n of articleNodesFirst(nodes)) {
    if (!typesOf(n).some((t) => ARTICLE_TYPE.test(t))) continue;
    const names = [...new Set(nameOf(n.author, byId).map(clean).filter(Boolean))];
    if (names.length) return names.slice(0, 4).join(', ');
  }
  return undefined;
}

export function jsonLdDatePublished(doc: Document, nodes = jsonLdNodes(doc)): string | undefined {
  for (const n of articleNodesFirst(nodes)) {
    const d = n.datePublished ?? n.dateCreated;
    if (typeof d === 'string' && d.trim()) return d.trim();
  }
  return undefined;
}

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function meta(doc: Document, key: string): string | undefined {
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const k = (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase();
    if (k === key) {
      const v = clean(m.getAttribute('content') ?? '');
      if (v) return v;
    }
  }
  return undefined;
}

/** Separators sites put between headline and site name in <title>. */
const TITLE_SEP = /\s+[|\-–—·:»]\s+/;
/** A site segment is short: a name, not a sentence. */
const SITE_SEGMENT_MAX_WORDS = 6;
const SITE_SEGMENT_MAX_CHARS = 60;

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `part`'s words found in `whole`. */
function overlap(part: string, whole: string): number {
  const w = new Set(words(whole));
  const p = words(part);
  return p.length ? p.filter((x) => w.has(x)).length / p.length : 0;
}

/**
 * Named rule "title site segment": "Headline | Site" or "Site - Headline". The segment that is
 * the headline is the one that shares most of its words with the page's h1 (or og:title); the
 * site segment is the short one at the other end, and shares few words with the headline.
 */
export function titleSiteSegment(title: string, headline: string): string | undefined {
  const parts = title.split(TITLE_SEP).map(clean).filter(Boolean);
  if (parts.length < 2) return undefined;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  const isName = (s: string) => words(s).length > 0 && words(s).length <= SITE_SEGMENT_MAX_WORDS && s.length <= SITE_SEGMENT_MAX_CHARS;
  const head = headline || '';
  // With a headline to compare: the end segment that is NOT the headline.
  if (head) {
    if (overlap(first, head) >= 0.6 && isName(last) && overlap(last, head) < 0.5) return last;
    if (overlap(last, head) >= 0.6 && isName(first) && overlap(first, head) < 0.5) return first;
    return undefined;
  }
  // Without one: the usual order, headline first, and a clearly shorter name after it.
  if (isName(last) && words(first).length >= words(last).length + 3) return last;
  return undefined;
}

export interface SiteNameInput {
  title: string;
  /** The page's headline (the h1 or og:title), to tell the headline segment from the site's. */
  headline?: string;
}

/** The publication's name, or undefined (the reader then shows the host). */
export function siteName(doc: Document, input: SiteNameInput, nodes = jsonLdNodes(doc)): string | undefined {
  const fromMeta = meta(doc, 'og:site_name');
  if (fromMeta && !/^https?:\/\//i.test(fromMeta)) return fromMeta;
  const fromLd = jsonLdPublisher(doc, nodes);
  if (fromLd) return fromLd;
  const app = meta(doc, 'application-name') ?? meta(doc, 'apple-mobile-web-app-title');
  if (app && words(app).length <= SITE_SEGMENT_MAX_WORDS) return app;
  return titleSiteSegment(input.title, input.headline ?? '');
}

/** "By Ann Writer" / "Von …" / "Par …": the lead words of a visible byline. */
const BYLINE_LEAD = /^(?:by|written by|words by|von|par|por|di|door|af|av|przez|от|автор)\s*[:\-–]?\s+/i;
/** What may follow the name on the same line: a date, a place, a role. */
const BYLINE_TAIL = /\s*(?:[|·•,–—]|\bon\b|\bupdated\b|\bpublished\b|\d{1,2}[:./]\d{1,2}).*$/i;
const BYLINE_MAX_CHARS = 100;
const NAME_MAX_WORDS = 8;

/** A byline that says something: not empty, not a URL, not only the site name, not a sentence. */
export function acceptableByline(value: string | undefined, site: string | undefined): string | undefined {
  if (!value) return undefined;
  let v = clean(value);
  if (!v || v.length > 200) return undefined;
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(v) || /^\S+\.\w{2,}\/\S*$/.test(v)) return undefined;
  v = v.replace(BYLINE_LEAD, '');
  if (!v) return undefined;
  if (site && words(v).join(' ') === words(site).join(' ')) return undefined;
  return v;
}

/**
 * Named rule "visible byline": a short line that opens with "By" (or its equivalent) and names
 * someone, between the headline and the first paragraphs of the article. Returns the name part
 * ("By Ann Writer | 5 March" → "Ann Writer").
 */
export function visibleByline(doc: Document): string | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const h1 = body.querySelector('h1');
  const scope = h1?.closest('article, main, [role="main"]') ?? body.querySelector('article, main, [role="main"]') ?? body;
  let checked = 0;
  for (const el of Array.from(scope.querySelectorAll('p, span, div, address, li, a, small, strong'))) {
    if (checked > 400) break;
    checked++;
    // Before the headline is the site's header, not the article's.
    if (h1 && h1.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) continue;
    const text = clean(el.textContent ?? '');
    if (!text || text.length > BYLINE_MAX_CHARS || !BYLINE_LEAD.test(text)) continue;
    // The innermost line: a meta row holding "By …" and a date is read through its child.
    if (Array.from(el.children).some((c) => BYLINE_LEAD.test(clean(c.textContent ?? '')))) continue;
    const name = text.replace(BYLINE_LEAD, '').replace(BYLINE_TAIL, '').trim();
    const n = words(name).length;
    if (n === 0 || n > NAME_MAX_WORDS) continue;
    // A name starts with a capital letter (in scripts that have case) or a non-Latin letter.
    if (!/^[\p{Lu}\p{Lo}]/u.test(name)) continue;
    return name;
  }
  return undefined;
}

export interface BylineInput {
  fromReadability?: string;
  site?: string;
}

export function byline(doc: Document, input: BylineInput, nodes = jsonLdNodes(doc)): string | undefined {
  return (
    acceptableByline(input.fromReadability, input.site) ??
    acceptableByline(jsonLdAuthors(doc, nodes), input.site) ??
    acceptableByline(meta(doc, 'author') ?? meta(doc, 'article:author') ?? meta(doc, 'dc.creator'), input.site) ??
    acceptableByline(visibleByline(doc), input.site)
  );
}
