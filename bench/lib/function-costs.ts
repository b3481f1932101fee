/**
 * Where an extension script's time goes, by function: self and inclusive sampled milliseconds of
 * the samples whose stack passes `match` (a script URL), optionally within a time window. For the
 * profiling tools (bench/profile-stress.ts, bench/profile-extract.ts); build with
 * `CLEAR_READ_MINIFY=0 npm run build` first, or the names are the minifier's.
 */
import { type CpuProfile, type ProfileNode, parents, samplesOf } from './profile';

export interface FunctionCosts {
  /** Sampled ms whose stack has a frame of the matched script. */
  totalMs: number;
  /** `name file:line` → ms with that frame on top of the stack. */
  self: Map<string, number>;
  /** `name file:line` → ms with that frame anywhere on the stack (counted once per sample). */
  inclusive: Map<string, number>;
}

const frameName = (n: ProfileNode) => {
  const f = n.callFrame as ProfileNode['callFrame'] & { lineNumber?: number };
  return `${f.functionName || '(anonymous)'} ${(f.url ?? '').split('/').pop()}:${f.lineNumber ?? '?'}`;
};

export function functionCosts(profile: CpuProfile, match: (url: string) => boolean, window?: { fromUs: number; toUs: number }, into?: FunctionCosts): FunctionCosts {
  const out = into ?? { totalMs: 0, self: new Map(), inclusive: new Map() };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = parents(profile.nodes);
  for (const s of samplesOf(profile)) {
    if (window && (s.ts < window.fromUs || s.ts >= window.toUs)) continue;
    const stack: ProfileNode[] = [];
    for (let id: number | undefined = s.node; id !== undefined; id = parent.get(id)) {
      const n = byId.get(id);
      if (!n) break;
      stack.push(n);
    }
    if (!stack.some((n) => match(n.callFrame.url ?? ''))) continue;
    const ms = s.dur / 1000;
    out.totalMs += ms;
    const top = stack[0];
    if (top) out.self.set(frameName(top), (out.self.get(frameName(top)) ?? 0) + ms);
    for (const name of new Set(stack.map(frameName))) out.inclusive.set(name, (out.inclusive.get(name) ?? 0) + ms);
  }
  return out;
}

/** The `n` largest entries, one per line: `  ms  name file:line`. */
export function topLines(m: Map<string, number>, n: number): string {
  return [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `  ${v.toFixed(1).padStart(8)}  ${k}`)
    .join('\n');
}
