// @vitest-environment jsdom
/**
 * The detector's lifecycle: everything it registers with the page (event listeners on the
 * document, the window and frames, the mutation observer, its timers) goes away with stop().
 * After stop, no event, mutation or elapsed time makes it run again.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { startDetector } from '../index.ts';

const rect = (left: number, top: number, width: number, height: number) =>
  ({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON() {} }) as DOMRect;

const ARTICLE = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story: the council met on Tuesday and voted to extend the night bus trial for another two years.</p>`).join('');
const PANEL = '<div class="panel"><p>You have reached your limit of 5 free articles this month.</p><p>Subscribe for $4.99/month, cancel anytime.</p></div>';

interface Registration {
  target: EventTarget;
  type: string;
  signal?: AbortSignal;
}

const realRect = Element.prototype.getBoundingClientRect;
const RealObserver = window.MutationObserver;
let registrations: Registration[] = [];
let observing = new Set<MutationObserver>();

beforeEach(() => {
  vi.useFakeTimers();
  registrations = [];
  observing = new Set();
  // jsdom's window carries its own addEventListener: both are recorded.
  for (const owner of [EventTarget.prototype, window]) {
    const realAdd = owner.addEventListener;
    vi.spyOn(owner, 'addEventListener').mockImplementation(function (this: EventTarget, type, fn, options) {
      registrations.push({ target: this, type, signal: typeof options === 'object' ? options.signal : undefined });
      realAdd.call(this, type, fn, options);
    });
  }
  // Which observers are connected right now.
  window.MutationObserver = class extends RealObserver {
    override observe(target: Node, options?: MutationObserverInit) {
      observing.add(this);
      super.observe(target, options);
    }
    override disconnect() {
      observing.delete(this);
      super.disconnect();
    }
  };
  Element.prototype.getBoundingClientRect = () => rect(340, 200, 600, 400);
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  document.head.innerHTML = '<style>.modal{position:fixed;z-index:9000} body.noscroll{overflow-y:hidden}</style>';
  document.body.className = 'noscroll';
  document.body.innerHTML = `<article><div id="body">${ARTICLE}</div></article><div class="modal"><iframe></iframe></div>`;
  // The centre probe hits the frame of a fixed layer (whose document has not loaded: a frame load listener).
  const frame = document.querySelector('iframe') as HTMLIFrameElement;
  (document as unknown as { elementFromPoint: () => Element | null }).elementFromPoint = () => frame;
});

afterEach(() => {
  Element.prototype.getBoundingClientRect = realRect;
  window.MutationObserver = RealObserver;
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.body.className = '';
});

test('stop() removes every listener, the observer and every timer; nothing runs after it', async () => {
  const onChange = vi.fn();
  const debug = vi.fn();
  const d = startDetector(document, { onChange, debug }) as ReturnType<typeof startDetector> & { cost: { passes: number } };
  await vi.advanceTimersByTimeAsync(200);
  // Late clutter: a pass and a follow-up probe are due when stop() comes.
  document.getElementById('body')?.insertAdjacentHTML('beforeend', PANEL);
  await vi.advanceTimersByTimeAsync(0);
  expect(d.cost.passes).toBeGreaterThan(0);
  // What the detector registered: input listeners, the page's load, the frame's load, an observer, timers.
  const types = registrations.map((r) => `${r.target === document ? 'document' : (r.target as Window).document === document ? 'window' : (r.target as Element).tagName}:${r.type}`);
  expect(types).toEqual(expect.arrayContaining(['document:pointerdown', 'document:keydown', 'window:load', 'IFRAME:load']));
  expect(observing.size).toBe(1);
  expect(vi.getTimerCount()).toBeGreaterThan(0);

  d.stop();
  // Every page listener was registered under a signal, and that signal is aborted now.
  const pageListeners = registrations.filter((r) => !(r.target instanceof AbortSignal));
  expect(pageListeners.length).toBeGreaterThanOrEqual(4);
  for (const r of pageListeners) expect(r.signal?.aborted, `${r.type} listener outlives stop()`).toBe(true);
  expect(observing.size).toBe(0);
  expect(vi.getTimerCount()).toBe(0);

  // Nothing wakes it: events, mutations, time.
  const passes = d.cost.passes;
  onChange.mockClear();
  debug.mockClear();
  document.dispatchEvent(new Event('pointerdown'));
  window.dispatchEvent(new Event('load'));
  document.querySelector('iframe')?.dispatchEvent(new Event('load'));
  document.getElementById('body')?.insertAdjacentHTML('beforeend', PANEL);
  document.body.setAttribute('class', 'noscroll other');
  await vi.advanceTimersByTimeAsync(5000);
  expect(vi.getTimerCount()).toBe(0);
  expect(d.cost.passes).toBe(passes);
  expect(onChange).not.toHaveBeenCalled();
  expect(debug).not.toHaveBeenCalled();
  // resume() after stop() starts nothing either.
  d.resume();
  await vi.advanceTimersByTimeAsync(1000);
  expect(d.cost.passes).toBe(passes);
  expect(observing.size).toBe(0);
});

test('restoreAll() pauses (observer and timers off) and resume() starts watching again', async () => {
  const d = startDetector(document) as ReturnType<typeof startDetector> & { cost: { passes: number } };
  await vi.advanceTimersByTimeAsync(200);
  d.restoreAll();
  expect(observing.size).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
  d.resume();
  expect(observing.size).toBe(1);
  const passes = d.cost.passes;
  await vi.advanceTimersByTimeAsync(200);
  expect(d.cost.passes).toBeGreaterThan(passes);
  d.stop();
  expect(observing.size).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
});
