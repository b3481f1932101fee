// @vitest-environment jsdom
/**
 * The sentinel: its vendor markers (in step with the detector's), its probe
 * (geometry read after a layout only, no computed style but html's and
 * body's) and its lifecycle (one evidence call, then nothing runs).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { VENDOR_SEED } from '../detect/signals/vendor.ts';
import { lowerEvidence, pricesNear } from './gate.ts';
import { PAGE_PRICES, pageEvidence, shownText, startSentinel, textEvidence, vendorAtStart } from './index.ts';
import { fixedLayer, probe } from './probe.ts';
import { VENDOR_BOX_TEXT, VENDOR_STEMS, vendorFrame, vendorMarked, vendorMarks } from './vendors.ts';

const ARTICLE = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i}: the council met on Tuesday and voted to extend the night bus trial for two more years.</p>`).join('');

test('the vendor markers are the detector seed stems', () => {
  expect(VENDOR_STEMS.map((w) => `[id*="${w}" i],[class*="${w}" i]`).join(',')).toBe(VENDOR_SEED);
});

test('a vendor mark is a stem in the id or class, in any case; a frame counts inside a marked container or marked itself', () => {
  document.body.innerHTML = '<div id="x-Paywall-1"></div><div class="a TP-Modal"></div><div title="paywall"></div><svg class="piano"></svg>';
  expect([...document.body.children].map(vendorMarked)).toEqual([true, true, false, true]);
  document.body.innerHTML = '<div class="zephr-box"><p><iframe></iframe></p></div>';
  expect(vendorFrame(document.body)).toBe(true);
  document.body.innerHTML = '<div class="box"><iframe class="poool-offer"></iframe></div><iframe></iframe>';
  expect(vendorFrame(document.body)).toBe(true);
  document.body.innerHTML = '<div class="box"><iframe></iframe></div>';
  expect(vendorFrame(document.body)).toBe(false);
});

test('vendorMarks: the marked elements in document order (the root first), the search stopping at `max`', () => {
  document.body.innerHTML = '<div class="piano-a"><p id="paywall-b"></p></div><i class="x"></i><b id="zephr-c"></b><svg class="tp-modal"></svg>';
  const names = (els: Element[]) => els.map((el) => el.id || el.getAttribute('class'));
  expect(names(vendorMarks(document.body))).toEqual(['piano-a', 'paywall-b', 'zephr-c', 'tp-modal']);
  expect(names(vendorMarks(document.body, 2))).toEqual(['piano-a', 'paywall-b']);
  expect(vendorMarks(document.body, 0)).toEqual([]);
  const root = document.querySelector('.piano-a') as Element;
  expect(names(vendorMarks(root, 1))).toEqual(['piano-a']);
  expect(names(vendorMarks(root))).toEqual(['piano-a', 'paywall-b']);
});

test('pageEvidence: the text gate (two prices with a period) then a vendor frame or purchase box, as lowerEvidence then vendorAtStart say', () => {
  const pages = [
    `<main>${ARTICLE}</main>`,
    `<main>${ARTICLE}</main><p>5 free articles left this month</p>`,
    `<main>${ARTICLE}</main><p>Digital: $1/week, All access: $4/week</p>`,
    `<main>${ARTICLE}</main><p>The median household earns around $60,000 a year.</p>`,
    `<div class="article-body paywall">${ARTICLE.repeat(4)}<p>The house sold for $450,000 after a bid of $420,000.</p></div>`,
    '<div class="lp_purchase-box"><span>This article</span><span>$0.49</span><span>30-day pass</span><span>$4.99</span></div>',
    `<div class="lp_purchase-box"><span>This article</span><span>$0.49</span></div><p>${'words '.repeat(400)}</p><p>$4.99</p>`,
    '<div id="tp-inline-offer"><iframe title="offer"></iframe></div>',
  ];
  const reasons = pages.map((html) => {
    document.body.innerHTML = html;
    const lower = shownText(document.body, 10_000).toLowerCase();
    const expected = lowerEvidence(lower, PAGE_PRICES) ?? vendorAtStart(document.body, pricesNear(lower, VENDOR_BOX_TEXT));
    expect(pageEvidence(document.body, lower), html.slice(0, 60)).toBe(expected);
    return expected;
  });
  expect(reasons).toEqual([undefined, 'offer-text', 'price-period', undefined, undefined, 'vendor', undefined, 'vendor']);
});

test('textEvidence: a vendor marker or the strict gate, on text only', () => {
  document.body.innerHTML = `<main>${ARTICLE}</main><footer>Subscribe · Sign in · Newsletter</footer>`;
  expect(textEvidence(document.body, 10_000)).toBeUndefined();
  document.body.insertAdjacentHTML('beforeend', '<div id="tp-modal-x"></div>');
  expect(textEvidence(document.body, 10_000)).toBe('vendor');
});

test('shownText: the body text but its top-level scripts, styles, noscript and templates (and comments), cut at the cap', () => {
  document.body.innerHTML = '<p>One</p> two <script>var a = "x";</script><!-- note --><style>p{}</style><div>three<script>inner()</script></div><noscript>n</noscript><template>t</template>';
  expect(shownText(document.body, 1000)).toBe('One two threeinner()');
  expect(shownText(document.body, 5)).toBe('One t');
});

/** jsdom has no layout: offsetParent and boxes are given per element. */
function layout(el: Element, box: { top: number; left?: number; width: number; height: number }, offsetParent: Element | null) {
  Object.defineProperty(el, 'offsetParent', { configurable: true, get: () => offsetParent });
  el.getBoundingClientRect = () => ({ ...box, left: box.left ?? 0, x: box.left ?? 0, y: box.top, right: (box.left ?? 0) + box.width, bottom: box.top + box.height, toJSON() {} }) as DOMRect;
}

