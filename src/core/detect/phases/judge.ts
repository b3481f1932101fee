/**
 * Phase 2, judge: one candidate, scored by the signals (scorer.ts). A
 * candidate that is not visible yet is kept dormant (looked at again when its
 * attributes change); one too big to be clutter, protected, or over the
 * minute's budget is not judged at all.
 */
import { guards, startMain, stepMain } from '../guard.ts';
import { langsVersion } from '../lang-tables.ts';
import { readLock } from '../locks.ts';
import { score, type Verdict } from '../scorer.ts';
import { textStats } from '../candidate-lines.ts';
import type { Candidate, PageContext } from '../types.ts';
import { type DetectorState, label, matchesAny, overSlice } from './state.ts';

/** Characters of text above which an element is not judged at all: clutter is short (a few hundred words at most). */
export const MAX_TEXT = 5000;

/**
 * What the page looks like for this pass, or undefined while the guard is still being computed
 * (nothing may be judged without it): the guard is found again after paragraphs were added or a
 * language pack arrived, over as many tasks as it needs (SLICE_MS each).
 */
export function pageContext(st: DetectorState): PageContext | undefined {
  if (!st.mainSearch && (st.guardDirty || st.guard.version !== langsVersion())) {
    st.mainSearch = startMain(st.doc);
    st.guardDirty = false;
  }
  if (st.mainSearch) {
    const g = stepMain(st.mainSearch, () => overSlice(st));
    if (!g) return undefined;
    st.guard = g;
    st.mainSearch = undefined;
    st.log(`guard main ${st.guard.main ? label(st.guard.main) : 'none'}, prose ${st.guard.proseTotal}`);
  }
  return { vw: st.win.innerWidth, vh: st.win.innerHeight, guard: st.guard, lock: readLock(st.doc).reasons, overlayHidden: st.overlayHidden, lastInput: st.lastInput };
}

/** Never collapsed automatically: the article (guard) and what the site's neverHide rule names. */
export function isProtected(st: DetectorState, el: Element, inline: boolean): boolean {
  return guards(st.guard, el, inline) || matchesAny(el, st.o.neverHide, true);
}

export type Judged = Verdict & { c: Candidate };

/** Scores one candidate; undefined when not visible (kept dormant), too big to be clutter, or over budget. */
export function judge(st: DetectorState, el: Element, layer: Element, kind: Candidate['kind'], ctx: PageContext, atCentre = false): Judged | undefined {
  if (st.judged.has(el) || (el.textContent?.length ?? 0) > MAX_TEXT || !st.budgets.evals.take()) return undefined;
  st.judged.add(el);
  st.work.evals++;
  const rect = layer.getBoundingClientRect();
  const style = st.win.getComputedStyle(layer);
  if (rect.width < 2 || rect.height < 2 || style.visibility === 'hidden' || style.opacity === '0') {
    st.dormant.add(el);
    return undefined;
  }
  st.dormant.delete(el);
  const t = performance.now();
  const c: Candidate = { el, layer, kind, style, rect, text: textStats(el), atCentre, ctx };
  const t2 = performance.now();
  watchFrame(st, el, c);
  const v = score(c);
  st.log(`judge ${kind} ${label(el)} text ${(t2 - t).toFixed(1)}ms score ${(performance.now() - t2).toFixed(1)}ms`, v);
  return { ...v, c };
}

/** A frame whose document has not loaded yet: look again when it has (an event, not a poll; removed by stop()). */
function watchFrame(st: DetectorState, el: Element, c: Candidate): void {
  const frame = c.text.chars ? null : el.tagName === 'IFRAME' ? el : el.querySelector('iframe');
  if (!frame || st.frameWatch.has(frame)) return;
  st.frameWatch.add(frame);
  frame.addEventListener(
    'load',
    () => {
      st.pending.add(el);
      st.schedule();
    },
    { once: true, signal: st.signal },
  );
}
