/**
 * Build a clone of the document that holds only what the user can see.
 *
 * Extraction must show the page AS THE USER SEES IT: text the publisher hid (display:none,
 * blurred, transparent, clipped, scrambled) and clutter the detector collapsed (display:none)
 * is left out, never un-hidden. We walk the LIVE document (it has styles and layout), decide
 * per element, and remove the matching element from a deep clone (cloneNode keeps the same
 * tree shape, so both walks visit the same positions).
 *
 * Speed: `checkVisibility()` answers display/visibility/opacity/content-visibility for a whole
 * ancestor chain in one native call. getComputedStyle is read only for elements that passed it
 * (and once per element), layout (getBoundingClientRect) only for elements whose overflow clips.
 * A hidden element's subtree is skipped at once.
 */
import { isScrambledText } from './scrambled';

/** Why an element was left out. Rules are named so tests and reports can say which fired. */
export type HiddenRule =
  | 'display-none' // display:none, content-visibility:hidden, hidden attribute (checkVisibility)
  | 'invisible' // visibility:hidden / collapse
  | 'opacity-zero'
  | 'zero-size-clipped' // 0 or 1px box with overflow hidden (sr-only) or collapsed accordions
  | 'clip-path' // clip: rect(0 0 0 0) / clip-path: inset(50%+) and similar
  | 'off-canvas' // positioned far outside the page (left: -9999px)
  | 'blurred' // filter: blur(> 1px)
  | 'transparent-text' // text color with alpha 0 (often with a text-shadow "blur")
  | 'scrambled'; // random-letter text standing in for paid text

/** Rules that mean the PUBLISHER withheld article text (as opposed to menus, templates...). */
export const WITHHELD_RULES: ReadonlySet<HiddenRule> = new Set<HiddenRule>([
  'blurred',
  'transparent-text',
  'scrambled',
]);

export interface HiddenRecord {
  rule: HiddenRule;
  /** The live element (not the clone). */
  element: Element;
  /** Length of its trimmed text. */
  textLength: number;
  /** Paragraph-like elements it contained (at least 1 when it had text). */
  paragraphs: number;
}

export interface VisibleCloneResult {
  doc: Document;
  hidden: HiddenRecord[];
  /** Elements visited in the live document. */
  visited: number;
  /** True when the element cap stopped the walk (the rest is kept as-is). */
  capped: boolean;
  /** Page-level fallbacks that fired (e.g. the whole page was still fading in). */
  notes: string[];
  ms: number;
  /** Deepest element nesting seen in the live walk, and left in the clone after unwrapping. */
  maxDepth: number;
  cloneDepth: number;
  /** Wrapper elements unwrapped in the clone by the depth budget (flattenWrapperChains). */
  unwrapped: number;
  /** True when the time budget stopped the walk: the clone is not trustworthy (see index.ts). */
  outOfTime: boolean;
}

export interface VisibleCloneOptions {
  /** Stop judging after this many elements (the remainder is kept, unjudged). */
  maxElements?: number;
  /** Stop the walk after this many milliseconds (the result says `outOfTime`). */
  maxMs?: number;
}

/**
 * Depth budget. Pages nest a few dozen levels; a script can wrap the article in thousands of
 * wrapper elements (components wrapping components). Every ancestor-walking step (a visibility
 * check, `closest`, `contains`, a recursive conversion) then costs the depth again, and the
 * recursive ones overflow the stack. Below JUDGE_DEPTH a pure wrapper (no text of its own, one
 * element child) is not judged on its own: checkVisibility on its first non-wrapper descendant
 * answers for the whole ancestor chain. In the clone, wrappers below FLATTEN_DEPTH are
 * unwrapped (their child takes their place), which keeps the text and its order.
 */
export const JUDGE_DEPTH = 200;
export const FLATTEN_DEPTH = 120;
/** Time budget of the walk (ms): a safety net for shapes the depth rules do not catch, well above what ordinary pages take on a busy machine. */
export const CLONE_MAX_MS = 8000;

