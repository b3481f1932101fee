/**
 * Phase 1, discover: where clutter may be. Text seeds (block lines of new
 * nodes the language tables call offer lines), vendor-named elements, and the
 * floating layers under a few probe points. Nothing is judged here.
 */
import { hitAt } from '../../hit.ts';
import { floatingOf, offerSeeds, probePoints } from '../candidates.ts';
import { VENDOR_SEED } from '../signals/vendor.ts';
import { type DetectorState, isHiddenByUs, overSlice } from './state.ts';

/**
 * Per pass: seeds tried and text nodes read. A pass is one task on the page's main thread;
 * these caps keep each task short however fast a page inserts nodes (what is left over waits
 * for the next pass).
 */
export const SEEDS_PER_PASS = 40;
export const TEXT_NODES_PER_PASS = 20_000;
/** Vendor-named elements judged per pass. */
export const VENDOR_SEEDS_PER_PASS = 12;

export interface Seeds {
  /** Blocks holding an offer line. */
  text: Set<Element>;
  /** Vendor-named elements whose text the tables may not know: judged as they are. */
  vendor: Element[];
}

/** The next root to read: the one a previous pass stopped in (from where it stopped), else a pending one. */
function nextRoot(st: DetectorState): { root: Element; from: Node | null; resumed: boolean } | undefined {
  const c = st.cursor;
  if (c) {
    st.cursor = undefined;
    // The text read last may have gone since: then the root is read again from its start.
    const from = c.at?.isConnected && c.root.contains(c.at) ? c.at : null;
    return { root: c.root, from, resumed: true };
  }
  for (const root of st.pending) {
    st.pending.delete(root);
    return { root, from: null, resumed: false };
  }
  return undefined;
}

/**
 * Reads the pending roots until the pass's text cap or its time (SLICE_MS) is used up; a root
 * left part-read is read on from there by the next pass, the others stay pending.
 */
export function discoverSeeds(st: DetectorState): Seeds {
  const seeds: Seeds = { text: new Set(), vendor: [] };
  const over = () => overSlice(st);
  while (st.work.textNodes < TEXT_NODES_PER_PASS && !over()) {
    const next = nextRoot(st);
    if (!next) break;
    const { root, from, resumed } = next;
    if (!root.isConnected || isHiddenByUs(st, root)) continue;
    const r = offerSeeds(root, seeds.text, TEXT_NODES_PER_PASS - st.work.textNodes, over, from);
    st.work.textNodes += r.read;
    if (!r.done) st.cursor = { root, at: r.at };
    if (!st.budgets.text.take(r.read)) {
      // Over the minute's text budget: drop the rest (the budget exists for pages that never stop).
      st.pending.clear();
      st.cursor = undefined;
      break;
    }
    if (resumed) continue; // its vendor-named elements were taken when it was first read
    for (const v of [root, ...root.querySelectorAll(VENDOR_SEED)])
      if (seeds.vendor.length < VENDOR_SEEDS_PER_PASS && v.matches(VENDOR_SEED) && !seeds.vendor.some((x) => x.contains(v))) seeds.vendor.push(v);
  }
  return seeds;
}

/**
 * The floating layers (outermost fixed/sticky ancestors) under the probe points, each once;
 * `centre` for the first point. Where no layer floats over a point, an absolutely positioned
 * gradient sheet there (a fade gate over the article) is yielded with `sheet` set. Lazy: the caller judges (and may collapse) each layer before the
 * next point is probed, so a later point sees what lies under a collapsed one.
 */
export function* discoverLayers(st: DetectorState, vw: number, vh: number): Generator<{ layer: Element; centre: boolean; sheet?: boolean }> {
  const { doc, win } = st;
  const seen = new Set<Element>();
  const points = probePoints(vw, vh);
  for (let i = 0; i < points.length; i++) {
    const [x, y] = points[i] as [number, number];
    const hit = hitAt(doc, x, y);
    if (!hit || hit === doc.body || hit === doc.documentElement) continue;
    const { layer, sheet } = floatingOf(hit, win);
    const found = layer ?? sheet;
    if (!found || seen.has(found)) continue;
    seen.add(found);
    yield { layer: found, centre: i === 0, sheet: !layer };
  }
}
