// @vitest-environment jsdom
/**
 * The watch phase's timing: new nodes are batched (BATCH_MS), a change to the style or class of
 * html or body (how every scroll lock is set) brings the pass forward to LOCK_MS, and the pass
 * budget's wait is never cut short.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createState, type DetectorState } from './state.ts';
import { BATCH_MS, createWatch, LOCK_MS, type Watch } from './watch.ts';

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

afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

test('new nodes wait for the batch delay', async () => {
  document.body.append(document.createElement('div'));
  await vi.advanceTimersByTimeAsync(LOCK_MS + 1);
  expect(passes).toBe(0);
  await vi.advanceTimersByTimeAsync(BATCH_MS);
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
  await vi.advanceTimersByTimeAsync(1000);
  expect(passes).toBe(1);
});
