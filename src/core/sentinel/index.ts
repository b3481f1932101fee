/**
 * The always-on sentinel: the only part of the clutter detection that runs
 * on every page. It looks for cheap, strong evidence that clutter may be
 * present and says so once (`onEvidence`); the full detector, with its
 * language tables, is then loaded for the page. It never collapses anything.
 *
 * Evidence (each names a CLASS of clutter, never a site):
 *  - `offer-text`, `price-period`: the text gate (gate.ts) on the page's text
 *    at start (two prices with a period there) and on the text of every
 *    inserted node;
 *  - `vendor`: an id or class a paywall vendor uses (vendors.ts) on an
 *    inserted node: a vendor's script adding its container. In the page's
 *    own markup at start only around an iframe (a vendor's offer frame) or
 *    on a short box that names two prices (a vendor's purchase box): bare
 *    stems sit on ordinary containers of clean pages (10 of the 131 aeb-dev
 *    pages, where nothing shows);
 *  - `lock`, `layer`, `bar-text`, `frame`: geometry (probe.ts), read right
 *    after the browser's own layout.
 *
 * What it costs a clean page: one read of the body's text (`textContent` of
 * its children but top-level scripts and styles, see shownText: no style, no
 * layout, no tree walk of our own) at start; then a probe (two computed styles, five hit tests) in the first
 * notification of a ResizeObserver, which the browser delivers after its
 * own layout and before paint, so the sentinel never forces a layout; again
 * after the page's load event, and after inserted nodes (batched, probes at
 * least PROBE_GAP_MS apart). Attribute changes are watched on html and body
 * only (a scroll lock set later). Everything hangs on one AbortController.
 */
import { offerEvidence, offerPhrase, pricesNear, scanPrices } from './gate.ts';
import { probe } from './probe.ts';
import { VENDOR_BOX_TEXT, VENDOR_BOXES, vendorFrame, vendorMarks } from './vendors.ts';

/** Batch delay for inserted nodes (ms). */
export const BATCH_MS = 50;
/** Least time between two probes (ms): a page that animates all the time pays a few probes a second at most. */
export const PROBE_GAP_MS = 250;
/** A second probe this long after inserted nodes catches slide-in transitions. */
export const FOLLOW_UP_MS = 900;
/** Characters of text the gate reads from one inserted subtree, and from the page at start. */
export const MAX_ADDED_TEXT = 20_000;
export const MAX_PAGE_TEXT = 300_000;
/** Prices with a period it takes in the page's whole text at start (one in an inserted node or a floating layer). */
export const PAGE_PRICES = 2;

/**
 * Elements whose text the page never shows. A page's scripts and JSON state are often most of
 * its text (the median aeb-dev page: 30 K characters of body text, 16 K without the top-level
 * ones) and they name offers the page may never show ("already a subscriber" in a paywall
 * vendor's configuration woke the detector on a clean page).
 */
const UNSHOWN = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/**
 * The body's text without the unshown elements at its top level (where pages put their state
 * and script blocks; deeper ones would cost a tree walk), up to `cap` characters.
 */
export function shownText(body: Element, cap: number): string {
  let text = '';
  for (const n of body.childNodes) {
    if (n.nodeType === 3 || (n.nodeType === 1 && !UNSHOWN.test(n.nodeName))) text += n.textContent;
    if (text.length >= cap) break;
  }
  return text.slice(0, cap);
}

export interface Sentinel {
  stop(): void;
}

/** Evidence in an inserted subtree that reads no style or layout: a vendor marker, the text gate. */
export function textEvidence(root: Element, cap: number): string | undefined {
  if (vendorMarks(root, 1).length) return 'vendor';
  return offerEvidence((root.textContent ?? '').slice(0, cap));
}

/**
 * A vendor's offer in the page's own markup: a frame inside a vendor's container, or a purchase
 * box (vendors.ts). `pricesNear`: whether the body's text names two prices at most
 * VENDOR_BOX_TEXT characters apart. A box's text is a stretch of the page's text, so a page
 * without them holds none, and its marked containers are not looked for (that search cost about
 * a tenth of the sentinel's samples on aeb-dev pages, most of which name two prices somewhere).
 */
