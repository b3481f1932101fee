/**
 * The in-page clutter runtime: builds a scenario's pieces (generate.ts) in a live page, the way
 * paywall scripts do: at load, after a delay, on the first scroll or wheel; sliding in; locking
 * the scroll; putting a removed or hidden modal back (and its lock class). It records what it
 * built in `window.__clutterTruth` (main world only: an extension's isolated world cannot see
 * it) for the measurement; nothing in the DOM says what is clutter.
 *
 * Self-contained (serialised into the page by server.ts): no imports, no outer variables; the
 * paragraph locator comes in as an argument.
 */
import type { LockSpec, NodeSpec, PieceSpec, Scenario } from './generate.ts';

export interface TruthRole {
  role: string;
  el: Element;
}
export interface TruthPiece {
  kind: string;
  base: string;
  shown: boolean;
  roles: TruthRole[];
  reinserts: number;
  lock: string | null;
}
export interface Truth {
  pieces: TruthPiece[];
  locked: boolean;
  errors: string[];
}

export function installClutter(plan: Pick<Scenario, 'pieces' | 'css' | 'anchors'>, locate: (anchors: string[]) => Array<Element | null>): void {
  const truth: Truth = { pieces: [], locked: false, errors: [] };
  (window as unknown as { __clutterTruth: Truth }).__clutterTruth = truth;
  const html = document.documentElement;
  const body = document.body;
  if (plan.css) {
    const style = document.createElement('style');
    style.textContent = plan.css;
    (document.head ?? html).appendChild(style);
  }

  const make = (spec: NodeSpec, roles: TruthRole[]): Element => {
    const node = document.createElement(spec.tag);
    if (spec.cls) node.setAttribute('class', spec.cls);
    if (spec.id) node.id = spec.id;
    if (spec.style) node.setAttribute('style', spec.style);
    for (const [k, v] of Object.entries(spec.attrs ?? {})) node.setAttribute(k, v);
    if (spec.text !== undefined) node.textContent = spec.text;
    for (const child of spec.children ?? []) node.appendChild(make(child, roles));
    if (spec.shadow) {
      const root = node.attachShadow({ mode: 'open' });
      // The page's stylesheet does not reach into a shadow tree: the component carries its own.
      if (plan.css) {
        const style = document.createElement('style');
        style.textContent = plan.css;
        root.appendChild(style);
      }
      for (const child of spec.shadow) root.appendChild(make(child, roles));
    }
    if (spec.role) roles.push({ role: spec.role, el: node });
    return node;
  };

  let located: Array<Element | null> | undefined;
  const paragraphs = (): Element[] => {
    if (!located) located = locate(plan.anchors);
    return located.filter((e): e is Element => !!e);
  };

  const mount = (piece: PieceSpec, node: Element): void => {
    const m = piece.mount;
    if (m.at === 'body-start') body.insertBefore(node, body.firstChild);
    else if (m.at === 'html-end') html.appendChild(node);
    else if (m.at === 'after-paragraph') {
      const ps = paragraphs();
      const at = ps[Math.min(ps.length - 1, Math.floor(m.fraction * ps.length))];
      if (at?.parentNode) at.parentNode.insertBefore(node, at.nextSibling);
      else body.appendChild(node);
    } else if (m.at === 'article-gate') {
      const ps = paragraphs();
      const first = ps[0];
      const last = ps[ps.length - 1];
      if (!first || !last) {
        body.appendChild(node);
        return;
      }
      const el = node as HTMLElement;
      if (m.place === 'container') {
        const range = document.createRange();
        range.setStartBefore(first);
        range.setEndAfter(last);
        let box = range.commonAncestorContainer as Element;
        if (box.nodeType !== 1) box = box.parentElement ?? body;
        if (getComputedStyle(box).position === 'static') (box as HTMLElement).style.position = 'relative';
        const top = first.getBoundingClientRect().top - box.getBoundingClientRect().top;
        const height = last.getBoundingClientRect().bottom - first.getBoundingClientRect().top;
        el.style.top = `${Math.round(top + m.from * height)}px`;
        box.appendChild(el);
      } else {
        const a = first.getBoundingClientRect();
        const b = last.getBoundingClientRect();
        const top = a.top + scrollY;
        const bottom = b.bottom + scrollY;
        el.style.top = `${Math.round(top + m.from * (bottom - top))}px`;
        el.style.height = `${Math.round((1 - m.from) * (bottom - top) + 240)}px`;
        el.style.bottom = 'auto';
        el.style.left = `${Math.round(Math.min(a.left, b.left) + scrollX)}px`;
        el.style.width = `${Math.round(Math.max(a.right, b.right) - Math.min(a.left, b.left))}px`;
        el.style.right = 'auto';
        body.appendChild(el);
      }
    } else body.appendChild(node);
  };

  const lock = (spec: LockSpec | undefined): void => {
    if (!spec) return;
    truth.locked = true;
    const cls = spec.cls?.split(' ') ?? [];
    switch (spec.technique) {
      case 'html-class':
        html.classList.add(...cls);
        break;
      case 'body-class':
        body.classList.add(...cls);
        break;
      case 'inline-overflow':
        body.style.overflow = 'hidden';
        if (html.scrollHeight > innerHeight) html.style.overflow = 'hidden';
        break;
      case 'fixed-body': {
        const y = scrollY;
        body.style.position = 'fixed';
        body.style.top = `-${y}px`;
        body.style.left = '0';
        body.style.right = '0';
        body.style.overflow = 'hidden';
        break;
      }
      case 'touch-action':
        html.style.touchAction = 'none';
        html.style.overscrollBehavior = 'none';
        html.style.overflow = 'hidden';
        break;
      case 'height-100vh':
        html.style.height = '100vh';
        html.style.overflow = 'hidden';
        body.style.height = '100vh';
        body.style.overflow = 'hidden';
        break;
    }
  };

  const roots = new Map<TruthPiece, Element>();
  const show = (piece: PieceSpec, entry: TruthPiece): void => {
    const roles: TruthRole[] = [];
    const node = make(piece.root, roles);
    roots.get(entry)?.remove();
    roots.set(entry, node);
    if (piece.slideFrom) (node as HTMLElement).style.transform = piece.slideFrom;
    mount(piece, node);
    entry.roles = roles;
    if (piece.slideFrom) {
      void (node as HTMLElement).offsetWidth;
      (node as HTMLElement).style.transform = 'none';
    }
    entry.shown = true;
    lock(piece.lock);
  };

  const visible = (el: Element): boolean => el.isConnected && el.checkVisibility({ opacityProperty: true, visibilityProperty: true } as CheckVisibilityOptions);

  for (const piece of plan.pieces) {
    const entry: TruthPiece = { kind: piece.kind, base: piece.base, shown: false, roles: [], reinserts: 0, lock: piece.lock?.technique ?? null };
    truth.pieces.push(entry);
    const go = () => {
      try {
        show(piece, entry);
      } catch (e) {
        truth.errors.push(String(e));
      }
    };
    if (piece.trigger === 'load') go();
    else if (piece.trigger === 'delay') setTimeout(go, piece.delayMs);
    else {
      let fired = false;
      const once = () => {
        if (fired) return;
        fired = true;
        setTimeout(go, piece.delayMs);
      };
      addEventListener('scroll', once, { capture: true, passive: true });
      addEventListener('wheel', once, { capture: true, passive: true });
    }
    if (piece.reinsert) {
      // The vendor script checks a few times a second; it gives up after a while, as real ones do.
      const timer = setInterval(() => {
        if (!entry.shown) return;
        const cls = piece.lock?.cls?.split(' ') ?? [];
        const target = piece.lock?.technique === 'html-class' ? html : body;
        if (cls.length && !target.classList.contains(cls[0] as string) && entry.reinserts < 12) target.classList.add(...cls);
        if (entry.roles.some((r) => visible(r.el))) return;
        if (entry.reinserts >= 6) {
          clearInterval(timer);
          return;
        }
        entry.reinserts++;
        go();
      }, 250);
    }
  }
}