/** Elements that are never rendered as boxes but carry data Readability reads (metadata, JSON-LD, noscript images). */
const KEEP_UNJUDGED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'META', 'LINK', 'TITLE', 'BASE']);

/** Replaced / media elements: judged themselves, their insides are not text. */
const LEAF_MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'MATH']);

const PARAGRAPH_TAGS = 'p, li, blockquote, pre, h1, h2, h3, h4, h5, h6, dd, figcaption, td';

/** A blur below this many pixels is a styling effect, not an attempt to make text unreadable. */
const BLUR_MIN_PX = 1.5;
/** Boxes this small (in either dimension) with clipped overflow show nothing. */
const TINY_BOX_PX = 1.5;
/** Positioned boxes this far outside the page are "off-canvas" hiding. */
const OFF_CANVAS_PX = 500;
/** Minimum direct text (chars) before the transparent / scrambled text rules apply. */
const TEXT_RULE_MIN_CHARS = 2;

function alphaOf(color: string): number {
  // Computed colors are "rgb(r, g, b)", "rgba(r, g, b, a)" or "transparent" (and color() in newer engines).
  if (color === 'transparent') return 0;
  const m = /^(?:rgba|color)\(.*[,/]\s*([\d.]+%?)\s*\)$/.exec(color);
  if (!m?.[1]) return 1;
  return m[1].endsWith('%') ? Number.parseFloat(m[1]) / 100 : Number.parseFloat(m[1]);
}

/** Named heuristic: filter: blur(Npx) with N above BLUR_MIN_PX. */
function isBlurred(filter: string): boolean {
  if (!filter || filter === 'none') return false;
  const m = /blur\(\s*([\d.]+)(px|em|rem)?\s*\)/.exec(filter);
  if (!m?.[1]) return false;
  const n = Number.parseFloat(m[1]) * (m[2] === 'em' || m[2] === 'rem' ? 16 : 1);
  return n > BLUR_MIN_PX;
}

/** Named heuristic: clip-path / clip that leave no visible area (sr-only patterns). `positioned`: absolute or fixed. */
function isClippedAway(cs: CSSStyleDeclaration, positioned: boolean): boolean {
  const cp = cs.clipPath;
  if (cp && cp !== 'none') {
    const inset = /inset\(([^)]*)\)/.exec(cp);
    if (inset?.[1]) {
      const parts = inset[1].split(/\s+/).filter((p) => /^[\d.]+%$/.test(p)).map((p) => Number.parseFloat(p));
      if (parts.some((p) => p >= 50)) return true;
    }
    if (/(?:circle|ellipse)\(\s*0(?:px|%)?[\s)]/.test(cp)) return true;
  }
  // `clip` applies to absolutely positioned boxes only: not read for the others.
  const clip = positioned ? cs.clip : '';
  if (clip?.startsWith('rect(')) {
    const nums = clip.match(/-?[\d.]+/g)?.map(Number) ?? [];
    if (nums.length === 4) {
      const [top, right, bottom, left] = nums as [number, number, number, number];
      if (right - left <= TINY_BOX_PX || bottom - top <= TINY_BOX_PX) return true;
    }
  }
  return false;
}

/** Characters `trim()` removes (the same set as the regex class \s). */
const SPACE = /\s/;

/** Non-space characters of `s`, counting stops at `atLeast` (no string is built, unlike trim()). */
function countNonSpace(s: string, atLeast: number): number {
  let n = 0;
  for (let i = 0; i < s.length && n < atLeast; i++) {
    const c = s.charCodeAt(i);
    // ASCII fast path: space, \t \n \v \f \r are the only ASCII spaces.
    if (c < 128 ? c !== 32 && (c < 9 || c > 13) : !SPACE.test(s[i] as string)) n++;
  }
  return n;
}

