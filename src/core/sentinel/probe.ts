/**
 * The sentinel's geometry: called only right after the browser's own layout
 * (a ResizeObserver's first notification, see index.ts), when style and
 * layout are clean, so that nothing here forces one. It reads no computed
 * style but html's and body's.
 *
 *  - `lock`: html or body cannot scroll (overflow-y hidden or clip, or a
 *    fixed body).
 *  - `layer`: a fixed layer under a probe point that covers LARGE_LAYER_SHARE
 *    of the viewport or more (a modal, a backdrop, a wall); found without a
 *    computed style: the offsetParent chain of a fixed element ends at it
 *    (a fixed box has no offsetParent), a page's flow ends at body. At the
 *    top and bottom probe points a sticky bar counts too: there the hit
 *    element's few ancestors are asked for their position (computed style,
 *    read while style is clean: no recalculation).
 *  - `bar-text`: a smaller fixed layer (a bar, a toast; not a button smaller
 *    than MIN_LAYER_SHARE) whose text passes the gate (gate.ts).
 *  - `frame`: an iframe the page added after start, lying over the centre.
 */
import { hitAt } from '../hit.ts';
import { offerEvidence } from './gate.ts';

/** A fixed layer at least this share of the viewport is evidence by itself (a modal card, a backdrop). */
export const LARGE_LAYER_SHARE = 0.2;
/** A fixed layer smaller than this share (a back-to-top button, a chat bubble) is not looked at. */
export const MIN_LAYER_SHARE = 0.005;
const NOT_SCROLLING = /hidden|clip/;

/** A scroll lock on html/body (computed styles: call only where style is clean). */
export function scrollLocked(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win || !doc.body) return false;
  const h = win.getComputedStyle(doc.documentElement);
  const b = win.getComputedStyle(doc.body);
  return NOT_SCROLLING.test(h.overflowY) || NOT_SCROLLING.test(b.overflowY) || b.position === 'fixed';
}

/** The probe points: centre, top band, bottom band, the two lower corners. */
export function probePoints(vw: number, vh: number): Array<[number, number]> {
  return [
    [vw / 2, vh / 2],
    [vw / 2, Math.min(40, vh / 10)],
    [vw / 2, vh - Math.min(40, vh / 10)],
    [Math.min(60, vw / 8), vh - 60],
    [vw - Math.min(60, vw / 8), vh - 60],
  ];
}

/** The fixed box `el` lies in, if any: where its offsetParent chain ends, unless that is body or html. */
export function fixedLayer(el: Element, doc: Document): HTMLElement | undefined {
  if (!('offsetParent' in el)) return undefined;
  let last = el as HTMLElement;
  for (let p = last.offsetParent as HTMLElement | null; p; p = p.offsetParent as HTMLElement | null) last = p;
  return last === doc.body || last === doc.documentElement ? undefined : last;
}

/** Ancestors of a hit element asked whether they are sticky (a bar is near the hit element). */
const STICKY_DEPTH = 8;

/** The sticky box `el` lies in (within STICKY_DEPTH ancestors), if any. */
export function stickyLayer(el: Element, doc: Document): Element | undefined {
  const win = doc.defaultView as Window;
  let e: Element | null = el;
  for (let depth = 0; e && e !== doc.body && e !== doc.documentElement && depth < STICKY_DEPTH; depth++, e = e.parentElement) {
    if (win.getComputedStyle(e).position === 'sticky') return e;
  }
  return undefined;
}

/** Geometric evidence at the probe points, or undefined. `fresh`: iframes added since start. */
export function probe(doc: Document, fresh: WeakSet<Element>): string | undefined {
  if (scrollLocked(doc)) return 'lock';
  const win = doc.defaultView as Window;
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  if (!vw || !vh) return undefined;
  const seen = new Set<Element>();
  const points = probePoints(vw, vh);
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i] as [number, number];
    const top = hitAt(doc, x, y);
    if (!top) continue;
    if (i === 0 && top.tagName === 'IFRAME' && fresh.has(top)) return 'frame';
    // Points 1 and 2 are the top and bottom bands, where sticky bars sit.
    const layer = fixedLayer(top, doc) ?? (i === 1 || i === 2 ? stickyLayer(top, doc) : undefined);
    if (!layer || seen.has(layer)) continue;
    seen.add(layer);
    const r = layer.getBoundingClientRect();
    const share = (Math.min(r.right, vw) - Math.max(r.left, 0)) * (Math.min(r.bottom, vh) - Math.max(r.top, 0)) / (vw * vh);
    if (share >= LARGE_LAYER_SHARE) return 'layer';
    if (share >= MIN_LAYER_SHARE && offerEvidence(layer.textContent ?? '')) return 'bar-text';
  }
  return undefined;
}
