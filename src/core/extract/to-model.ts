/**
 * Convert Readability's article element into the plain article model (Block[] / Inline[]).
 *
 * The input is an element (Readability run with an element serializer, or HTML parsed with a
 * <template> in the page); nothing of it survives except text, a few inline formats, and
 * sanitized absolute link/image URLs. Whitespace is normalized and empty blocks are dropped.
 */
import type { Block, Inline } from '../article';
import { inlineText } from '../article-text';
import { pickFromSrcset, safeImageSrc, safeLinkHref } from './urls';

export interface ToModelOptions {
  /** Base URL to resolve relative links and images. */
  baseUrl: string;
  /** Article title: an <h1> equal to it is dropped (the reader shows the title itself). */
  title?: string;
}

const INLINE_FORMAT: Record<string, 'em' | 'strong' | 'code' | 'sub' | 'sup' | 'del'> = {
  EM: 'em',
  I: 'em',
  CITE: 'em',
  DFN: 'em',
  STRONG: 'strong',
  B: 'strong',
  CODE: 'code',
  KBD: 'code',
  SAMP: 'code',
  TT: 'code',
  SUB: 'sub',
  SUP: 'sup',
  DEL: 'del',
  S: 'del',
  STRIKE: 'del',
};

/** Elements that start a new block when met inside running text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CENTER',
  'PICTURE', 'IMG',
]);

/** Never converted: no readable text in them (or not ours to show). */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO', 'CANVAS', 'SVG',
  'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FORM', 'MATH', 'HEAD', 'LINK', 'META', 'SOURCE', 'TRACK', 'MAP',
]);

const WS = /[\s\u00a0\u200b\ufeff]+/g;

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

// ---------------------------------------------------------------------------------------------
// Inline content

function inlineChildren(parent: Node, opts: ToModelOptions, figures: Block[]): Inline[] {
  const out: Inline[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) inlineNode(n, opts, figures, out);
  return out;
}

/** Append the inline content of one node to `out` (images are hoisted into `figures`). */
function inlineNode(n: Node, opts: ToModelOptions, figures: Block[], out: Inline[]): void {
  if (n.nodeType === 3) {
    const text = (n.nodeValue ?? '').replace(WS, ' ');
    if (text) out.push({ type: 'text', text });
    return;
  }
  if (n.nodeType !== 1) return;
  const el = n as Element;
  const tag = tagOf(el);
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'BR') {
    out.push({ type: 'br' });
    return;
  }
  if (tag === 'IMG' || tag === 'PICTURE') {
    const fig = figureFromImage(el, opts, null);
    if (fig) figures.push(fig);
    return;
  }
  if (BLOCK_TAGS.has(tag)) {
    // A block inside running text: keep its words, separated like a line break.
    out.push({ type: 'br' }, ...inlineChildren(el, opts, figures), { type: 'br' });
    return;
  }
  const children = inlineChildren(el, opts, figures);
  const format = INLINE_FORMAT[tag];
  if (format) {
    out.push({ type: format, children });
  } else if (tag === 'A') {
    const href = safeLinkHref(el.getAttribute('href'), opts.baseUrl);
    if (href) out.push({ type: 'link', href, children });
    else out.push(...children);
  } else if (tag === 'Q') {
    out.push({ type: 'text', text: '“' }, ...children, { type: 'text', text: '”' });
  } else {
    out.push(...children);
  }
}

function isEmptyInline(i: Inline): boolean {
  if (i.type === 'text') return i.text === '';
  if (i.type === 'br') return false;
  return i.children.length === 0;
}

/**
 * Normalize inline runs: merge adjacent text, collapse spaces across element boundaries,
 * trim around line breaks and at both ends, drop empty formats, collapse repeated breaks.
 */
