/**
 * Attributing sampled CPU time to a script, from outside the page.
 *
 * V8's sampling profiler (CDP `Profiler`, or the `ProfileChunk` events of a trace recorded
 * with `disabled-by-default-v8.cpu_profiler`) records, every ~0.1 ms, the JS stack of the
 * renderer's main thread. A sample counts for a script when ANY frame of its stack belongs to
 * that script's URL (inclusive attribution): the DOM and style work a script calls into
 * (querySelectorAll, getComputedStyle, a forced layout) runs under the script's frame, so it
 * is the script's cost too. Each sample weighs the time until the next sample (as DevTools
 * does); the last one weighs the time to the profile's end.
 *
 * Not seen by this method: work the script causes LATER outside its own stack (the style
 * recalc and layout after it sets `display:none`, garbage collection of its objects). Those
 * are reported as page time, so the script's share is a lower bound of its true cost.
 */

export interface CallFrame {
  url: string;
  functionName?: string;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  /** As CDP `Profiler.Profile` gives them. */
  children?: number[];
  /** As trace `ProfileChunk` events give them. */
  parent?: number;
}

/** The shape of CDP `Profiler.Profile` (times in microseconds). */
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface Sample {
  /** Microseconds, on the profile's clock. */
  ts: number;
  dur: number;
  node: number;
}

export function samplesOf(profile: CpuProfile): Sample[] {
  const ids = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: Sample[] = [];
  let ts = profile.startTime;
  for (let i = 0; i < ids.length; i++) {
    ts += deltas[i] ?? 0;
    out.push({ ts, dur: 0, node: ids[i] as number });
  }
  for (let i = 0; i < out.length; i++) {
    const next = i + 1 < out.length ? (out[i + 1] as Sample).ts : profile.endTime;
    (out[i] as Sample).dur = Math.max(0, next - (out[i] as Sample).ts);
  }
  return out;
}

/** Parent of each node id, from either `children` or `parent` links. */
export function parents(nodes: ProfileNode[]): Map<number, number> {
  const parent = new Map<number, number>();
  for (const n of nodes) {
    if (typeof n.parent === 'number') parent.set(n.id, n.parent);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  return parent;
}

/** Node ids whose stack (the node or any ancestor) has a frame whose URL passes `match`. */
export function nodesUnder(nodes: ProfileNode[], match: (url: string) => boolean): Set<number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = parents(nodes);
  const memo = new Map<number, boolean>();
  const hit = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    // Iterative walk up; stacks can be deep.
    const path: number[] = [];
    let cur: number | undefined = id;
    let result = false;
    while (cur !== undefined) {
      const m = memo.get(cur);
      if (m !== undefined) {
        result = m;
        break;
      }
      path.push(cur);
      if (match(byId.get(cur)?.callFrame.url ?? '')) {
        result = true;
        break;
      }
      cur = parent.get(cur);
    }
    for (const p of path) memo.set(p, result);
    return result;
  };
  const out = new Set<number>();
  for (const n of nodes) if (hit(n.id)) out.add(n.id);
  return out;
}

/** Special V8 nodes: not JS, named by function name with an empty URL. */
const IDLE = '(idle)';
const GC = '(garbage collector)';
const PROGRAM = '(program)';

export interface Attribution {
  /** Time whose stack includes the matched script, in ms. */
  ms: number;
  /** Of that, time in the script's own JS (the sampled frame itself is the script's); the rest
   * is browser work it called into (DOM queries, getComputedStyle, forced style and layout). */
  selfMs: number;
  samples: number;
  /** Everything profiled in the window, in ms (busy + idle). */
  totalMs: number;
  idleMs: number;
  gcMs: number;
  /** Native work with no JS on the stack (parsing, style, layout, paint). */
  programMs: number;
}

/**
 * Time attributed to scripts whose URL passes `match`, optionally within [fromUs, toUs)
 * (a sample counts when its timestamp falls in the window).
 */
export function attribute(profile: CpuProfile, match: (url: string) => boolean, window?: { fromUs: number; toUs: number }): Attribution {
  const matched = nodesUnder(profile.nodes, match);
  const name = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName ?? '']));
  const url = new Map(profile.nodes.map((n) => [n.id, n.callFrame.url]));
  const a: Attribution = { ms: 0, selfMs: 0, samples: 0, totalMs: 0, idleMs: 0, gcMs: 0, programMs: 0 };
  for (const s of samplesOf(profile)) {
    if (window && (s.ts < window.fromUs || s.ts >= window.toUs)) continue;
    const ms = s.dur / 1000;
    a.totalMs += ms;
    if (matched.has(s.node)) {
      a.ms += ms;
      if (match(url.get(s.node) ?? '')) a.selfMs += ms;
      a.samples++;
      continue;
    }
    const fn = name.get(s.node);
    if (fn === IDLE) a.idleMs += ms;
    else if (fn === GC) a.gcMs += ms;
    else if (fn === PROGRAM) a.programMs += ms;
  }
  return a;
}

/**
 * The attributed time as a measurement: `undefined` when the script got no sample at all.
 * Zero samples means the sampler did not see the script run (a starved profiler thread, a
 * script that ran before the profiler started), not that it ran for free: a 0 here would
 * make a ratio look perfect (0 ms on one side) instead of missing.
 */
export function sampledMs(a: Attribution): number | undefined {
  return a.samples > 0 ? a.ms : undefined;
}

/** The script's own-JS time as a measurement, `undefined` with no sample (see sampledMs). */
export function sampledSelfMs(a: Attribution): number | undefined {
  return a.samples > 0 ? a.selfMs : undefined;
}

/** A URL matcher for one script of an extension or page, ignoring a query or fragment. */
export function scriptUrl(url: string): (candidate: string) => boolean {
  return (candidate) => candidate === url || candidate.split(/[?#]/)[0] === url;
}
