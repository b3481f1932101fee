/**
 * Reading a Chrome trace (devtools.timeline + v8.cpu_profiler) to answer: how long are the
 * main-thread tasks, and how much of each is a given script's work?
 *
 * - Tasks: the top-level `RunTask` slices of a renderer's main thread (what DevTools calls
 *   tasks and what "long task" means). A script's MutationObserver callback runs inside the
 *   page's task that made the mutations (as a microtask), so a script's cost in a task is
 *   the sampled time within that task whose stack includes the script (see profile.ts), and
 *   "the longest task the extension causes" is the largest such in-task cost.
 * - Windows: the page marks its start and end with `console.timeStamp(label)` (a `TimeStamp`
 *   event on the same clock), so only the measured period is counted.
 * - Samples: the `Profile` event gives a profile id, the thread it samples and its start
 *   time; `ProfileChunk` events with that id carry new nodes (with parent links), sample
 *   node ids and time deltas, on the trace clock (µs).
 */
import type { TraceEvent } from './browser';
import { type CpuProfile, type ProfileNode, type Sample, nodesUnder, samplesOf } from './profile';

export interface ThreadProfile {
  id: string;
  pid: number;
  tid: number;
  profile: CpuProfile;
}

interface ChunkData {
  cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
  timeDeltas?: number[];
}

export function profilesOf(events: TraceEvent[]): ThreadProfile[] {
  const byId = new Map<string, ThreadProfile>();
  const key = (e: TraceEvent) => `${e.pid}:${e.id}`;
  for (const e of events) {
    if (e.name !== 'Profile' || e.ph !== 'P') continue;
    const start = Number((e.args?.data as { startTime?: number } | undefined)?.startTime ?? e.ts);
    byId.set(key(e), { id: String(e.id), pid: e.pid, tid: e.tid, profile: { nodes: [], startTime: start, endTime: start, samples: [], timeDeltas: [] } });
  }
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.ph !== 'P') continue;
    const target = byId.get(key(e));
    if (!target) continue;
    const data = (e.args?.data ?? {}) as ChunkData;
    const p = target.profile;
    p.nodes.push(...(data.cpuProfile?.nodes ?? []));
    p.samples?.push(...(data.cpuProfile?.samples ?? []));
    p.timeDeltas?.push(...(data.timeDeltas ?? []));
  }
  for (const t of byId.values()) {
    const deltas = t.profile.timeDeltas ?? [];
    t.profile.endTime = t.profile.startTime + deltas.reduce((a, b) => a + b, 0);
  }
  return [...byId.values()];
}

export interface Task {
  ts: number;
  dur: number;
}

/** Top-level RunTask slices of one thread, in time order (nested ones are folded into their parent). */
export function tasksOf(events: TraceEvent[], pid: number, tid: number): Task[] {
  const slices = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === pid && e.tid === tid && typeof e.dur === 'number')
    .map((e) => ({ ts: e.ts, dur: e.dur as number }))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const out: Task[] = [];
  let end = -Infinity;
  for (const s of slices) {
    if (s.ts < end) continue; // inside the previous top-level task
    out.push(s);
    end = s.ts + s.dur;
  }
  return out;
}

/** The profile of the thread that ran `urlMatch` code the most (the page's main thread). */
export function profileRunning(profiles: ThreadProfile[], urlMatch: (url: string) => boolean): ThreadProfile | undefined {
  let best: ThreadProfile | undefined;
  let bestCount = 0;
  for (const t of profiles) {
    const nodes = nodesUnder(t.profile.nodes, urlMatch);
    const count = (t.profile.samples ?? []).filter((s) => nodes.has(s)).length;
    if (count > bestCount) {
      best = t;
      bestCount = count;
    }
  }
  return best;
}

export interface TaskCost extends Task {
  /** The script's sampled time inside this task, µs. */
  scriptUs: number;
}

