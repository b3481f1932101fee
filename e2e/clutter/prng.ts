/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. Every random choice of the
 * clutter generator goes through one of these, so a seed reproduces a page exactly.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi] (both included). */
  int(lo: number, hi: number): number;
  /** Number in [lo, hi). */
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `n` distinct items (fewer when the list is shorter), in draw order. */
  sample<T>(items: readonly T[], n: number): T[];
  /** Random lower-case letters and digits, starting with a letter. */
  token(length: number): string;
  /** A child generator with its own stream (so adding draws in one part does not shift another). */
  fork(label: string): Rng;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string, seed: number): number {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x85ebca6b) ^ (h >>> 13);
  return h >>> 0;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ALNUM = `${LETTERS}0123456789`;

export function rng(seed: number): Rng {
  const next = mulberry32(hash('clutter', seed));
  const self: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    range: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as (typeof items)[number];
    },
    sample: (items, n) => {
      const pool = [...items];
      const out: (typeof pool)[number][] = [];
      while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0] as (typeof pool)[number]);
      return out;
    },
    token: (length) => {
      let s = LETTERS[Math.floor(next() * LETTERS.length)] as string;
      while (s.length < length) s += ALNUM[Math.floor(next() * ALNUM.length)];
      return s;
    },
    fork: (label) => rng(hash(label, Math.floor(next() * 2 ** 32))),
  };
  return self;
}
