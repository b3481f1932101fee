// @vitest-environment jsdom
/**
 * The watch phase's timing: new nodes are batched (BATCH_MS), a change to the style or class of
 * html or body (how every scroll lock is set) brings the pass forward to LOCK_MS, and the pass
 * budget's wait is never cut short. A due pass on a visible page runs just after the next frame,
 * except a lock change's pass: that one runs in the next task.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createState, type DetectorState } from './state.ts';
import { BATCH_MS, createWatch, LOCK_MS, Timer, type Watch } from './watch.ts';

let life: AbortController;
let st: DetectorState;
let passes: number;
let watch: Watch;

beforeEach(async () => {
  vi.useFakeTimers();
  document.body.innerHTML = '<p>Story</p>';
  document.body.removeAttribute('style');
  life = new AbortController();
  st = createState(document, {}, life.signal);
  passes = 0;
  watch = createWatch(st, () => {
    passes++;
    watch.takeRecords();
  });
  watch.begin();
  await vi.advanceTimersByTimeAsync(BATCH_MS + 10);
  passes = 0;
});

/** A due pass waits for the next frame (this jsdom paints one every 16 ms) and runs in the task after it. */
const FRAME = 17;

afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

test('new nodes wait for the batch delay', async () => {
  document.body.append(document.createElement('div'));
  await vi.advanceTimersByTimeAsync(LOCK_MS + 1);
  expect(passes).toBe(0);
  await vi.advanceTimersByTimeAsync(BATCH_MS + FRAME);
  expect(passes).toBe(1);
});

test('a scroll lock set with a new modal is dealt with at once, not after the batch delay', async () => {
  document.body.append(document.createElement('div'));
  document.body.style.overflow = 'hidden';
  await vi.advanceTimersByTimeAsync(LOCK_MS + 1);
  expect(passes).toBe(1);
});

test('a lock change brings a batched pass forward', async () => {
  document.body.append(document.createElement('div'));
  await Promise.resolve();
  document.documentElement.className = 'modal-open';
  await vi.advanceTimersByTimeAsync(LOCK_MS + 1);
  expect(passes).toBe(1);
  document.documentElement.className = '';
});

test("the pass budget's wait is never cut short by a lock change", async () => {
  watch.retry(1000);
  document.body.style.overflow = 'hidden';
  await vi.advanceTimersByTimeAsync(BATCH_MS * 2);
  expect(passes).toBe(0);
  await vi.advanceTimersByTimeAsync(1000 + FRAME);
  expect(passes).toBe(1);
});

/** A window whose frames are painted by hand; visible or hidden. */
function frames(visibility: 'visible' | 'hidden') {
  const queued: FrameRequestCallback[] = [];
  const w = {
    document: { visibilityState: visibility },
    requestAnimationFrame: (cb: FrameRequestCallback) => queued.push(cb),
    cancelAnimationFrame: (id: number) => {
      queued[id - 1] = () => {};
    },
  } as unknown as Window;
  const paint = () => {
    for (const cb of queued.splice(0)) cb(0);
  };
  return { w, paint };
}

test('a due pass on a visible page waits for its next frame and runs just after it (layout is clean then)', async () => {
  const { w, paint } = frames('visible');
  const t = new Timer(life.signal, w);
  let runs = 0;
  t.start(() => runs++, 50);
  await vi.advanceTimersByTimeAsync(500);
  expect(runs).toBe(0);
  expect(t.active).toBe(true);
  paint();
  expect(runs).toBe(0); // just after the frame, not inside it
  await vi.advanceTimersByTimeAsync(1);
  expect(runs).toBe(1);
  expect(t.active).toBe(false);
});

test('a hidden page paints no frames: its pass runs when due; a cleared or aborted timer never runs', async () => {
  const hidden = frames('hidden');
  let runs = 0;
  new Timer(life.signal, hidden.w).start(() => runs++, 50);
  await vi.advanceTimersByTimeAsync(51);
  expect(runs).toBe(1);
  const visible = frames('visible');
  const t = new Timer(life.signal, visible.w);
  t.start(() => runs++, 10);
  await vi.advanceTimersByTimeAsync(11);
  t.clear();
  visible.paint();
  await vi.advanceTimersByTimeAsync(10);
  t.start(() => runs++, 10);
  await vi.advanceTimersByTimeAsync(11);
  life.abort();
  visible.paint();
  await vi.advanceTimersByTimeAsync(10);
  expect(runs).toBe(1);
  expect(t.active).toBe(false);
});