export function vendorAtStart(body: Element, pricesNearby: boolean): string | undefined {
  const box = (el: Element) => {
    const text = el.textContent ?? '';
    return text.length <= VENDOR_BOX_TEXT && pricesNear(text.toLowerCase(), VENDOR_BOX_TEXT);
  };
  return vendorFrame(body) || (pricesNearby && vendorMarks(body, VENDOR_BOXES).some(box)) ? 'vendor' : undefined;
}

/**
 * The evidence in the page's own markup at start, `lower`: the body's shown text, lower-cased.
 * The same as `lowerEvidence(lower, PAGE_PRICES) ?? vendorAtStart(body, pricesNear(lower,
 * VENDOR_BOX_TEXT))`, with the page's prices found in one scan of its text.
 */
export function pageEvidence(body: Element, lower: string): string | undefined {
  if (lower.length >= 4 && offerPhrase(lower)) return 'offer-text';
  const prices = scanPrices(lower, PAGE_PRICES, VENDOR_BOX_TEXT);
  return prices === 'price-period' ? prices : vendorAtStart(body, prices);
}

/** Starts watching `doc`; `onEvidence` is called once, then the sentinel stops itself. */
export function startSentinel(doc: Document, onEvidence: (reason: string) => void): Sentinel {
  const win = doc.defaultView as Window & typeof globalThis;
  const life = new AbortController();
  const { signal } = life;
  const added: Node[] = [];
  const fresh = new WeakSet<Element>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let batch = false;
  let followUp = false;
  let waiting = false;
  let lastProbe = -1e9;

  const later = (fn: () => void, ms: number) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const stop = () => life.abort();
  const found = (reason: string | undefined) => {
    if (!reason || signal.aborted) return;
    stop();
    onEvidence(reason);
  };

  // Its first notification after observe() comes right after the browser's next layout.
  const layout = new win.ResizeObserver(() => {
    layout.unobserve(doc.documentElement);
    waiting = false;
    lastProbe = performance.now();
    found(probe(doc, fresh));
  });

  /** Geometry after the browser's next layout, at least PROBE_GAP_MS after the last probe. */
  function probeAfterLayout(): void {
    if (waiting || signal.aborted) return;
    waiting = true;
    const wait = lastProbe + PROBE_GAP_MS - performance.now();
    if (wait <= 0) layout.observe(doc.documentElement);
    else later(() => layout.observe(doc.documentElement), wait);
  }

  function flush(): void {
    batch = false;
    for (const n of added.splice(0)) {
      if (!n.isConnected) continue;
      found(n.nodeType === 1 ? textEvidence(n as Element, MAX_ADDED_TEXT) : offerEvidence((n as Text).data));
      if (signal.aborted) return;
    }
    probeAfterLayout();
    if (!followUp) {
      followUp = true;
      later(() => {
        followUp = false;
        probeAfterLayout();
      }, FOLLOW_UP_MS);
    }
  }

  const mo = new win.MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (UNSHOWN.test(n.nodeName)) continue;
        if (n.nodeType === 1) {
          added.push(n);
          if ((n as Element).tagName === 'IFRAME') fresh.add(n as Element);
          else for (const f of (n as Element).getElementsByTagName('iframe')) fresh.add(f);
        } else if (n.nodeType === 3) added.push(n);
      }
    }
    if (added.length && !batch) {
      batch = true;
      later(flush, BATCH_MS);
    }
  });
  // A class or style set on html or body later (a scroll lock, a "modal open" class).
  const restyled = new win.MutationObserver(probeAfterLayout);

  signal.addEventListener('abort', () => {
    mo.disconnect();
    restyled.disconnect();
    layout.disconnect();
    for (const t of timers) clearTimeout(t);
    timers.clear();
  });

  function begin(): void {
    if (signal.aborted || !doc.body) return;
    const text = shownText(doc.body, MAX_PAGE_TEXT).toLowerCase();
    found(pageEvidence(doc.body, text));
    if (signal.aborted) return;
    mo.observe(doc.documentElement, { childList: true, subtree: true });
    for (const el of [doc.documentElement, doc.body]) restyled.observe(el, { attributes: true, attributeFilter: ['style', 'class'] });
    probeAfterLayout();
    // One more look once the page has loaded (late styles, images shifting layout).
    if (doc.readyState !== 'complete') win.addEventListener('load', probeAfterLayout, { once: true, signal });
  }
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', begin, { once: true, signal });
  else begin();
  return { stop };
}
