// @vitest-environment jsdom
/**
 * Unit tests of the detector's parts. jsdom has no layout, so geometry is
 * stubbed (getBoundingClientRect, elementFromPoint); style comes from real
 * stylesheets through jsdom's getComputedStyle.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { Budget } from './budget.ts';
import { findMain, guards } from './guard.ts';
import { startDetector } from './index.ts';
import { readLock, unlock } from './locks.ts';
import { score, THRESHOLD } from './scorer.ts';
import { StyleOverrides } from './styles.ts';
import { textStats } from './candidate-lines.ts';
import type { Candidate, PageContext } from './types.ts';

const VW = 1280;
const VH = 800;
const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON() {} }) as DOMRect;

const ARTICLE = Array.from(
  { length: 6 },
  (_, i) => `<p>Paragraph ${i} of the story: the council met on Tuesday and voted to extend the night bus trial for another two years, citing strong use by shift workers.</p>`,
).join('');
const PANEL = `<div id="panel"><p>You've reached your limit of 5 free articles this month.</p><p>Already subscribed? Log in</p>
  <div><b>Smart Quarterly</b> <span>₹300/Month</span></div><div><b>Smart Essential</b> <span>₹225/Month</span></div>
  <p>Renews automatically, cancel anytime</p></div>`;

function ctx(over: Partial<PageContext> = {}): PageContext {
  return { vw: VW, vh: VH, guard: findMain(document), lock: [], overlayHidden: false, lastInput: -1e9, ...over };
}

function candidate(el: Element, kind: Candidate['kind'], r: DOMRect, c: PageContext, atCentre = false): Candidate {
  return { el, layer: el, kind, style: getComputedStyle(el), rect: r, text: textStats(el), atCentre, ctx: c };
}

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
  document.body.className = '';
  document.documentElement.removeAttribute('style');
});

describe('scorer and signals', () => {
  test('a fixed centred dialog with offer text is clutter, with its reasons', () => {
    document.head.innerHTML = '<style>.m{position:fixed;z-index:5000}</style>';
    document.body.innerHTML = `<main>${ARTICLE}</main><div class="m"><h2>You've reached your limit of free articles</h2><p>Subscribe now for unlimited access.</p><p>Already a subscriber? Log in</p></div>`;
    const v = score(candidate(document.querySelector('.m') as Element, 'layer', rect(390, 200, 500, 400), ctx(), true));
    expect(v.clutter).toBe(true);
    expect(v.score).toBeGreaterThanOrEqual(THRESHOLD);
    expect(v.reasons).toEqual(expect.arrayContaining(['fixed', 'dialog-box', 'blocks-centre']));
    expect(v.reasons.some((r) => r.startsWith('offer-text'))).toBe(true);
  });

  test('the same box without offer text or vendor shape is not (geometry alone never hides)', () => {
    document.head.innerHTML = '<style>.m{position:fixed;z-index:5000}</style>';
    document.body.innerHTML = `<main>${ARTICLE}</main><div class="m"><h2>Choose your edition</h2><p>UK · US · Australia</p></div>`;
    const v = score(candidate(document.querySelector('.m') as Element, 'layer', rect(390, 200, 500, 400), ctx(), true));
    expect(v.clutter).toBe(false);
  });

  test('a vendor-named empty corner box is not clutter (vendor shape never decides alone)', () => {
    document.head.innerHTML = '<style>.tp-modal{position:fixed;z-index:5000}</style>';
    document.body.innerHTML = `<main>${ARTICLE}</main><div class="tp-modal piano-flyout"></div>`;
    const v = score(candidate(document.querySelector('.tp-modal') as Element, 'layer', rect(VW - 320, VH - 220, 300, 200), ctx()));
    expect(v.clutter).toBe(false);
  });

  test('a cookie consent dialog is vetoed', () => {
    document.head.innerHTML = '<style>.c{position:fixed;z-index:5000}</style>';
    document.body.innerHTML = `<main>${ARTICLE}</main><div class="c"><p>We use cookies and similar technologies to personalise content and ads. Manage your privacy settings or accept all cookies.</p><button>Accept all</button><button>Reject all</button></div>`;
    const v = score(candidate(document.querySelector('.c') as Element, 'layer', rect(0, VH - 200, VW, 200), ctx()));
    expect(v.reasons).toContain('consent');
    expect(v.clutter).toBe(false);
  });

  test('a sticky site navigation with a Subscribe link is not clutter', () => {
    document.head.innerHTML = '<style>nav{position:sticky;top:0;z-index:100}</style>';
    document.body.innerHTML = `<nav><a>Home</a><a>World</a><a>Business</a><a>Sport</a><a>Culture</a><a>Subscribe</a><a>Sign in</a></nav><main>${ARTICLE}</main>`;
    const v = score(candidate(document.querySelector('nav') as Element, 'layer', rect(0, 0, VW, 60), ctx()));
    expect(v.reasons).toContain('navigation');
    expect(v.clutter).toBe(false);
  });

  test('an inline plan panel after the article is clutter; the article container is guarded', () => {
    document.body.innerHTML = `<article><div id="body">${ARTICLE}${PANEL}</div></article>`;
    const c = ctx();
    expect(c.guard.main?.id).toBe('body');
    const panel = document.getElementById('panel') as Element;
    expect(guards(c.guard, panel, true)).toBe(false);
    expect(guards(c.guard, document.getElementById('body') as Element, true)).toBe(true);
    expect(guards(c.guard, document.querySelector('article') as Element, false)).toBe(true);
    const v = score(candidate(panel, 'inline', rect(100, 900, 700, 500), c));
    expect(v.clutter).toBe(true);
    expect(v.reasons).toContain('near-article');
  });

  test('a news paragraph about subscription prices is not an offer panel', () => {
    document.body.innerHTML = `<article><div id="body">${ARTICLE}<p id="news">Netflix raised the price of its standard plan to $15.49 a month on Tuesday, the second increase in two years, and said subscribers who already pay for the basic tier would keep their price until June.</p></div></article>`;
    const c = ctx();
    const p = document.getElementById('news') as Element;
    expect(guards(c.guard, p, true)).toBe(true);
    expect(score(candidate(p, 'inline', rect(100, 900, 700, 80), c)).clutter).toBe(false);
  });
});

describe('StyleOverrides', () => {
  test('restores the exact original style string, or no attribute at all', () => {
    document.body.innerHTML = '<div id="a" style="color: red;  margin:0"></div><div id="b"></div>';
    const a = document.getElementById('a') as Element;
    const b = document.getElementById('b') as Element;
    const s = new StyleOverrides();
    s.set(a, 'display:none!important');
    s.set(b, 'display:none!important');
    expect(a.getAttribute('style')).toContain('display:none!important');
    expect((a as HTMLElement).style.color).toBe('red');
    s.restoreAll();
    expect(a.getAttribute('style')).toBe('color: red;  margin:0');
    expect(b.hasAttribute('style')).toBe(false);
  });

  test('heal re-applies after a page rewrite and remembers the page value for restore', () => {
    document.body.innerHTML = '<div id="a" style="top:1px"></div>';
    const a = document.getElementById('a') as HTMLElement;
    const s = new StyleOverrides();
    s.set(a, 'display:none!important');
    expect(s.heal(a)).toBe(false); // our own value: nothing to do
    a.setAttribute('style', 'display:block');
    expect(s.heal(a)).toBe(true);
    expect(a.style.getPropertyValue('display')).toBe('none');
    a.style.setProperty('display', 'flex'); // CSSOM write
    s.heal(a);
    expect(a.style.getPropertyValue('display')).toBe('none');
    s.restore(a);
    expect(a.style.getPropertyValue('display')).not.toBe('none');
  });
});

describe('scroll locks', () => {
  test('reads overflow and fixed-body locks, unlocks, parks and restores', () => {
    document.head.innerHTML = '<style>body.modal-open{overflow-y:hidden}</style>';
    document.body.className = 'modal-open';
    document.body.setAttribute('style', 'position:fixed; top:-420px');
    const st = readLock(document);
    expect(st.reasons).toEqual(expect.arrayContaining(['lock:body-overflow', 'lock:body-fixed']));
    expect(st.parked).toBe(420);
    expect(st.lockClass).toBe(true);
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const styles = new StyleOverrides();
    unlock(document, st, styles, { html: '', body: '' });
    expect(scrollTo).toHaveBeenCalledWith(expect.objectContaining({ top: 420 }));
    expect(readLock(document).reasons).toEqual([]);
    styles.restoreAll();
    expect(document.body.getAttribute('style')).toBe('position:fixed; top:-420px');
    scrollTo.mockRestore();
  });
});

describe('Budget', () => {
  test('caps work per rolling minute', () => {
    let now = 0;
    const b = new Budget(3, () => now);
    expect([b.take(), b.take(), b.take(), b.take()]).toEqual([true, true, true, false]);
    now = 61_000;
    expect(b.take()).toBe(true);
  });
});

describe('startDetector on a page', () => {
  const realRect = Element.prototype.getBoundingClientRect;
  beforeEach(() => {
    // Every element has a box; nothing floats over the viewport probes.
    Element.prototype.getBoundingClientRect = () => rect(100, 300, 700, 300);
    (document as unknown as { elementFromPoint: () => null }).elementFromPoint = () => null;
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  });
  afterEach(() => {
    Element.prototype.getBoundingClientRect = realRect;
    vi.restoreAllMocks();
  });
  const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

  test('collapses an inline panel with reasons, restores exactly, resumes', async () => {
    document.body.innerHTML = `<article><div id="body">${ARTICLE}${PANEL.replace('<div id="panel">', '<div id="panel" style="margin: 2px">')}</div></article>`;
    const changes: number[] = [];
    const d = startDetector(document, { onChange: (items) => changes.push(items.length) });
    await settle();
    const panel = document.getElementById('panel') as HTMLElement;
    expect(panel.style.display).toBe('none');
    const items = d.items();
    expect(items).toHaveLength(1);
    expect(items[0]?.source).toBe('auto');
    expect(items[0]?.reasons.some((r) => r.startsWith('offer-text'))).toBe(true);
    expect(changes.at(-1)).toBe(1);
    d.restoreAll();
    expect(panel.getAttribute('style')).toBe('margin: 2px');
    expect(d.items()).toHaveLength(0);
    d.resume();
    await settle();
    expect(panel.style.display).toBe('none');
    d.stop();
  });

  test('re-applies when a page script rewrites the style, without feeding on its own writes', async () => {
    document.body.innerHTML = `<article><div id="body">${ARTICLE}${PANEL}</div></article>`;
    const d = startDetector(document) as ReturnType<typeof startDetector> & { cost: { passes: number } };
    await settle();
    const panel = document.getElementById('panel') as HTMLElement;
    expect(panel.style.display).toBe('none');
    const passes = d.cost.passes;
    await settle(600);
    expect(d.cost.passes).toBe(passes); // our writes did not schedule more passes
    panel.setAttribute('style', 'display:block !important');
    await Promise.resolve();
    await settle(50);
    expect(panel.style.display).toBe('none');
    d.stop();
  });

  test('late clutter is collapsed and re-inserted clutter is collapsed again', async () => {
    document.body.innerHTML = `<article><div id="body">${ARTICLE}</div></article>`;
    const d = startDetector(document);
    await settle();
    expect(d.items()).toHaveLength(0);
    const host = document.getElementById('body') as Element;
    host.insertAdjacentHTML('beforeend', PANEL);
    await settle();
    expect(d.items()).toHaveLength(1);
    document.getElementById('panel')?.remove();
    host.insertAdjacentHTML('beforeend', PANEL);
    await settle();
    expect((document.getElementById('panel') as HTMLElement).style.display).toBe('none');
    d.stop();
  });

  test('neverHide protects, extraHide and the picker hide with their source', async () => {
    document.body.innerHTML = `<article><div id="body">${ARTICLE}${PANEL}</div></article><aside id="promo">Hello</aside>`;
    const d = startDetector(document, { neverHide: ['#panel'], extraHide: ['#promo'] });
    await settle();
    expect((document.getElementById('panel') as HTMLElement).style.display).not.toBe('none');
    expect(d.items().map((i) => i.source)).toEqual(['rule']);
    const item = d.hideElement(document.querySelector('article p') as Element, 'picker');
    expect(item?.source).toBe('picker');
    d.stop();
  });

  test('removing a rule selector un-hides what it hid, and only that', async () => {
    document.body.innerHTML = `<article><div id="body">${ARTICLE}</div></article><aside id="promo">Hello</aside><aside id="other">Bye</aside>`;
    const d = startDetector(document, { extraHide: ['#promo', '#other'] });
    await settle();
    expect(d.items().map((i) => i.reasons[0])).toEqual(['rule:#promo', 'rule:#other']);
    d.updateOptions({ extraHide: ['#other'] });
    expect((document.getElementById('promo') as HTMLElement).getAttribute('style')).toBeNull();
    expect((document.getElementById('other') as HTMLElement).style.display).toBe('none');
    await settle();
    expect(d.items().map((i) => i.reasons[0])).toEqual(['rule:#other']);
    d.stop();
  });

  test('a scroll lock set with a gate laid over the article goes once the gate is collapsed', async () => {
    document.head.innerHTML = '<style>body.noscroll{overflow-y:hidden}#body{position:relative}#gate{position:absolute;left:0;right:0;bottom:0;background:linear-gradient(transparent,#fff 40%)}</style>';
    document.body.innerHTML = `<article><div id="body">${ARTICLE}<div id="gate"><div><h3>Sign in to continue reading</h3><button>Sign in</button></div></div></div></article>`;
    document.body.classList.add('noscroll');
    const d = startDetector(document);
    await settle();
    expect((document.getElementById('gate') as HTMLElement).style.display).toBe('none');
    expect(readLock(document).reasons).toEqual([]);
    expect(d.items().some((i) => i.label === 'Scroll lock')).toBe(true);
    d.stop();
  });

  test('a lock that moved the page to its top puts the reader back where they were once it is undone', async () => {
    document.head.innerHTML = '<style>body.noscroll{overflow-y:hidden}</style>';
    document.body.innerHTML = `<article><div id="body">${ARTICLE}</div></article><div id="ad">x</div>`;
    let y = 0;
    const win = document.defaultView as Window;
    const scrollY = Object.getOwnPropertyDescriptor(win, 'scrollY');
    Object.defineProperty(win, 'scrollY', { configurable: true, get: () => y });
    const to = vi.spyOn(win, 'scrollTo').mockImplementation(((o: ScrollToOptions) => {
      y = o.top ?? y;
    }) as typeof win.scrollTo);
    try {
      const d = startDetector(document);
      await settle();
      y = 900;
      win.dispatchEvent(new Event('scroll'));
      // The page locks, and the browser clamps the scroll position to the top (no scroll event yet).
      document.body.classList.add('noscroll');
      y = 0;
      d.hideElement(document.getElementById('ad') as Element, 'picker');
      await settle();
      expect(readLock(document).reasons).toEqual([]);
      expect(to).toHaveBeenCalledWith(expect.objectContaining({ top: 900 }));
      expect(y).toBe(900);
      d.stop();
    } finally {
      if (scrollY) Object.defineProperty(win, 'scrollY', scrollY);
      to.mockImplementation(() => {});
    }
  });

  test('a re-added lock class is undone again after an overlay was collapsed', async () => {
    document.head.innerHTML = '<style>body.noscroll{overflow-y:hidden}</style>';
    document.body.innerHTML = `<article><div id="body">${ARTICLE}</div></article><div id="ad">x</div>`;
    const d = startDetector(document);
    await settle();
    d.hideElement(document.getElementById('ad') as Element, 'picker');
    document.body.classList.add('noscroll');
    await settle();
    expect(readLock(document).reasons).toEqual([]);
    expect(d.items().some((i) => i.label === 'Scroll lock')).toBe(true);
    d.restoreAll();
    expect(readLock(document).reasons).toContain('lock:body-overflow');
    d.stop();
  });
});