/** A direct text node whose trimmed text has TEXT_RULE_MIN_CHARS or more characters. */
function hasDirectText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    // Trimmed length ≥ 2 ⇔ at least two non-space characters.
    if (n.nodeType === 3 && countNonSpace(n.nodeValue ?? '', TEXT_RULE_MIN_CHARS) >= TEXT_RULE_MIN_CHARS) return true;
  }
  return false;
}

/** Nothing inside an element that could be shown: no element child and no text other than spaces. */
function isEmptyBox(el: Element): boolean {
  if (el.firstElementChild) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && countNonSpace(n.nodeValue ?? '', 1) > 0) return false;
  return true;
}

function directText(el: Element): string {
  let s = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) s += n.nodeValue;
    else if (n.nodeType === 1 && !((n as Element).firstElementChild)) s += ` ${(n as Element).textContent ?? ''} `;
  }
  return s;
}

interface PageState {
  /** checkVisibility options to use (opacity/visibility can be unreliable while a page fades in). */
  visOpts: CheckVisibilityOptions;
  hasCheckVisibility: boolean;
  /** False where there is no layout (jsdom, detached documents): geometry rules are skipped. */
  hasLayout: boolean;
  pageWidth: number;
  pageHeight: number;
}

function pageState(doc: Document, notes: string[]): PageState {
  const body = doc.body;
  const hasCheckVisibility = typeof (body as Element | null)?.checkVisibility === 'function';
  const visOpts: CheckVisibilityOptions = {
    opacityProperty: true,
    visibilityProperty: true,
    contentVisibilityAuto: false,
  };
  // Named heuristic "page fading in": anti-flicker snippets and font loaders keep <html>/<body>
  // at opacity 0 or visibility hidden for a moment. The user asked for the reader, so the
  // page is on screen for them: judge opacity/visibility per element below the body only.
  if (hasCheckVisibility && body && !body.checkVisibility(visOpts)) {
    if (body.checkVisibility({ contentVisibilityAuto: false })) {
      notes.push('page-fading-in');
      visOpts.opacityProperty = false;
      visOpts.visibilityProperty = false;
    }
  }
  // Named heuristic "page hidden whole": a stylesheet hides <html> or <body> until a script
  // shows it (anti-framing guards, anti-flicker snippets). When that script never runs (blocked,
  // offline, scripts off) nothing has a box, so a box-based check would call every element
  // hidden. The user asked for the reader of this page: judge each element by its own computed
  // style (display, visibility, opacity, filters...) as where there is no layout.
  let hiddenWhole = false;
  if (hasCheckVisibility && body && !body.checkVisibility({ contentVisibilityAuto: false })) {
    notes.push('page-hidden-whole');
    hiddenWhole = true;
  }
  const root = doc.documentElement;
  const rootBox = root.getBoundingClientRect();
  return {
    visOpts,
    hasCheckVisibility: hasCheckVisibility && !hiddenWhole,
    hasLayout: !hiddenWhole && (rootBox.width > 0 || rootBox.height > 0),
    pageWidth: Math.max(root.scrollWidth, root.clientWidth),
    pageHeight: Math.max(root.scrollHeight, root.clientHeight),
  };
}

