/**
 * The measurement, as a person sees the page: in-page functions shared by the runner, the e2e
 * sample suites (Chromium and Firefox) and the bench. Each is self-contained (serialised with
 * script.ts): no imports, no outer variables.
 *
 *  - seen(el): the element has a box (checkVisibility with opacity and visibility, up the flat
 *    tree), part of it is on screen (scrolled into view if it is not), and elementFromPoint at
 *    sample points (through open shadow roots) lands on it or inside it. A clutter element is
 *    visible when any of five points (centre and four inner corners) hits it or another clutter
 *    element stacked over it (taking the top layer away would show it); an article
 *    paragraph is visible and uncovered when every sampled line box of its text on screen (first,
 *    middle, last) hits it.
 *  - wheel scrolling is driven from outside with real wheel input (scrollProbe before, scrolled
 *    after): the page scrolled when scrollY moved, or a large non-clutter scroller moved.
 *  - text blocks (clean pages): every element with >= 25 characters of its own text, keyed by
 *    that text, and whether it is seen.
 */
import type { Truth } from './runtime.ts';

export interface RoleState {
  role: string;
  visible: boolean;
  /** gone | nobox | offscreen | covered | visible */
  why: string;
}
export interface PieceState {
  kind: string;
  base: string;
  shown: boolean;
  reinserts: number;
  lock: string | null;
  roles: RoleState[];
  /** Every measured element of the piece is not visible. */
  hidden: boolean;
}
export interface ClutterState {
  installed: boolean;
  locked: boolean;
  pieces: PieceState[];
  errors: string[];
}
export interface ParagraphState {
  located: number;
  visible: number;
  /** Per anchor: null when not found, else whether seen. */
  each: Array<boolean | null>;
}

/** Finds each anchor's block element by its text (whitespace-insensitive), preferring rendered occurrences. */
export function locateParagraphs(anchors: string[]): Array<Element | null> {
  const skip = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let flat = '';
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement;
    if (!parent || skip.test(parent.tagName)) continue;
    const t = n.data.replace(/\s+/g, '');
    if (!t) continue;
    nodes.push(n);
    starts.push(flat.length);
    flat += t;
  }
  const nodeAt = (index: number): Text | undefined => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    return nodes[lo];
  };
  const blockOf = (node: Node): Element | null => {
    let el = node.parentElement;
    while (el && el !== document.body && getComputedStyle(el).display.startsWith('inline')) el = el.parentElement;
    return el;
  };
  return anchors.map((anchor) => {
    const key = anchor.replace(/\s+/g, '');
    const windows = [key.slice(0, 40), key.slice(Math.floor(key.length / 2) - 20, Math.floor(key.length / 2) + 20), key.slice(-40)];
    let fallback: Element | null = null;
    for (const w of windows) {
      if (w.length < 20) continue;
      let from = 0;
      for (let tries = 0; tries < 5; tries++) {
        const at = flat.indexOf(w, from);
        if (at < 0) break;
        from = at + 1;
        const node = nodeAt(at);
        const block = node ? blockOf(node) : null;
        if (!block) continue;
        if (block.checkVisibility()) return block;
        fallback ??= block;
      }
    }
    return fallback;
  });
}

/** The person's view of one element; `all` needs every sampled text line to hit (paragraphs), else any of five points (clutter). */
export function seen(el: Element, mode: 'clutter' | 'text', others: Element[] = []): { visible: boolean; why: string } {
  if (!el.isConnected) return { visible: false, why: 'gone' };
  const boxed = el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true } as CheckVisibilityOptions);
  let rect = el.getBoundingClientRect();
  if (!boxed || rect.width < 2 || rect.height < 2) return { visible: false, why: 'nobox' };
  const onScreen = (r: DOMRect) => r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
  if (!onScreen(rect) || mode === 'text') {
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
    rect = el.getBoundingClientRect();
  }
  const parentOf = (n: Element): Element | null => n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null);
  const hitAt = (x: number, y: number): Element | null => {
    let hit = document.elementFromPoint(x, y);
    while (hit?.shadowRoot) {
      const inner = hit.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return hit;
  };
  const inside = (hit: Element | null): boolean => {
    for (let n = hit; n; n = parentOf(n)) if (n === el) return true;
    return false;
  };
  const points: Array<[number, number]> = [];
  if (mode === 'clutter') {
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, innerWidth);
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, innerHeight);
    if (right - left < 2 || bottom - top < 2) return { visible: false, why: 'offscreen' };
    for (const [fx, fy] of [[0.5, 0.5], [0.15, 0.15], [0.85, 0.15], [0.15, 0.85], [0.85, 0.85]] as const) points.push([left + fx * (right - left), top + fy * (bottom - top)]);
    // Under another clutter layer still counts as there: removing the top one would show it.
    const mine = (hit: Element | null) => {
      for (let n = hit; n; n = parentOf(n)) if (n === el || others.includes(n)) return true;
      return false;
    };
    return points.some(([x, y]) => mine(hitAt(x, y))) ? { visible: true, why: 'visible' } : { visible: false, why: 'covered' };
  }
  const range = document.createRange();
  range.selectNodeContents(el);
  const lines = [...range.getClientRects()].filter((r) => r.width > 2 && r.height > 2 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth);
  if (!lines.length) return { visible: false, why: 'offscreen' };
  for (const r of [lines[0], lines[Math.floor(lines.length / 2)], lines[lines.length - 1]] as DOMRect[]) {
    points.push([Math.min(Math.max((r.left + r.right) / 2, 1), innerWidth - 1), Math.min(Math.max((r.top + r.bottom) / 2, 1), innerHeight - 1)]);
  }
  // A text line hit on the paragraph, inside it, or on an ancestor (a gap between inline boxes) is uncovered.
  const ok = (hit: Element | null) => !!hit && (inside(hit) || hit.contains(el));
  return points.every(([x, y]) => ok(hitAt(x, y))) ? { visible: true, why: 'visible' } : { visible: false, why: 'covered' };
}

