/**
 * Checks run INSIDE the page (passed to page.evaluate, so each function is self-contained:
 * no imports, no outer variables). They look at the page the way a reader does.
 *
 * Visible, for an element: it has a box (checkVisibility: not display:none, not
 * content-visibility-skipped, not visibility:hidden, width and height > 0) AND, once scrolled
 * into view, the hit test at the centre of its on-screen part lands on it or inside it
 * (elementFromPoint; pointer-events:none layers are transparent to it, as to a click). A
 * clutter element is hidden when it is not visible; an article paragraph is hidden when it is
 * not visible (collapsed, or covered by something the reader cannot scroll away).
 */

export interface ElementState {
  selector: string;
  /** Short text for the report. */
  text: string;
  box: boolean;
  hit: boolean;
  visible: boolean;
}

export interface SelectorCheck {
  selector: string;
  found: number;
  states: ElementState[];
}

/**
 * For each selector, every element it matches (in the document and in open shadow roots),
 * with its visibility. `skipInside` leaves out elements inside those selectors (e.g. text the
 * publisher hid, which nobody expects to see). `scroll` scrolls each element into view first.
 */
export function checkSelectors(args: { selectors: string[]; skipInside?: string[]; scroll: boolean; withText?: boolean }): SelectorCheck[] {
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of (roots[i] as Document | ShadowRoot).querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  const all = (sel: string): Element[] => {
    const out: Element[] = [];
    for (const r of roots) {
      try {
        out.push(...r.querySelectorAll(sel));
      } catch {
        /* an invalid selector finds nothing */
      }
    }
    return out;
  };
  const composedParent = (n: Element): Element | null => n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null);
  const inside = (el: Element, sels: string[]) => {
    for (let n: Element | null = el; n; n = composedParent(n)) {
      if (sels.some((s) => { try { return n!.matches(s); } catch { return false; } })) return true;
    }
    return false;
  };
  const containsDeep = (el: Element, hit: Element | null) => {
    for (let n: Element | null = hit; n; n = composedParent(n)) if (n === el) return true;
    return false;
  };
  const stateOf = (el: Element, selector: string): ElementState => {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const boxed = el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true } as CheckVisibilityOptions);
    let rect = el.getBoundingClientRect();
    const box = boxed && rect.width > 0 && rect.height > 0;
    if (!box) return { selector, text, box, hit: false, visible: false };
    if (args.scroll) {
      el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' as ScrollBehavior });
      rect = el.getBoundingClientRect();
    }
    // The centre of the part of the box that is on screen.
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, innerWidth);
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, innerHeight);
    if (right <= left || bottom <= top) return { selector, text, box, hit: false, visible: false };
    const x = (left + right) / 2;
    const y = (top + bottom) / 2;
    // Hit-test from the document down through open shadow roots to the deepest element.
    let hitEl: Element | null = document.elementFromPoint(x, y);
    while (hitEl?.shadowRoot) {
      const deeper = hitEl.shadowRoot.elementFromPoint(x, y);
      if (!deeper || deeper === hitEl) break;
      hitEl = deeper;
    }
    const hit = containsDeep(el, hitEl);
    return { selector, text, box, hit, visible: hit };
  };
  const startX = scrollX;
  const startY = scrollY;
  const out = args.selectors.map((selector) => {
    let els = all(selector);
    if (args.skipInside?.length) els = els.filter((el) => !inside(el, args.skipInside as string[]));
    if (args.withText) els = els.filter((el) => (el.textContent ?? '').trim() !== '');
    return { selector, found: els.length, states: els.map((el) => stateOf(el, selector)) };
  });
  if (args.scroll) scrollTo({ left: startX, top: startY, behavior: 'instant' as ScrollBehavior });
  return out;
}

export interface ParagraphState {
  index: number;
  text: string;
  located: boolean;
  visible: boolean;
  /** The element (or an ancestor) carries an inline `display: none !important`, the detector's mark. */
  collapsedInline: boolean;
}

/**
 * Where the ground-truth paragraphs are on the page and whether they have a box.
 * A paragraph's element: the parent of the LONGEST text node (≥ 25 characters) whose text is
 * contained in the paragraph (a paragraph split by links still has one long run of text).
 * Paragraphs shorter than 40 characters are not checked (too ambiguous to locate).
 */
export function checkParagraphs(paragraphs: string[]): ParagraphState[] {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const MIN_NODE = 25;
  const MIN_PARAGRAPH = 40;
  const nodes: Array<{ text: string; el: Element }> = [];
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/.test(el.tagName)) continue;
    const text = norm(n.nodeValue ?? '');
    if (text.length >= MIN_NODE) nodes.push({ text, el });
  }
  const inlineCollapsed = (el: Element) => {
    for (let n: Element | null = el; n; n = n.parentElement) {
      const s = (n as HTMLElement).style;
      if (s && s.getPropertyValue('display') === 'none' && s.getPropertyPriority('display') === 'important') return true;
    }
    return false;
  };
  const out: ParagraphState[] = [];
  paragraphs.forEach((raw, index) => {
    const p = norm(raw);
    if (p.length < MIN_PARAGRAPH) return;
    let best: { text: string; el: Element } | undefined;
    for (const node of nodes) if (p.includes(node.text) && (!best || node.text.length > best.text.length)) best = node;
    if (!best) {
      out.push({ index, text: p.slice(0, 60), located: false, visible: false, collapsedInline: false });
      return;
    }
    const rect = best.el.getBoundingClientRect();
    const visible = best.el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) && rect.width > 0 && rect.height > 0;
    out.push({ index, text: p.slice(0, 60), located: true, visible, collapsedInline: inlineCollapsed(best.el) });
  });
  return out;
}

/** Where the page is scrolled (window, or the scrolling element). */
export function scrollState(): { y: number; height: number; viewport: number } {
  const se = document.scrollingElement ?? document.documentElement;
  return { y: Math.max(scrollY, se.scrollTop), height: se.scrollHeight, viewport: innerHeight };
}

/**
 * Runs one of these functions in `page`. tsx (esbuild keepNames) wraps inner functions in
 * `__name(...)`, which the page does not have; a local no-op `__name` keeps the page's
 * globals untouched.
 */
export async function inPage<A, R>(page: { evaluate(expr: string): Promise<unknown> }, fn: (arg: A) => R, arg: A): Promise<R> {
  const expr = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;
  return (await page.evaluate(expr)) as R;
}
