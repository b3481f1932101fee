// @vitest-environment jsdom
/**
 * Responsiveness, held in work units: on a page that inserts 1,000 nodes per second for ten
 * seconds (the hardening issue's stress page), the detector keeps every task small (per-pass
 * caps on text nodes read, seeds tried and candidates judged), coalesces mutations into one
 * pass per batch window, and still collapses the offer panels that arrive among the nodes.
 * How many milliseconds those tasks take in a real browser is the benchmark's stress run
 * (`npm run bench`): this project keeps timing out of tests.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { PASS_LIMITS, startDetector } from './index.ts';

const rect = { left: 100, top: 300, width: 700, height: 300, right: 800, bottom: 600, x: 100, y: 300, toJSON() {} } as DOMRect;
const realRect = Element.prototype.getBoundingClientRect;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
  Element.prototype.getBoundingClientRect = () => rect;
  (document as unknown as { elementFromPoint: () => null }).elementFromPoint = () => null;
  vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  Element.prototype.getBoundingClientRect = realRect;
  document.body.innerHTML = '';
});

/** One tick's worth of ordinary nodes: paragraphs, text divs and nested cards, 100 nodes in all. */
function ordinaryNodes(tick: number): string {
  let html = '';
  for (let i = 0; i < 20; i++) {
    const n = tick * 20 + i;
    html += `<p>Update ${n}: the river rose another ${n % 9} centimetres overnight, and the ferry kept to its timetable.</p>`;
    html += `<div class="card"><div><span>Item ${n}</span> <a href="/n/${n}">Read the notice</a></div></div>`;
  }
  return html;
}

const panel = (id: number) =>
  `<div id="offer-${id}"><p>You've reached your limit of 5 free articles this month.</p><p>Already subscribed? Log in</p><p>Subscribe for $1 a week. Cancel anytime.</p></div>`;

test('1,000 nodes a second for 10 s: every pass stays within its work caps, passes coalesce, panels are still collapsed', { timeout: 120_000 }, async () => {
  document.body.innerHTML = `<article><h1>Flood watch</h1>${'<p>The river authority issued a flood watch for the lower valley on Monday, after two days of heavy rain upstream.</p>'.repeat(6)}</article><section id="feed"></section>`;
  const d = startDetector(document) as ReturnType<typeof startDetector> & {
    cost: { passes: number; most: { textNodes: number; evals: number; seeds: number } };
  };
  const feed = document.getElementById('feed') as HTMLElement;
  const panels: number[] = [];
  await vi.advanceTimersByTimeAsync(200);
  for (let tick = 0; tick < 100; tick++) {
    feed.insertAdjacentHTML('beforeend', ordinaryNodes(tick));
    // One offer panel a second, among the ordinary nodes.
    if (tick % 10 === 5) {
      feed.insertAdjacentHTML('beforeend', panel(tick));
      panels.push(tick);
    }
    await vi.advanceTimersByTimeAsync(100);
  }
  await vi.advanceTimersByTimeAsync(2000);

  expect(feed.querySelectorAll('p').length).toBeGreaterThanOrEqual(2000);
  // Work per task is bounded, whatever the page does.
  expect(d.cost.most.textNodes).toBeLessThanOrEqual(PASS_LIMITS.textNodes);
  expect(d.cost.most.seeds).toBeLessThanOrEqual(PASS_LIMITS.seeds);
  expect(d.cost.most.evals).toBeLessThanOrEqual(PASS_LIMITS.evals);
  // Mutations are batched: about one pass per 120 ms window plus the slide-in follow-ups, not one per insert.
  expect(d.cost.passes).toBeLessThanOrEqual(Math.ceil(12_200 / 120) + Math.ceil(12_200 / 900) + 4);
  // And the detector kept up: every panel collapsed, nothing else.
  for (const id of panels) expect((document.getElementById(`offer-${id}`) as HTMLElement).style.display, `offer-${id}`).toBe('none');
  expect(d.items().filter((i) => i.label !== 'Scroll lock')).toHaveLength(panels.length);
  d.stop();
});

// Work units, not time, are checked; jsdom needs seconds for 30,000 nodes on a loaded machine.
test('a single burst larger than one pass may read is split over several passes, none over the cap', { timeout: 60_000 }, async () => {
  document.body.innerHTML = '<article><p>Short story text that is long enough to count as prose for the guard, written plainly.</p></article><section id="feed"></section>';
  const d = startDetector(document) as ReturnType<typeof startDetector> & { cost: { passes: number; most: { textNodes: number } } };
  await vi.advanceTimersByTimeAsync(200);
  const feed = document.getElementById('feed') as HTMLElement;
  // 30 subtrees of 1,000 text nodes each: 30,000 text nodes in one mutation batch.
  for (let i = 0; i < 30; i++) feed.insertAdjacentHTML('beforeend', `<div>${'<span>word word</span>'.repeat(1000)}</div>`);
  feed.insertAdjacentHTML('beforeend', panel(1));
  const before = d.cost.passes;
  await vi.advanceTimersByTimeAsync(3000);
  expect(d.cost.most.textNodes).toBeLessThanOrEqual(PASS_LIMITS.textNodes);
  expect(d.cost.passes - before).toBeGreaterThanOrEqual(2);
  expect((document.getElementById('offer-1') as HTMLElement).style.display).toBe('none');
  d.stop();
});

test('a pass that runs slow stops at SLICE_MS and the next task goes on where it stopped: guard, reading, seeds', { timeout: 60_000 }, async () => {
  // A large page seen for the first time: 1,500 paragraphs, then an offer panel at the very end.
  document.body.innerHTML = `<article id="story">${'<p>The river authority issued a flood watch for the lower valley on Monday, after two days of heavy rain upstream.</p>'.repeat(1500)}</article>${panel(1)}`;
  // A slow machine: every clock read is a tenth of a millisecond later (cold code, a busy page).
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 0.1));
  const d = startDetector(document) as ReturnType<typeof startDetector> & { cost: { passes: number; most: { textNodes: number } } };
  await vi.advanceTimersByTimeAsync(3000);
  // The first pass could not read 1,500 paragraphs in SLICE_MS of this clock: it was cut, and went on.
  expect(d.cost.passes).toBeGreaterThan(3);
  expect(d.cost.most.textNodes).toBeLessThan(1500);
  // Nothing was lost on the way: the panel after the last paragraph is collapsed, the article is not.
  expect((document.getElementById('offer-1') as HTMLElement).style.display).toBe('none');
  expect((document.getElementById('story') as HTMLElement).style.display).toBe('');
  expect(d.items().filter((i) => i.label !== 'Scroll lock')).toHaveLength(1);
  d.stop();
});

test('after a collapse, no box is read in the same task: the next seed waits for the next pass (a read would force layout)', async () => {
  document.body.innerHTML = `<article><p>${'The river authority issued a flood watch for the lower valley on Monday. '.repeat(6)}</p></article>${panel(1)}${panel(2)}${panel(3)}`;
  const collapsed = () => document.querySelectorAll('[id^="offer-"][style*="none"]').length;
  let atTaskStart = 0;
  let readsAfterWrite = 0;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    if (collapsed() > atTaskStart) readsAfterWrite++;
    return rect;
  };
  const d = startDetector(document);
  // One timer (one task) at a time.
  for (let i = 0; i < 40 && collapsed() < 3; i++) {
    atTaskStart = collapsed();
    await vi.advanceTimersToNextTimerAsync();
  }
  expect(collapsed()).toBe(3);
  expect(readsAfterWrite).toBe(0);
  d.stop();
});