/** Decide one element. Returns the rule that hides it, or null when it is visible. */
function judge(el: Element, st: PageState, view: Window | null, underBody: boolean): HiddenRule | null {
  if (st.hasCheckVisibility) {
    // One native call answers for the common (visible) case; only a "no" asks which rule.
    if (!el.checkVisibility(st.visOpts)) {
      if (!el.checkVisibility({ contentVisibilityAuto: false })) return 'display-none';
      if (st.visOpts.visibilityProperty && !el.checkVisibility({ visibilityProperty: true })) return 'invisible';
      return 'opacity-zero';
    }
  } else if (el.hasAttribute('hidden')) {
    return 'display-none';
  }
  if (!view) return null;
  // Named shortcut "empty box": the style rules below only matter for what an element shows; an
  // element with no content (an icon span, a spacer, a <br>) shows none, so its style is not read.
  // Media elements are judged whatever they hold.
  if (isEmptyBox(el) && !LEAF_MEDIA.has(el.tagName.toUpperCase())) return null;
  const cs = view.getComputedStyle(el);
  if (!st.hasCheckVisibility) {
    // No checkVisibility (older engines, jsdom): the same questions through computed style.
    if (cs.display === 'none') return 'display-none';
    if (cs.visibility === 'hidden' || cs.visibility === 'collapse') return 'invisible';
    if (underBody && cs.opacity === '0') return 'opacity-zero';
  }
  // Each computed property read costs a value serialization: read only what the next rule needs.
  if (isBlurred(cs.filter)) return 'blurred';
  const position = cs.position;
  const positioned = position === 'absolute' || position === 'fixed';
  if (isClippedAway(cs, positioned)) return 'clip-path';
  const ov = cs.overflow;
  const clips = ov !== 'visible' && ov !== '' && ov !== 'visible visible';
  if (st.hasLayout && (clips || positioned)) {
    const r = el.getBoundingClientRect();
    // Named heuristic "zero-size clipped": an element whose box is (almost) empty and clips
    // its overflow shows none of its content (sr-only text, collapsed accordions).
    if (clips && (r.width <= TINY_BOX_PX || r.height <= TINY_BOX_PX) && el.firstChild) return 'zero-size-clipped';
    // Named heuristic "off-canvas": positioned far outside the page (left:-9999px tricks).
    if (positioned && r.width > 0) {
      const sx = view.scrollX;
      const sy = view.scrollY;
      if (r.right + sx < -OFF_CANVAS_PX || r.bottom + sy < -OFF_CANVAS_PX || r.left + sx > st.pageWidth + OFF_CANVAS_PX)
        return 'off-canvas';
      if (r.right + sx <= 0 || r.bottom + sy <= 0) return 'off-canvas';
    }
  }
  if (hasDirectText(el)) {
    // Named heuristic "transparent text": text painted with a fully transparent color
    // (often with a text-shadow so it looks blurred). Gradient text (background-clip: text)
    // paints through the background and IS visible.
    const fill = (cs as unknown as { webkitTextFillColor?: string }).webkitTextFillColor;
    if (alphaOf(cs.color) === 0 || (fill !== undefined && fill !== '' && alphaOf(fill) === 0)) {
      const bgClip = cs.backgroundClip || (cs as unknown as { webkitBackgroundClip?: string }).webkitBackgroundClip || '';
      if (!bgClip.includes('text')) return 'transparent-text';
    }
    // Named heuristic "scrambled": random letters standing in for withheld text.
    if (isScrambledText(directText(el))) return 'scrambled';
  }
  return null;
}

/** Generic containers that may be unwrapped (never body, lists, tables or semantic sections). */
const WRAPPER_TAGS = new Set(['DIV', 'SPAN', 'SECTION', 'FONT', 'CENTER', 'B', 'I', 'EM', 'STRONG', 'SMALL']);

/** A generic container with no text of its own and exactly one element child: it adds only depth. */
function isPureWrapper(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (!WRAPPER_TAGS.has(tag) && !tag.includes('-')) return false;
  const only = el.firstElementChild;
  if (!only || only !== el.lastElementChild) return false;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && countNonSpace(n.nodeValue ?? '', 1) > 0) return false;
  return true;
}

/**
 * Named budget "flatten wrapper chains": below FLATTEN_DEPTH, a pure wrapper in the clone is
 * replaced by its child. Returns how many were unwrapped and the deepest nesting left.
 * Iterative (no recursion).
 */
export function flattenWrapperChains(root: Element, maxDepth = FLATTEN_DEPTH): { unwrapped: number; depth: number } {
  let unwrapped = 0;
  let deepest = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth > deepest) deepest = depth;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      let child: Element = c;
      if (depth + 1 > maxDepth) {
        // Find the first element below the chain, then move it up once (moving it level by
        // level would re-insert its whole subtree at every level).
        let bottom: Element = child;
        let chain = 0;
        while (isPureWrapper(bottom)) {
          bottom = bottom.firstElementChild as Element;
          chain++;
        }
        if (chain) {
          child.replaceWith(bottom);
          child = bottom;
          unwrapped += chain;
        }
      }
      c = child;
      stack.push([child, depth + 1]);
    }
  }
  return { unwrapped, depth: deepest };
}