/** Scroll position, page size, and a recorder of scroll events (for pages that scroll an inner box). */
export function scrollProbe(): { y: number; height: number; viewport: number } {
  const w = window as unknown as { __clutterScrolled?: Set<Element> };
  const seenScrolls = new Set<Element>();
  w.__clutterScrolled = seenScrolls;
  addEventListener(
    'scroll',
    (e) => {
      const t = e.target;
      if (t instanceof Element) seenScrolls.add(t);
    },
    { capture: true, passive: true },
  );
  const se = document.scrollingElement ?? document.documentElement;
  // A body locked with position:fixed or height:100vh still holds the page's full height.
  let height = Math.max(se.scrollHeight, document.body?.scrollHeight ?? 0);
  for (const el of document.querySelectorAll('body, body > *, main, [role="main"]')) {
    const cs = getComputedStyle(el);
    if (/(auto|scroll)/.test(cs.overflowY) && el.clientHeight > innerHeight * 0.5) height = Math.max(height, el.scrollHeight);
  }
  return { y: scrollY, height, viewport: innerHeight };
}

/** After the wheel: did the page (or a large non-clutter scroller) move from `y`? */
export function scrolled(args: { y: number }): boolean {
  if (Math.abs(scrollY - args.y) >= 1) return true;
  const truth = (window as unknown as { __clutterTruth?: Truth }).__clutterTruth;
  const clutter = (truth?.pieces ?? []).flatMap((p) => p.roles.map((r) => r.el));
  const set = (window as unknown as { __clutterScrolled?: Set<Element> }).__clutterScrolled ?? new Set<Element>();
  for (const el of set) {
    if (el.clientHeight < innerHeight * 0.5 || el.scrollTop < 1) continue;
    if (clutter.some((c) => c === el || c.contains(el))) continue;
    return true;
  }
  return false;
}

/** Every injected clutter element's state (reads the runtime's truth; needs `seen`). */
export function measureClutter(): ClutterState {
  const truth = (window as unknown as { __clutterTruth?: Truth }).__clutterTruth;
  if (!truth) return { installed: false, locked: false, pieces: [], errors: [] };
  const all = truth.pieces.flatMap((p) => p.roles.map((r) => r.el));
  const pieces = truth.pieces.map((p) => {
    const roles = p.roles.map((r) => ({ role: r.role, ...seen(r.el, 'clutter', all.filter((e) => e !== r.el)) }));
    return { kind: p.kind, base: p.base, shown: p.shown, reinserts: p.reinserts, lock: p.lock, roles, hidden: roles.every((r) => !r.visible) };
  });
  scrollTo(0, 0);
  return { installed: true, locked: truth.locked, pieces, errors: truth.errors };
}

/** Each anchor's paragraph: located, and seen (needs `locateParagraphs` and `seen`). */
export function measureParagraphs(args: { anchors: string[] }): ParagraphState {
  const blocks = locateParagraphs(args.anchors);
  const each = blocks.map((b) => (b ? seen(b, 'text').visible : null));
  scrollTo(0, 0);
  return { located: each.filter((e) => e !== null).length, visible: each.filter((e) => e === true).length, each };
}

/** Text blocks (>= 25 characters of own text): with `only`, just those keys; else every block (capped). Returns the keys seen. */
export function textBlocks(args: { only?: string[]; cap: number }): { total: number; seen: string[] } {
  const counts = new Map<string, number>();
  const blocks: Array<[string, Element]> = [];
  for (const el of document.body?.querySelectorAll('*') ?? []) {
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|svg)$/i.test(el.tagName)) continue;
    let own = '';
    for (const n of el.childNodes) if (n.nodeType === 3) own += (n as Text).data;
    own = own.replace(/\s+/g, ' ').trim();
    if (own.length < 25) continue;
    const base = own.slice(0, 60);
    const k = counts.get(base) ?? 0;
    counts.set(base, k + 1);
    blocks.push([`${base}#${k}`, el]);
  }
  let pick = blocks;
  if (args.only) {
    const want = new Set(args.only);
    pick = blocks.filter(([k]) => want.has(k));
  } else if (blocks.length > args.cap) {
    pick = Array.from({ length: args.cap }, (_, i) => blocks[Math.floor((i * blocks.length) / args.cap)] as [string, Element]);
  }
  const out = pick.filter(([, el]) => seen(el, 'text').visible).map(([k]) => k);
  scrollTo(0, 0);
  return { total: pick.length, seen: out };
}

/** The naive remover the issue compares against: hide every fixed or sticky layer and unlock html and body. */
export function naiveRemover(): number {
  let n = 0;
  const roots: Array<Document | ShadowRoot> = [document];
  for (let i = 0; i < roots.length; i++) {
    for (const el of (roots[i] as Document | ShadowRoot).querySelectorAll('*')) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      const pos = getComputedStyle(el).position;
      if (pos === 'fixed' || pos === 'sticky') {
        (el as HTMLElement).style.setProperty('display', 'none', 'important');
        n++;
      }
    }
  }
  for (const el of [document.documentElement, document.body]) {
    if (!el) continue;
    el.style.setProperty('overflow', 'auto', 'important');
    el.style.setProperty('position', 'static', 'important');
    el.style.setProperty('height', 'auto', 'important');
  }
  return n;
}
