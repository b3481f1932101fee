/**
 * The always-on sentinel: the only part of the clutter detection that runs
 * on every page. It looks for cheap evidence that clutter may be present and
 * says so once (`onEvidence`); the full detector, with its language tables,
 * is then loaded for the page. It never collapses anything itself.
 *
 * Evidence (each names a CLASS of clutter, never a site):
 *  - `lock`: html or body cannot scroll (overflow hidden/clip, body fixed):
 *    two computed styles;
 *  - `layer`: a fixed or sticky layer under a probe point (not a thin bar at
 *    the top, which is most often the site's header, nor a small button: left
 *    to the text gate);
 *  - `frame`: an iframe added after load lying over the centre;
 *  - `vendor`: an id or class a paywall vendor uses (vendors.ts);
 *  - `offer-text`, `price-period`, `weak-words`: the text gate (gate.ts) on
 *    the page's text at start and on the text of new nodes.
 *
 * Costs: the text gate reads text only (text nodes, no style). Geometry
 * (elementsFromPoint) and computed styles are read only right after the
 * browser's own layout of a frame: in the first notification of a
 * ResizeObserver on the root element, which the browser delivers after layout
 * and before paint, when style and layout are clean; so the sentinel never
 * forces a layout of its own (a task after a paint would not be enough: a
 * loading page dirties its layout between frames). Mutations are
 * batched; probes are spaced at least PROBE_GAP_MS apart. Everything hangs on
 * one AbortController (stop()).
 */
import { gateHit } from './gate.ts';
import { VENDOR_SELECTOR } from './vendors.ts';

/** Batch delay for new nodes (ms). */
export const BATCH_MS = 50;
/** Least time between two probe rounds (ms): pages that animate all the time pay a few probes a second at most. */
export const PROBE_GAP_MS = 250;
/** A second probe this long after new nodes catches slide-in transitions. */
export const FOLLOW_UP_MS = 900;
/** Characters of one added subtree's text the gate reads (a huge insertion is read in part). */
export const MAX_ADDED_TEXT = 20_000;
/** Characters of the page's text the gate reads at start. */
export const MAX_PAGE_TEXT = 300_000;
/** A layer at the top no taller than this share of the viewport is a header bar, not evidence by itself. */
export const TOP_BAR_SHARE = 0.2;
/** A layer smaller than this share of the viewport (a back-to-top button, a chat bubble) is not evidence. */
export const MIN_LAYER_SHARE = 0.005;
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);
const HIDDEN = /hidden|clip/;

export interface Sentinel {
  stop(): void;
}

/** Text of `root` without script/style contents, up to `cap` characters. */
export function visibleText(root: Node, cap: number): string {
  const doc = root.ownerDocument ?? (root as Document);
  const w = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  let out = '';
  for (let t = w.nextNode(); t && out.length < cap; t = w.nextNode()) {
    const p = t.parentNode as Element | null;
    if (p && SKIP_TEXT.has(p.nodeName)) continue;
    out += `${(t as Text).data} `;
  }
  return out;
}

/** A scroll lock on html/body (call only where layout is clean: computed styles). */
export function scrollLocked(doc: Document): boolean {
  const win = doc.defaultView as Window;
  if (!doc.body) return false;
  const h = win.getComputedStyle(doc.documentElement);
  const b = win.getComputedStyle(doc.body);
  return HIDDEN.test(h.overflowY) || HIDDEN.test(b.overflowY) || b.position === 'fixed';
}

/** The probe points: centre, top and bottom bands, the two lower corners. */
export function sentinelPoints(vw: number, vh: number): Array<[number, number]> {
  return [[vw / 2, vh / 2], [vw / 2, 24], [vw / 2, vh - 24], [70, vh - 70], [vw - 70, vh - 70]];
}

/**
 * The evidence under the probe points, or undefined. Call after a paint (clean layout).
 * `fresh`: iframes added since start (an iframe of the page's own at the centre is not evidence).
 */
