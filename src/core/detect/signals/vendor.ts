/**
 * Vendor shape: ids, classes and attributes that paywall vendors and meter
 * plugins use (judged by the language/vendor tables). Shapes change and
 * collide with real content, so this is capped well below the threshold:
 * it adds to geometry or text, it never decides alone.
 */
import { judgeVendorShape } from '../lang-tables.ts';
import type { Signal } from '../types.ts';

export const W = {
  /** Points per unit of the vendor tables' score. */
  perScore: 2,
  /** Cap, well under the threshold. */
  max: 4,
};

/**
 * Seed selector (candidate discovery only, never a verdict): word stems
 * vendors put in ids and classes. Elements found by it are scored like any
 * other candidate.
 */
export const VENDOR_SEED = ['paywall', 'piano', 'tp-modal', 'poool', 'zephr', 'pelcro', 'regwall', 'metered', 'lp_purchase', 'wkwp-', 'qiota', 'tp-container', 'tp-inline']
  .map((w) => `[id*="${w}" i],[class*="${w}" i]`)
  .join(',');

function shape(el: Element) {
  const attrs: Record<string, string> = {};
  for (const a of el.attributes) if (a.name !== 'class' && a.name !== 'id' && a.name !== 'style') attrs[a.name] = a.value.slice(0, 200);
  return { tagName: el.tagName, id: el.id, className: typeof el.className === 'string' ? el.className : '', attrs };
}

export const vendor: Signal = (c, add) => {
  let best = 0;
  const reasons = new Set<string>();
  const els = [c.el, c.layer, c.layer.parentElement, c.layer.querySelector('iframe'), c.layer.firstElementChild];
  for (const el of els) {
    if (!el) continue;
    const j = judgeVendorShape(shape(el));
    if (j.score > best) best = j.score;
    for (const r of j.reasons) reasons.add(r);
  }
  if (best > 0) add('vendor', Math.min(W.max, best * W.perScore), true, [...reasons].slice(0, 3).join(','));
};