export function normalizeInlines(items: Inline[]): Inline[] {
  // Flatten-free pass with a "last char was space" state shared across nesting levels.
  const state = { space: true };
  const walk = (list: Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const item of list) {
      if (item.type === 'text') {
        let t = item.text.replace(WS, ' ');
        if (state.space) t = t.replace(/^ /, '');
        if (!t) continue;
        state.space = t.endsWith(' ');
        const last = out[out.length - 1];
        if (last && last.type === 'text') last.text += t;
        else out.push({ type: 'text', text: t });
      } else if (item.type === 'br') {
        trimEnd(out);
        const last = out[out.length - 1];
        if (last && last.type === 'br') {
          const prev = out[out.length - 2];
          if (prev && prev.type === 'br') continue; // at most two breaks in a row
        }
        out.push(item);
        state.space = true;
      } else {
        const children = walk(item.children);
        if (children.length === 0) continue;
        out.push({ ...item, children } as Inline);
      }
    }
    return out;
  };
  const out = walk(items);
  // Trim: no leading/trailing breaks or spaces.
  while (out.length && out[0]?.type === 'br') out.shift();
  trimEnd(out);
  while (out.length && out[out.length - 1]?.type === 'br') {
    out.pop();
    trimEnd(out);
  }
  return out.filter((i) => !isEmptyInline(i));
}

