import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from './browser';
import { attribute, nodesUnder, samplesOf, scriptUrl } from './profile';
import { costPerTask, mainThreadReport, profileRunning, profilesOf, tasksOf, timeStamps } from './trace';

const EXT = 'chrome-extension://x/content.js';
const PAGE = 'http://127.0.0.1/p.html';

/** A synthetic trace: one profiled main thread (pid 1, tid 10), three tasks, one nested. */
const synthetic: TraceEvent[] = [
  { name: 'Profile', cat: 'v8', ph: 'P', pid: 1, tid: 10, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
  {
    name: 'ProfileChunk', cat: 'v8', ph: 'P', pid: 1, tid: 99, ts: 0, id: '0x1',
    args: { data: { cpuProfile: { nodes: [
      { id: 1, callFrame: { url: '', functionName: '(root)' } },
      { id: 2, callFrame: { url: PAGE, functionName: 'insert' }, parent: 1 },
      { id: 3, callFrame: { url: EXT, functionName: 'observe' }, parent: 2 },
    ], samples: [2, 3, 3] }, timeDeltas: [1000, 10_000, 10_000] } },
  },
  // A later chunk adds a node and samples.
  {
    name: 'ProfileChunk', cat: 'v8', ph: 'P', pid: 1, tid: 99, ts: 0, id: '0x1',
    args: { data: { cpuProfile: { nodes: [{ id: 4, callFrame: { url: EXT, functionName: 'pass' }, parent: 1 }], samples: [4, 4, 1] }, timeDeltas: [79_000, 30_000, 30_000] } },
  },
  { name: 'RunTask', cat: 'toplevel', ph: 'X', pid: 1, tid: 10, ts: 0, dur: 40_000 },
  { name: 'RunTask', cat: 'toplevel', ph: 'X', pid: 1, tid: 10, ts: 5_000, dur: 1_000 }, // nested
  { name: 'RunTask', cat: 'toplevel', ph: 'X', pid: 1, tid: 10, ts: 100_000, dur: 70_000 },
  { name: 'RunTask', cat: 'toplevel', ph: 'X', pid: 2, tid: 20, ts: 0, dur: 500_000 }, // another process
  { name: 'TimeStamp', cat: 'devtools.timeline', ph: 'I', pid: 1, tid: 10, ts: 50, args: { data: { message: 'stress-start' } } },
];

describe('trace reading (synthetic, exact)', () => {
  it('joins a profile and its chunks on the profiled thread', () => {
    const [t] = profilesOf(synthetic);
    expect(t?.tid).toBe(10);
    expect(t?.profile.nodes.map((n) => n.id)).toEqual([1, 2, 3, 4]);
    expect(samplesOf(t!.profile).map((s) => [s.ts, s.dur])).toEqual([
      [1_000, 10_000], [11_000, 10_000], [21_000, 79_000], [100_000, 30_000], [130_000, 30_000], [160_000, 0],
    ]);
  });

  it('keeps top-level tasks only, of the right thread', () => {
    expect(tasksOf(synthetic, 1, 10)).toEqual([{ ts: 0, dur: 40_000 }, { ts: 100_000, dur: 70_000 }]);
  });

  it('charges each task with the script time inside it, clipped to the task', () => {
    const [t] = profilesOf(synthetic);
    const matched = nodesUnder(t!.profile.nodes, scriptUrl(EXT));
    const costs = costPerTask(tasksOf(synthetic, 1, 10), samplesOf(t!.profile), matched);
    // Task 1: samples at 11 ms (10 ms) and 21 ms (79 ms, clipped at the task end 40 ms → 19 ms).
    expect(costs.map((c) => c.scriptUs)).toEqual([29_000, 60_000]);
  });

  it('reports the longest extension cost in one task and the long tasks', () => {
    const r = mainThreadReport(synthetic, scriptUrl(PAGE), scriptUrl(EXT), 50);
    expect(r).toMatchObject({
      tasks: 2,
      busyMs: 110,
      longestTaskMs: 70,
      longestScriptInTaskMs: 60,
      taskOfLongestScriptMs: 70,
      scriptTasksOverLimit: 1,
      longTasksWithScript: 1,
      longTasks: 1,
      scriptMs: 10 + 79 + 30 + 30,
    });
    expect(timeStamps(synthetic, 'stress-start')).toEqual([50]);
  });

  it('counts only the window when one is given', () => {
    const r = mainThreadReport(synthetic, scriptUrl(PAGE), scriptUrl(EXT), 50, { fromUs: 90_000, toUs: 200_000 });
    expect(r).toMatchObject({ tasks: 1, windowMs: 110, busyMs: 70, scriptMs: 60 });
  });
});

describe('trace reading (a recorded 0.4 s stress run, testdata/stress-trace-sample.json)', () => {
  const events = (JSON.parse(readFileSync(join(import.meta.dirname, 'testdata/stress-trace-sample.json'), 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const ext = scriptUrl('chrome-extension://bench-extension-id/content.js');
  const page = (u: string) => u.includes('/bench/stress.html');

  it('finds the page thread, its tasks and the extension samples', () => {
    const thread = profileRunning(profilesOf(events), page);
    expect(thread).toBeDefined();
    const tasks = tasksOf(events, thread!.pid, thread!.tid);
    expect(tasks.length).toBeGreaterThan(4);
    expect(attribute(thread!.profile, ext).samples).toBeGreaterThan(0);
  });

  it('agrees with itself: per-task costs add up to the script time inside tasks, and stay within each task', () => {
    const thread = profileRunning(profilesOf(events), page)!;
    const tasks = tasksOf(events, thread.pid, thread.tid);
    const samples = samplesOf(thread.profile);
    const matched = nodesUnder(thread.profile.nodes, ext);
    const costs = costPerTask(tasks, samples, matched);
    for (const c of costs) expect(c.scriptUs).toBeLessThanOrEqual(c.dur);
    // Independent sum: every matched sample clipped to the task that contains its start.
    let inside = 0;
    for (const s of samples) {
      if (!matched.has(s.node)) continue;
      const t = tasks.find((k) => s.ts >= k.ts && s.ts < k.ts + k.dur);
      if (t) inside += Math.min(s.dur, t.ts + t.dur - s.ts);
    }
    expect(costs.reduce((a, c) => a + c.scriptUs, 0)).toBeCloseTo(inside, 6);
    const r = mainThreadReport(events, page, ext)!;
    expect(r.scriptMs).toBeGreaterThan(0);
    expect(r.longestScriptInTaskMs).toBeLessThanOrEqual(r.longestTaskMs);
    expect(r.scriptMs).toBeLessThanOrEqual(r.windowMs);
  });

  it('sees the page markers', () => {
    expect(timeStamps(events, 'stress-start')).toHaveLength(1);
    expect(timeStamps(events, 'stress-end')).toHaveLength(1);
  });
});