/** The script's time in each task (samples whose timestamp falls inside the task). */
export function costPerTask(tasks: Task[], samples: Sample[], matched: Set<number>): TaskCost[] {
  const sorted = [...samples].sort((a, b) => a.ts - b.ts);
  const out: TaskCost[] = tasks.map((t) => ({ ...t, scriptUs: 0 }));
  let i = 0;
  for (const task of out) {
    while (i < sorted.length && (sorted[i] as Sample).ts < task.ts) i++;
    let j = i;
    while (j < sorted.length && (sorted[j] as Sample).ts < task.ts + task.dur) {
      const s = sorted[j] as Sample;
      if (matched.has(s.node)) task.scriptUs += Math.min(s.dur, task.ts + task.dur - s.ts);
      j++;
    }
    i = j;
  }
  return out;
}

export interface MainThreadReport {
  /** Wall time covered (first task start to last task end), ms. */
  windowMs: number;
  /** Sum of top-level task durations, ms. */
  busyMs: number;
  tasks: number;
  longestTaskMs: number;
  /** The script's sampled time, ms, over the whole profile. */
  scriptMs: number;
  /** The script's largest cost inside one task, ms. */
  longestScriptInTaskMs: number;
  /** Duration of the task that holds that cost, ms. */
  taskOfLongestScriptMs: number;
  /** Tasks where the script's own cost exceeds `longTaskMs`. */
  scriptTasksOverLimit: number;
  /** Tasks longer than `longTaskMs` that have any script time in them. */
  longTasksWithScript: number;
  longTasks: number;
}

/**
 * Main-thread summary for the thread whose profile runs `pageMatch` code (the page), with the
 * cost of scripts passing `scriptMatch` (the extension). With no scriptMatch, script figures are 0.
 */
export function mainThreadReport(
  events: TraceEvent[],
  pageMatch: (url: string) => boolean,
  scriptMatch: (url: string) => boolean,
  longTaskMs = 50,
  window?: { fromUs: number; toUs: number },
): MainThreadReport | undefined {
  const thread = profileRunning(profilesOf(events), pageMatch);
  if (!thread) return undefined;
  const inWindow = (ts: number) => !window || (ts >= window.fromUs && ts < window.toUs);
  const tasks = tasksOf(events, thread.pid, thread.tid).filter((t) => inWindow(t.ts));
  const samples = samplesOf(thread.profile).filter((s) => inWindow(s.ts));
  const matched = nodesUnder(thread.profile.nodes, scriptMatch);
  const costs = costPerTask(tasks, samples, matched);
  const longUs = longTaskMs * 1000;
  const worst = costs.reduce<TaskCost | undefined>((w, c) => (!w || c.scriptUs > w.scriptUs ? c : w), undefined);
  const first = tasks[0];
  const last = tasks.at(-1);
  return {
    windowMs: window ? (window.toUs - window.fromUs) / 1000 : first && last ? (last.ts + last.dur - first.ts) / 1000 : 0,
    busyMs: tasks.reduce((a, t) => a + t.dur, 0) / 1000,
    tasks: tasks.length,
    longestTaskMs: tasks.reduce((a, t) => Math.max(a, t.dur), 0) / 1000,
    scriptMs: samples.filter((s) => matched.has(s.node)).reduce((a, s) => a + s.dur, 0) / 1000,
    longestScriptInTaskMs: (worst?.scriptUs ?? 0) / 1000,
    taskOfLongestScriptMs: worst && worst.scriptUs > 0 ? worst.dur / 1000 : 0,
    scriptTasksOverLimit: costs.filter((c) => c.scriptUs > longUs).length,
    longTasksWithScript: costs.filter((c) => c.dur > longUs && c.scriptUs > 0).length,
    longTasks: tasks.filter((t) => t.dur > longUs).length,
  };
}

/** Trace time (µs) of `console.timeStamp(label)` calls, in order. */
export function timeStamps(events: TraceEvent[], label: string): number[] {
  return events
    .filter((e) => e.name === 'TimeStamp' && (e.args?.data as { message?: string } | undefined)?.message === label)
    .map((e) => e.ts)
    .sort((a, b) => a - b);
}
