// @vitest-environment jsdom
/**
 * The sentinel: its text gate (a compact cross-language list), its vendor
 * markers (in step with the detector's), its probes (geometry read after a
 * paint only) and its lifecycle (one evidence call, then nothing runs).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { VENDOR_SEED } from '../detect/signals/vendor.ts';
import { gateHit, STRONG, WEAK_NEEDED } from './gate.ts';
import { probe, startSentinel, visibleText } from './index.ts';
import { VENDOR_SELECTOR } from './vendors.ts';

const ARTICLE = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i}: the council met on Tuesday and voted to extend the night bus trial for two more years.</p>`).join('');

describe('text gate', () => {
  test.each([
    ['en', "You've reached your limit of 5 free articles this month."],
    ['en', 'Subscribe for $4.99/month, cancel anytime'],
    ['de', 'Nur 9,99 € pro Monat – jederzeit kündbar'],
    ['fr', 'Cet article est réservé aux abonnés.'],
    ['es', 'Ya eres suscriptor? Inicia sesión'],
    ['pt', 'Conteúdo exclusivo para assinantes'],
    ['it', 'Articolo riservato agli abbonati'],
    ['nl', 'Dit artikel is alleen voor abonnees'],
    ['ru', 'Материал доступен только для подписчиков'],
    ['ja', 'この記事は有料会員限定です'],
    ['zh', '订阅后阅读全文'],
    ['ko', '유료 회원 전용 기사입니다'],
    ['hi', 'केवल ₹300/माह में सदस्यता लें'],
    ['ar', 'هذا المحتوى للمشتركين فقط'],
  ])('an offer line in %s is evidence', (_lang, text) => {
    expect(gateHit(text)).toBeDefined();
  });

  test('plain article text is not, nor a single sign-in link or a date', () => {
    expect(gateHit('The council met on Tuesday and voted to extend the night bus trial, a month after the vote.')).toBeUndefined();
    expect(gateHit('Sign in')).toBeUndefined();
    expect(gateHit('12월 6일 서울')).toBeUndefined();
  });

  test(`weak stems count only ${WEAK_NEEDED} together`, () => {
    expect(gateHit('Sign in · Newsletter')).toBeUndefined();
    expect(gateHit('Sign in · Newsletter · Subscribe')).toBe('weak-words');
  });

  test('the table is lower-case (text is matched case-insensitively)', () => {
    for (const phrases of Object.values(STRONG)) for (const p of phrases) expect(p).toBe(p.toLowerCase());
  });
});

test('the vendor markers are the detector seed stems', () => {
  expect(VENDOR_SELECTOR).toBe(VENDOR_SEED);
});

test('visibleText leaves out scripts and styles', () => {
  document.body.innerHTML = '<p>Hello</p><script>var subscribe = 1</script><style>.subscribe{}</style>';
  expect(visibleText(document.body, 1000).trim()).toBe('Hello');
});

describe('probes (after a layout)', () => {
  const rect = (top: number, height: number) => ({ top, height, left: 0, width: 1000, right: 1000, bottom: top + height, x: 0, y: top, toJSON() {} }) as DOMRect;
  test('a fixed layer under a probe point is evidence; a thin header bar at the top or a small button is not', () => {
    document.head.innerHTML = '<style>.bar{position:fixed} .top{position:sticky} .up{position:fixed}</style>';
    document.body.innerHTML = `<header class="top">Site</header><main>${ARTICLE}</main><div class="bar">x</div><button class="up">↑</button>`;
    const up = document.querySelector('.up') as Element;
    up.getBoundingClientRect = () => ({ ...rect(740, 48), width: 48, left: 1200, right: 1248 }) as DOMRect;
    const header = document.querySelector('header') as Element;
    const bar = document.querySelector('.bar') as Element;
    const main = document.querySelector('main') as Element;
    header.getBoundingClientRect = () => rect(0, 60);
    bar.getBoundingClientRect = () => rect(700, 100);
    const stacks: Element[][] = [[main, document.body], [header, document.body], [main, document.body], [main, document.body], [up, main, document.body]];
    let i = 0;
    document.elementsFromPoint = () => stacks[i++ % stacks.length] as Element[];
    expect(probe(document, new WeakSet())).toBeUndefined();
    stacks[2] = [bar, document.body];
    i = 0;
    expect(probe(document, new WeakSet())).toBe('layer');
  });
});

describe('startSentinel', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.head.innerHTML = '';
    document.body.innerHTML = `<main>${ARTICLE}</main>`;
    document.elementsFromPoint = () => [document.querySelector('main') as Element, document.body];
    // jsdom has no layout: a "layout" every 16 ms on the fake clock delivers a ResizeObserver's
    // first notification after observe() (set on the document's own window, jsdom's).
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
    document.body.insertAdjacentHTML('beforeend', '<div>Plain words about buses.</div>');
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

  test('offer text already on the page, a vendor marker, a scroll lock: each is evidence at start', async () => {
    for (const [setup, reason] of [
      [() => document.body.insertAdjacentHTML('beforeend', '<p>5 free articles left this month</p>'), 'offer-text'],
      [() => document.body.insertAdjacentHTML('beforeend', '<div id="tp-modal-x"></div>'), 'vendor'],
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

  test('stop() leaves no timer or observer behind', async () => {
    const onEvidence = vi.fn();
    const s = startSentinel(document, onEvidence);
    document.body.insertAdjacentHTML('beforeend', '<div>words</div>');
    await vi.advanceTimersByTimeAsync(0);
    s.stop();
    expect(vi.getTimerCount()).toBe(0);
    document.body.insertAdjacentHTML('beforeend', '<p>5 free articles left this month</p>');
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(onEvidence).not.toHaveBeenCalled();
  });
});
