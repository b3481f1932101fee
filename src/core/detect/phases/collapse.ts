/**
 * Phase 3, collapse: what passed the judge is collapsed with an inline
 * `display:none!important` (undone exactly by StyleOverrides). A text seed
 * collapses its floating layer, else the largest offer panel around it; a
 * collapsed gate panel takes the fade sheet next to it; probes peel layers
 * again after each collapse; site rules collapse what they name.
 */
import type { HiddenItem } from '../../article.ts';
import { layerOf, lightOf, up } from '../candidates.ts';
import type { PageContext } from '../types.ts';
import { offerBox } from '../signals/beside-content.ts';
import { discoverLayers } from './discover.ts';
import { isProtected, type Judged, judge } from './judge.ts';
import { type DetectorState, isHiddenByUs, label, matchesAny } from './state.ts';

export const HIDE = 'display:none!important';
/** Chain levels of an inline seed tried (largest first). */
export const INLINE_TRIES = 4;
/** Rounds of probes: each round after a collapse looks at what lay beneath. */
export const PROBE_ROUNDS = 3;

export function collapse(st: DetectorState, el: Element, reasons: string[], sc: number, source: HiddenItem['source'], offerLine?: string): HiddenItem {
  const item: HiddenItem = { id: st.nextId++, label: label(el, offerLine), reasons, score: sc, source };
  st.styles.set(el, HIDE);
  st.writes++;
  st.hidden.set(el, item);
  st.dormant.delete(el);
  st.changed = true;
  st.log('collapse', { item, el });
  return item;
}

/** A layer (fixed/sticky root) found by text or probe. */
export function tryLayer(st: DetectorState, layer: Element, ctx: PageContext, atCentre: boolean): boolean {
  const el = lightOf(layer, st.doc);
  if (st.hidden.has(el) || isProtected(st, el, false)) return false;
  const v = judge(st, el, layer, 'layer', ctx, atCentre);
  if (!v?.clutter) return false;
  collapse(st, el, v.reasons, v.score, 'auto', v.c.text.offerLines[0]);
  st.overlayHidden = ctx.overlayHidden = true;
  trySiblingLayers(st, el, ctx);
  return true;
}

/** Siblings looked at next to a collapsed layer. */
const SIBLINGS = 8;

/**
 * A modal's parts are often siblings (a dimmer and a card placed apart, neither holding the
 * other): once one is collapsed, its fixed siblings are judged too, wherever they sit (a card
 * near the top is under no probe point), also those judged earlier in the pass (a dimmer probed
 * before its card was found is a backdrop only once the card is gone).
 */
function trySiblingLayers(st: DetectorState, el: Element, ctx: PageContext): void {
  const parent = el.parentElement;
  if (!parent) return;
  let n = 0;
  for (let s = parent.firstElementChild; s && n < SIBLINGS; s = s.nextElementSibling) {
    if (s === el || st.hidden.has(s) || s.tagName === 'SCRIPT' || s.tagName === 'STYLE') continue;
    n++;
    // Judged earlier in this pass, before the overlay went: judged again, now as its backdrop may be.
    st.judged.delete(s);
    if (st.win.getComputedStyle(s).position === 'fixed') tryLayer(st, s, ctx, false);
  }
}

/** A fade sheet found by a probe: judged as an inline panel (it lies in the page, over the article). */
export function tryInline(st: DetectorState, el: Element, ctx: PageContext): boolean {
  if (st.hidden.has(el) || isHiddenByUs(st, el) || isProtected(st, el, true)) return false;
  const v = judge(st, el, el, 'inline', ctx);
  if (!v?.clutter) return false;
  collapseInline(st, el, v, ctx);
  return true;
}

/**
 * Collapses an inline panel. One laid over the article (a fade gate: covers-article) blocks
 * reading as an overlay does, and a scroll lock set with it goes with it (unlock.ts).
 */
function collapseInline(st: DetectorState, el: Element, v: Judged, ctx: PageContext): void {
  collapse(st, el, v.reasons, v.score, 'auto', v.c.text.offerLines[0]);
  if (v.ids.includes('covers-article')) st.overlayHidden = ctx.overlayHidden = true;
}

