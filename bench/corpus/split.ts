/**
 * The cross-validation split: each page goes to half A or B by a hash of its id (FNV-1a, 32
 * bit), so the split is fixed, independent of the page order and of which pages a corpus adds.
 */

export type Half = 'A' | 'B';

export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function halfOf(id: string): Half {
  return fnv1a(id) % 2 === 0 ? 'A' : 'B';
}

export function splitHalves<T extends { id: string }>(items: T[]): Record<Half, T[]> {
  const out: Record<Half, T[]> = { A: [], B: [] };
  for (const it of items) out[halfOf(it.id)].push(it);
  return out;
}