describe('probe (after a layout)', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    Object.defineProperty(window, 'innerWidth', { configurable: true, value: 1000 });
    Object.defineProperty(window, 'innerHeight', { configurable: true, value: 800 });
  });

  test('a fixed box is where the offsetParent chain ends short of body', () => {
    document.body.innerHTML = `<main>${ARTICLE}</main><div class="m"><p>x</p></div>`;
    const p = document.querySelector('.m p') as Element;
    const m = document.querySelector('.m') as Element;
    const main = document.querySelector('main p') as Element;
    layout(p, { top: 0, width: 10, height: 10 }, m);
    layout(m, { top: 0, width: 10, height: 10 }, null);
    layout(main, { top: 0, width: 10, height: 10 }, document.body);
    expect(fixedLayer(p, document)).toBe(m);
    expect(fixedLayer(main, document)).toBeUndefined();
  });

  test('a large fixed layer is evidence; a small one only when its text passes the gate; the flow is not', () => {
    document.body.innerHTML = `<main>${ARTICLE}</main><div class="bar">Menu · Subscribe · Sign in</div><div class="modal">Hello</div>`;
    const main = document.querySelector('main') as Element;
    const bar = document.querySelector('.bar') as Element;
    const modal = document.querySelector('.modal') as Element;
    layout(main, { top: 0, width: 1000, height: 3000 }, document.body);
    layout(bar, { top: 740, width: 1000, height: 60 }, null);
    layout(modal, { top: 200, left: 250, width: 500, height: 400 }, null);
    let at: Element = main;
    document.elementFromPoint = () => at;
    expect(probe(document, new WeakSet())).toBeUndefined();
    at = bar;
    expect(probe(document, new WeakSet())).toBeUndefined();
    bar.textContent = 'Read on for just $1/week';
    expect(probe(document, new WeakSet())).toBe('bar-text');
    at = modal;
    expect(probe(document, new WeakSet())).toBe('layer');
  });

  test('at the bottom band a sticky bar counts as a layer (its text passes the gate); elsewhere in the flow nothing', () => {
    document.head.innerHTML = '<style>.sticky{position:sticky;bottom:0}</style>';
    document.body.innerHTML = `<main>${ARTICLE}</main><div class="sticky"><span>Lee sin límites por 4,99 € al mes</span></div>`;
    const main = document.querySelector('main') as Element;
    const span = document.querySelector('.sticky span') as Element;
    const bar = document.querySelector('.sticky') as Element;
    layout(main, { top: 0, width: 1000, height: 3000 }, document.body);
    layout(span, { top: 750, width: 300, height: 20 }, document.body);
    layout(bar, { top: 740, width: 1000, height: 60 }, document.body);
    let bottom: Element = main;
    document.elementFromPoint = (_x: number, y: number) => (y > 700 ? bottom : main);
    expect(probe(document, new WeakSet())).toBeUndefined();
    bottom = span;
    expect(probe(document, new WeakSet())).toBe('bar-text');
  });

  test('a scroll lock on html or body is evidence', () => {
    document.body.innerHTML = `<main>${ARTICLE}</main>`;
    document.elementFromPoint = () => document.querySelector('main');
    document.head.innerHTML = '<style>body{overflow-y:hidden}</style>';
    expect(probe(document, new WeakSet())).toBe('lock');
  });
});