/**
 * From an offer line's block: its floating layer, else the largest offer panel around it (`asIs`:
 * from the block itself up). A candidate that holds page text beside its offer box
 * (beside-content) sends the search straight down to that box.
 */
export function trySeed(st: DetectorState, block: Element, ctx: PageContext, asIs = false): void {
  const { doc } = st;
  if (isHiddenByUs(st, block)) return;
  const chain: Element[] = [];
  for (let el: Element | null = block; el && chain.length < 25; el = up(el)) {
    if (el === doc.body || el === doc.documentElement || (st.guard.main && el.contains(st.guard.main))) break;
    chain.push(el);
  }
  if (!chain.length) return;
  const layer = layerOf(block, st.win);
  if (layer) {
    tryLayer(st, layer, ctx, false);
    return;
  }
  // Inline: largest ancestor first; the first that passes wins.
  let tries = 0;
  for (let i = asIs ? 0 : chain.length - 1; i >= 0 && tries < INLINE_TRIES; i--) {
    const el = chain[i] as Element;
    if (isProtected(st, el, true)) continue;
    tries++;
    const v = judge(st, el, el, 'inline', ctx);
    if (v?.ids.includes('beside-content')) {
      // Every larger element holds the same page text: the offer box is judged next.
      const at = chain.indexOf(offerBox(el, v.c.text) as Element);
      if (at >= 0 && at < i) i = at + 1;
      continue;
    }
    if (!v?.clutter) continue;
    collapseInline(st, el, v, ctx);
    collapseFadesNear(st, el, ctx);
    return;
  }
}

/** A gradient sheet next to a collapsed gate panel (the fade over the last paragraphs). */
export function collapseFadesNear(st: DetectorState, panel: Element, ctx: PageContext): void {
  const near: Element[] = [];
  for (let s = panel.previousElementSibling, i = 0; s && i < 3; s = s.previousElementSibling, i++) near.push(s);
  if (panel.nextElementSibling) near.push(panel.nextElementSibling);
  const main = ctx.guard.main;
  if (main) for (let s = main.lastElementChild, i = 0; s && i < 3; s = s.previousElementSibling, i++) near.push(s);
  for (const el of near) {
    if (st.hidden.has(el) || (el.textContent ?? '').trim().length > 20 || isProtected(st, el, true)) continue;
    if (!/gradient/.test(st.win.getComputedStyle(el).backgroundImage)) continue;
    collapse(st, el, ['fade-layer', `next-to:${label(panel)}`], 0, 'auto');
  }
}

/** Probes the floating layers; after a round that collapsed something, looks again beneath. */
export function collapseProbedLayers(st: DetectorState, ctx: PageContext): void {
  for (let round = 0; round < PROBE_ROUNDS; round++) {
    let hid = false;
    for (const { layer, centre, sheet } of discoverLayers(st, ctx.vw, ctx.vh)) if (sheet ? tryInline(st, layer, ctx) : tryLayer(st, layer, ctx, centre)) hid = true;
    if (!hid) break;
  }
}

/** The site's extraHide selectors: collapsed as they are (never html/body, never what neverHide names). */
export function collapseRuled(st: DetectorState): void {
  const { doc } = st;
  for (const sel of st.o.extraHide ?? []) {
    let els: NodeListOf<Element>;
    try {
      els = doc.querySelectorAll(sel);
    } catch {
      continue;
    }
    for (const el of els)
      if (!st.hidden.has(el) && el !== doc.body && el !== doc.documentElement && !matchesAny(el, st.o.neverHide, true)) {
        collapse(st, el, [`rule:${sel}`], 0, 'rule');
        st.overlayHidden = true;
      }
  }
}

/** Un-collapses what a removed rule selector hid, and auto items a new neverHide selector names. */
export function uncollapseStale(st: DetectorState, p: { extraHide?: string[]; neverHide?: string[] }): void {
  const undo = (el: Element) => {
    st.styles.restore(el);
    st.hidden.delete(el);
    st.changed = true;
  };
  if (p.extraHide)
    for (const [el, it] of st.hidden)
      if (it.source === 'rule' && !st.o.extraHide?.includes(it.reasons[0]?.slice('rule:'.length) ?? '')) undo(el);
  if (p.neverHide) for (const [el, it] of st.hidden) if (it.source === 'auto' && matchesAny(el, st.o.neverHide, true)) undo(el);
}