function trimEnd(list: Inline[]): void {
  for (;;) {
    const last = list[list.length - 1];
    if (!last) return;
    if (last.type === 'text') {
      last.text = last.text.replace(/ +$/, '');
      if (last.text) return;
      list.pop();
    } else if (last.type === 'br') {
      return;
    } else {
      trimEnd(last.children);
      if (last.children.length) return;
      list.pop();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

function imageSource(img: Element, opts: ToModelOptions): string | null {
  // Lazy loaders keep the real URL in data-* attributes until the image scrolls into view.
  const candidates = [
    img.getAttribute('src'),
    img.getAttribute('data-src'),
    img.getAttribute('data-lazy-src'),
    img.getAttribute('data-original'),
    pickFromSrcset(img.getAttribute('srcset')),
    pickFromSrcset(img.getAttribute('data-srcset')),
  ];
  // A placeholder (1x1 gif data URL) is the usual src of a lazy image: prefer a real URL.
  for (const raw of candidates) {
    if (!raw || /^data:/i.test(raw.trim())) continue;
    const src = safeImageSrc(raw, opts.baseUrl);
    if (src) return src;
  }
  for (const raw of candidates) {
    const src = raw ? safeImageSrc(raw, opts.baseUrl) : null;
    if (src && src.length > 200) return src; // a data: image big enough to be a real picture
  }
  return null;
}

function figureFromImage(el: Element, opts: ToModelOptions, caption: Inline[] | null): Block | null {
  let img: Element | null = tagOf(el) === 'IMG' ? el : el.querySelector('img');
  if (!img) return null;
  let src = imageSource(img, opts);
  if (!src && tagOf(el) === 'PICTURE') {
    for (const source of Array.from(el.querySelectorAll('source'))) {
      const s = pickFromSrcset(source.getAttribute('srcset') ?? source.getAttribute('data-srcset'));
      src = s ? safeImageSrc(s, opts.baseUrl) : null;
      if (src) break;
    }
  }
  if (!src) return null;
  img = img as Element;
  const fig: Block = { type: 'figure', src, alt: (img.getAttribute('alt') ?? '').replace(WS, ' ').trim() };
  const w = Number.parseInt(img.getAttribute('width') ?? '', 10);
  const h = Number.parseInt(img.getAttribute('height') ?? '', 10);
  if (w > 0 && h > 0) {
    fig.width = w;
    fig.height = h;
  }
  if (caption?.length) fig.caption = caption;
  return fig;
}

// ---------------------------------------------------------------------------------------------
// Blocks

function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = tagOf(c);
    if (BLOCK_TAGS.has(t) && t !== 'IMG' && t !== 'PICTURE') return true;
  }
  return false;
}

function paragraph(children: Inline[]): Block | null {
  const norm = normalizeInlines(children);
  return norm.length ? { type: 'paragraph', children: norm } : null;
}

function listItems(list: Element, opts: ToModelOptions, figures: Block[], items: Inline[][]): void {
  for (let li = list.firstElementChild; li; li = li.nextElementSibling) {
    if (tagOf(li) === 'LI') listItem(li, opts, figures, items);
  }
}

function listItem(li: Element, opts: ToModelOptions, figures: Block[], items: Inline[][]): void {
  // Nested lists become following items (the model's lists are one level deep).
  const nested = Array.from(li.children).filter((c) => tagOf(c) === 'UL' || tagOf(c) === 'OL');
  const own: Inline[] = [];
  for (let n = li.firstChild; n; n = n.nextSibling) {
    if (!nested.includes(n as Element)) inlineNode(n, opts, figures, own);
  }
  const inl = normalizeInlines(own);
  if (inl.length) items.push(inl);
  for (const sub of nested) listItems(sub, opts, figures, items);
}

function listBlock(el: Element, opts: ToModelOptions, out: Block[]): void {
  const items: Inline[][] = [];
  const figures: Block[] = [];
  if (tagOf(el) === 'LI') listItem(el, opts, figures, items);
  else listItems(el, opts, figures, items);
  if (items.length) out.push({ type: 'list', ordered: tagOf(el) === 'OL', items });
  out.push(...figures);
}

function tableBlock(el: Element, opts: ToModelOptions, out: Block[]): void {
  // Layout tables (nested tables, or cells with several blocks) are read as plain blocks.
  const isLayout =
    el.querySelector('table') !== null ||
    Array.from(el.querySelectorAll('td, th')).some((c) => c.querySelectorAll('p, div, ul, ol, h1, h2, h3, h4').length > 1);
  if (isLayout) {
    for (const cell of Array.from(el.querySelectorAll(':scope > * > tr > td, :scope > * > tr > th, :scope > tr > td'))) {
      blocksInto(cell, opts, out);
    }
    return;
  }
  const rows: Inline[][][] = [];
  let header: Inline[][] | undefined;
  const figures: Block[] = [];
  for (const tr of Array.from(el.querySelectorAll('tr'))) {
    const cells = Array.from(tr.children).filter((c) => tagOf(c) === 'TD' || tagOf(c) === 'TH');
    if (!cells.length) continue;
    const row = cells.map((c) => normalizeInlines(inlineChildren(c, opts, figures)));
    if (row.every((c) => c.length === 0)) continue;
    const isHeader = tr.parentElement?.tagName.toUpperCase() === 'THEAD' || cells.every((c) => tagOf(c) === 'TH');
    if (isHeader && !header && rows.length === 0) header = row;
    else rows.push(row);
  }
  const captionEl = el.querySelector('caption');
  const caption = captionEl?.textContent?.replace(WS, ' ').trim();
  if (rows.length || header) {
    const t: Block = { type: 'table', rows };
    if (header) t.header = header;
    if (caption) t.caption = caption;
    out.push(t);
  }
  out.push(...figures);
}

function headingBlock(el: Element, opts: ToModelOptions, out: Block[]): void {
  const figures: Block[] = [];
  const children = normalizeInlines(inlineChildren(el, opts, figures));
  const tag = tagOf(el);
  if (children.length) {
    if (tag === 'H1') {
      const text = inlineText(children).trim();
      // The reader shows the title itself: an in-content h1 equal to it is a duplicate.
      if (!(opts.title && norm(text) === norm(opts.title))) out.push({ type: 'heading', level: 2, children });
    } else {
      const level = Number.parseInt(tag.slice(1), 10) as 2 | 3 | 4 | 5 | 6;
      out.push({ type: 'heading', level, children });
    }
  }
  out.push(...figures);
}

function norm(s: string): string {
  return s.replace(WS, ' ').trim().toLowerCase();
}

function codeBlock(el: Element, out: Block[]): void {
  const text = (el.textContent ?? '').replace(/^\n+|\s+$/g, '');
  if (!text.trim()) return;
  const code = el.querySelector('code');
  const cls = `${el.getAttribute('class') ?? ''} ${code?.getAttribute('class') ?? ''}`;
  const lang = /(?:^|\s)(?:language|lang)-([\w+#-]+)/.exec(cls)?.[1];
  out.push(lang ? { type: 'code', text, language: lang } : { type: 'code', text });
}

function figureBlock(el: Element, opts: ToModelOptions, out: Block[]): void {
  const figures: Block[] = [];
  const capEl = el.querySelector('figcaption');
  const caption = capEl ? normalizeInlines(inlineChildren(capEl, opts, figures)) : null;
  const imgs = Array.from(el.querySelectorAll('img, picture')).filter(
    (i) => !(tagOf(i) === 'IMG' && i.parentElement && tagOf(i.parentElement) === 'PICTURE'),
  );
  let captionUsed = false;
  for (const [k, img] of imgs.entries()) {
    const fig = figureFromImage(img, opts, k === imgs.length - 1 ? caption : null);
    if (fig) {
      out.push(fig);
      if (k === imgs.length - 1 && caption?.length) captionUsed = true;
    }
  }
  // A figure without a usable image still shows its caption (or other text) as text.
  if (!captionUsed) {
    const rest = el.cloneNode(true) as Element;
    for (const x of Array.from(rest.querySelectorAll('img, picture, figcaption'))) x.remove();
    blocksInto(rest, opts, out);
    if (caption?.length) out.push({ type: 'paragraph', children: caption });
  }
  out.push(...figures);
}

/** Append the blocks of `container`'s children to `out`. */
export function blocksInto(container: Element, opts: ToModelOptions, out: Block[]): void {
  let pending: Inline[] = [];
  const figures: Block[] = [];
  const flush = () => {
    const p = paragraph(pending);
    if (p) out.push(p);
    pending = [];
    out.push(...figures.splice(0));
  };
  for (let n = container.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      pending.push({ type: 'text', text: n.nodeValue ?? '' });
      continue;
    }
    if (n.nodeType !== 1) continue;
    const el = n as Element;
    const tag = tagOf(el);
    if (SKIP_TAGS.has(tag)) continue;
    if (!BLOCK_TAGS.has(tag)) {
      // Inline element in block context: part of an implicit paragraph.
      inlineNode(el, opts, figures, pending);
      continue;
    }
    flush();
    switch (tag) {
      case 'P':
      case 'DT':
      case 'DD':
      case 'SUMMARY':
      case 'ADDRESS':
        if (hasBlockChild(el)) blocksInto(el, opts, out);
        else {
          const p = paragraph(inlineChildren(el, opts, figures));
          if (p) out.push(p);
          out.push(...figures.splice(0));
        }
        break;
      case 'H1':
      case 'H2':
      case 'H3':
      case 'H4':
      case 'H5':
      case 'H6':
        headingBlock(el, opts, out);
        break;
      case 'UL':
      case 'OL':
        listBlock(el, opts, out);
        break;
      case 'BLOCKQUOTE': {
        const inner: Block[] = [];
        blocksInto(el, opts, inner);
        if (inner.length) out.push({ type: 'quote', blocks: inner });
        break;
      }
      case 'PRE':
        codeBlock(el, out);
        break;
      case 'FIGURE':
        figureBlock(el, opts, out);
        break;
      case 'IMG':
      case 'PICTURE': {
        const fig = figureFromImage(el, opts, null);
        if (fig) out.push(fig);
        break;
      }
      case 'TABLE':
        tableBlock(el, opts, out);
        break;
      case 'HR':
        if (out.length && out[out.length - 1]?.type !== 'rule') out.push({ type: 'rule' });
        break;
      case 'LI':
        // A stray <li> outside a list: a one-item list.
        listBlock(el, opts, out);
        break;
      default:
        blocksInto(el, opts, out);
    }
  }
  flush();
}

export function elementToBlocks(root: Element, opts: ToModelOptions): Block[] {
  const out: Block[] = [];
  blocksInto(root, opts, out);
  // No rule at the edges.
  while (out[0]?.type === 'rule') out.shift();
  while (out[out.length - 1]?.type === 'rule') out.pop();
  return out;
}