describe('startSentinel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.head.innerHTML = '';
    document.body.innerHTML = `<main>${ARTICLE}</main>`;
    const main = document.querySelector('main') as Element;
    layout(main, { top: 0, width: 1000, height: 3000 }, document.body);
    document.elementFromPoint = () => main;
    // jsdom has no layout: a "layout" 16 ms after observe() on the fake clock delivers a
    // ResizeObserver's first notification (set on the document's own window, jsdom's).
    (document.defaultView as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      private timers = new Map<Element, ReturnType<typeof setTimeout>>();
      constructor(private readonly fn: () => void) {}
      observe(el: Element) {
        if (!this.timers.has(el)) this.timers.set(el, setTimeout(() => this.fn(), 16));
      }
      unobserve(el: Element) {
        clearTimeout(this.timers.get(el));
        this.timers.delete(el);
      }
      disconnect() {
        for (const t of this.timers.values()) clearTimeout(t);
        this.timers.clear();
      }
    };
  });
  afterEach(() => vi.useRealTimers());

  test('a clean page gives no evidence; clutter inserted later does, once, then nothing runs', async () => {
    const onEvidence = vi.fn();
    startSentinel(document, onEvidence);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onEvidence).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', '<div>Plain words about buses. Subscribe · Sign in</div>');
    await vi.advanceTimersByTimeAsync(2000);
    expect(onEvidence).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', '<div><p>Already a subscriber? Log in</p><p>Get unlimited access</p></div>');
    await vi.advanceTimersByTimeAsync(100);
    expect(onEvidence).toHaveBeenCalledTimes(1);
    expect(onEvidence).toHaveBeenCalledWith('offer-text');
    // Stopped itself: no observer, no timer.
    expect(vi.getTimerCount()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<div class="paywall">x</div>');
    await vi.advanceTimersByTimeAsync(2000);
    expect(onEvidence).toHaveBeenCalledTimes(1);
  });

  test('a text node inserted alone is read too', async () => {
    const onEvidence = vi.fn();
    startSentinel(document, onEvidence);
    await vi.advanceTimersByTimeAsync(100);
    (document.querySelector('main') as Element).append(document.createTextNode('Only 3 free articles left this month'));
    await vi.advanceTimersByTimeAsync(100);
    expect(onEvidence).toHaveBeenCalledWith('offer-text');
  });

  test('a vendor marker is evidence when the page inserts it, not in its own markup at start', async () => {
    document.body.insertAdjacentHTML('beforeend', '<div class="paywall-free-article"></div>');
    const onEvidence = vi.fn();
    startSentinel(document, onEvidence);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onEvidence).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', '<div><div id="tp-modal-x"></div></div>');
    await vi.advanceTimersByTimeAsync(100);
    expect(onEvidence).toHaveBeenCalledWith('vendor');
  });

  test("a vendor's offer frame in the page's own markup is evidence at start", async () => {
    document.body.insertAdjacentHTML('beforeend', '<div id="tp-inline-offer"><iframe title="offer"></iframe></div>');
    const onEvidence = vi.fn();
    startSentinel(document, onEvidence);
    await vi.advanceTimersByTimeAsync(100);
    expect(onEvidence).toHaveBeenCalledWith('vendor');
  });

  test("a vendor's purchase box in the page's own markup is evidence at start; a marked article wrapper is not", async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div class="article-body paywall">${ARTICLE.repeat(4)}<p>The house sold for $450,000 after a bid of $420,000.</p></div>`,
    );
    const onEvidence = vi.fn();
    const s = startSentinel(document, onEvidence);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onEvidence).not.toHaveBeenCalled();
    s.stop();
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div class="lp_purchase-box"><b>Read the whole story.</b><span>This article</span><span>$0.49</span><span>30-day pass</span><span>$4.99</span><a href="#buy">Buy now</a></div>',
    );
    const again = vi.fn();
    startSentinel(document, again);
    await vi.advanceTimersByTimeAsync(100);
    expect(again).toHaveBeenCalledWith('vendor');
  });

  test('offer text already on the page, a scroll lock: each is evidence at start', async () => {
    for (const [setup, reason] of [
      [() => document.body.insertAdjacentHTML('beforeend', '<p>5 free articles left this month</p>'), 'offer-text'],
      [() => { document.head.innerHTML = '<style>body{overflow-y:hidden}</style>'; }, 'lock'],
    ] as const) {
      document.head.innerHTML = '';
      document.body.innerHTML = `<main>${ARTICLE}</main>`;
      setup();
      const onEvidence = vi.fn();
      const s = startSentinel(document, onEvidence);
      await vi.advanceTimersByTimeAsync(500);
      expect(onEvidence).toHaveBeenCalledWith(reason);
      s.stop();
    }
  });

  test("offer words only in the page's scripts, styles or templates are not evidence, at start or inserted later", async () => {
    const state = '{"paywall":{"strings":{"prompt":"Already a subscriber? Log in","meter":"3 free articles left"}}}';
    document.body.insertAdjacentHTML('beforeend', `<script type="application/json">${state}</script><noscript><p>5 free articles left this month</p></noscript><template><p>Only 2 free articles left</p></template><style>/* to continue reading */</style>`);
    const onEvidence = vi.fn();
    const s = startSentinel(document, onEvidence);
    await vi.advanceTimersByTimeAsync(500);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = state;
    document.body.append(script);
    await vi.advanceTimersByTimeAsync(2000);
    expect(onEvidence).not.toHaveBeenCalled();
    // The same words where the page shows them are.
    document.body.insertAdjacentHTML('beforeend', '<p>Already a subscriber? Log in</p>');
    await vi.advanceTimersByTimeAsync(100);
    expect(onEvidence).toHaveBeenCalledWith('offer-text');
    s.stop();
  });

  test('a scroll lock set later on body is seen after the next layout', async () => {
    const onEvidence = vi.fn();
    startSentinel(document, onEvidence);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onEvidence).not.toHaveBeenCalled();
    document.body.style.overflowY = 'hidden';
    await vi.advanceTimersByTimeAsync(300);
    expect(onEvidence).toHaveBeenCalledWith('lock');
  });

  test('stop() leaves no timer or observer behind', async () => {
    const onEvidence = vi.fn();
    const s = startSentinel(document, onEvidence);
    document.body.insertAdjacentHTML('beforeend', '<div>words</div>');
    await vi.advanceTimersByTimeAsync(0);
    s.stop();
    expect(vi.getTimerCount()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<p>5 free articles left this month</p>');
    document.body.style.overflowY = 'hidden';
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(onEvidence).not.toHaveBeenCalled();
  });
});