function countParagraphs(el: Element): number {
  const n = el.matches(PARAGRAPH_TAGS) ? 1 : el.querySelectorAll(PARAGRAPH_TAGS).length;
  return n > 0 ? n : (el.textContent?.trim() ? 1 : 0);
}

export function buildVisibleClone(doc: Document, opts: VisibleCloneOptions = {}): VisibleCloneResult {
  const t0 = now();
  const maxElements = opts.maxElements ?? 60000;
  const deadline = t0 + (opts.maxMs ?? CLONE_MAX_MS);
  const notes: string[] = [];
  let maxDepth = 0;
  let outOfTime = false;
  const clone = doc.cloneNode(true) as Document;
  const hidden: HiddenRecord[] = [];
  const view = doc.defaultView;
  const st = pageState(doc, notes);
  let visited = 0;
  let capped = false;
  const toRemove: Element[] = [];
  const liveRoot = doc.documentElement;
  const cloneRoot = clone.documentElement;
  if (!liveRoot || !cloneRoot) return { doc: clone, hidden, visited, capped, notes, ms: now() - t0, maxDepth, cloneDepth: maxDepth, unwrapped: 0, outOfTime };

  // Parallel depth-first walk of live and clone children (same shape after cloneNode).
  const stack: Array<[Element, Element, boolean, number]> = [[liveRoot, cloneRoot, false, 0]];
  while (stack.length) {
    const [live, copy, underBody, parentDepth] = stack.pop() as [Element, Element, boolean, number];
    const depth = parentDepth + 1;
    if (depth > maxDepth) maxDepth = depth;
    let lc = live.firstElementChild;
    let cc = copy.firstElementChild;
    while (lc && cc) {
      visited++;
      if (visited > maxElements) {
        capped = true;
        break;
      }
      // Named budget "time": checked every 256 elements (reading the clock costs too).
      if ((visited & 255) === 0 && now() > deadline) {
        outOfTime = true;
        break;
      }
      const tag = lc.tagName.toUpperCase();
      if (!KEEP_UNJUDGED.has(tag)) {
        const isBody = tag === 'BODY';
        // Named budget "deep wrappers": see JUDGE_DEPTH.
        const skip = isBody || (depth > JUDGE_DEPTH && st.hasCheckVisibility && isPureWrapper(lc));
        const rule = skip ? null : judge(lc, st, view, underBody);
        if (rule) {
          toRemove.push(cc);
          const textLength = (lc.textContent ?? '').trim().length;
          // Paragraph counts matter only for withheld text (they feed `partial`).
          const paragraphs = textLength && WITHHELD_RULES.has(rule) ? countParagraphs(lc) : 0;
          hidden.push({ rule, element: lc, textLength, paragraphs });
        } else if (!LEAF_MEDIA.has(tag)) {
          stack.push([lc, cc, underBody || isBody, depth]);
        }
      }
      lc = lc.nextElementSibling;
      cc = cc.nextElementSibling;
    }
    if (capped || outOfTime) break;
  }
  for (const el of toRemove) el.remove();
  if (capped) notes.push(`capped-at-${maxElements}-elements`);
  if (outOfTime) notes.push('clone-out-of-time');
  const flat = maxDepth > FLATTEN_DEPTH ? flattenWrapperChains(cloneRoot) : { unwrapped: 0, depth: maxDepth };
  if (flat.unwrapped) notes.push(`unwrapped-${flat.unwrapped}-deep-wrappers`);
  return { doc: clone, hidden, visited, capped, notes, ms: now() - t0, maxDepth, cloneDepth: flat.depth, unwrapped: flat.unwrapped, outOfTime };
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