export function probe(doc: Document, fresh: WeakSet<Element>): string | undefined {
  const win = doc.defaultView as Window;
  const vw = win.innerWidth;
  const vh = win.innerHeight;
  const points = sentinelPoints(vw, vh);
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i] as [number, number];
    let stack = doc.elementsFromPoint(x, y);
    const host = stack[0]?.shadowRoot;
    if (host) stack = [...host.elementsFromPoint(x, y), ...stack];
    if (i === 0 && stack[0]?.tagName === 'IFRAME' && fresh.has(stack[0])) return 'frame';
    for (const el of stack) {
      if (el === doc.body || el === doc.documentElement) break;
      const pos = win.getComputedStyle(el).position;
      if (pos !== 'fixed' && pos !== 'sticky') continue;
      const r = el.getBoundingClientRect();
      if (i === 1 && r.top <= 1 && r.height <= vh * TOP_BAR_SHARE) break;
      if (r.width * r.height < vw * vh * MIN_LAYER_SHARE) continue;
      return 'layer';
    }
  }
  return undefined;
}

/** Text-only evidence in `root` (vendor markers, the text gate): no style or layout read. */
export function textEvidence(root: Element, cap: number): string | undefined {
  if (root.matches(VENDOR_SELECTOR) || root.querySelector(VENDOR_SELECTOR)) return 'vendor';
  return gateHit(visibleText(root, cap));
}

/** Starts watching `doc`; `onEvidence` is called once, then the sentinel stops itself. */
export function startSentinel(doc: Document, onEvidence: (reason: string) => void): Sentinel {
  const win = doc.defaultView as Window & typeof globalThis;
  const life = new AbortController();
  const { signal } = life;
  const added: Element[] = [];
  const fresh = new WeakSet<Element>();
  let batch: ReturnType<typeof setTimeout> | 0 = 0;
  let followUp: ReturnType<typeof setTimeout> | 0 = 0;
  let after: ReturnType<typeof setTimeout> | 0 = 0;
  let waiting = false;
  let lastProbe = -1e9;

  const stop = () => life.abort();
  signal.addEventListener('abort', () => {
    mo.disconnect();
    if (batch) clearTimeout(batch);
    if (followUp) clearTimeout(followUp);
    if (after) clearTimeout(after);
    layout.disconnect();
  });

  const found = (reason: string | undefined) => {
    if (!reason || signal.aborted) return;
    stop();
    onEvidence(reason);
  };

  // Its first notification after observe() comes right after the next layout.
  const layout = new win.ResizeObserver(() => {
    layout.unobserve(doc.documentElement);
    waiting = false;
    lastProbe = performance.now();
    found(scrollLocked(doc) ? 'lock' : probe(doc, fresh));
  });

  /** Geometry right after the browser's next layout, at least PROBE_GAP_MS after the last probe. */
  function probeAfterLayout(): void {
    if (waiting || signal.aborted) return;
    waiting = true;
    const wait = lastProbe + PROBE_GAP_MS - performance.now();
    if (wait <= 0) layout.observe(doc.documentElement);
    else
      after = setTimeout(() => {
        after = 0;
        layout.observe(doc.documentElement);
      }, wait);
  }

  function flush(): void {
    batch = 0;
    const roots = added.splice(0);
    for (const root of roots) if (root.isConnected) found(textEvidence(root, MAX_ADDED_TEXT));
    if (signal.aborted) return;
    probeAfterLayout();
    if (!followUp)
      followUp = setTimeout(() => {
        followUp = 0;
        probeAfterLayout();
      }, FOLLOW_UP_MS);
  }

  const mo = new win.MutationObserver((records) => {
    let restyled = false;
    for (const r of records) {
      if (r.type === 'attributes') {
        restyled = true;
        continue;
      }
      for (const n of r.addedNodes) {
        if (n.nodeType === 1) {
          added.push(n as Element);
          if ((n as Element).tagName === 'IFRAME') fresh.add(n as Element);
          for (const f of (n as Element).getElementsByTagName('iframe')) fresh.add(f);
        } else if (n.nodeType === 3 && r.target.nodeType === 1) added.push(r.target as Element);
      }
    }
    if (added.length) batch ||= setTimeout(flush, BATCH_MS);
    else if (restyled) probeAfterLayout();
  });

  function begin(): void {
    if (signal.aborted || !doc.body) return;
    found(textEvidence(doc.body, MAX_PAGE_TEXT));
    if (signal.aborted) return;
    mo.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden', 'open'] });
    probeAfterLayout();
    // One more look when the page has loaded (late CSS, images shifting layout).
    win.addEventListener('load', probeAfterLayout, { once: true, signal });
  }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', begin, { once: true, signal });
  else begin();
  return { stop };
}
