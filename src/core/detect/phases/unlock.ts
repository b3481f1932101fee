/**
 * Phase 4, unlock: a scroll lock on html/body is undone once an overlay (or a
 * panel laid over the article, a fade gate) was collapsed, or when a known
 * lock class holds a page taller than the viewport; it is listed as one item,
 * "Scroll lock".
 */
import { readLock, unlock } from '../locks.ts';
import type { PageContext } from '../types.ts';
import type { DetectorState } from './state.ts';

/** How much taller than the viewport a page must be for a lock class alone to be undone (px). */
export const TALLER_PX = 100;

export function unlockScroll(st: DetectorState, ctx: PageContext): void {
  const { doc, win } = st;
  const lock = readLock(doc);
  if (!lock.reasons.length) return;
  const taller = doc.documentElement.scrollHeight > ctx.vh + TALLER_PX || lock.parked > 0;
  if (!(st.overlayHidden || (lock.lockClass && taller))) return;
  if (!st.lock.item) st.lock.scrollBefore = win.scrollY;
  unlock(doc, lock, st.styles, st.lock.applied, st.readingY);
  const reasons = [...new Set([...(st.lock.item?.reasons ?? []), ...lock.reasons, ...(st.overlayHidden ? ['after-overlay'] : ['lock-class'])])];
  st.lock.item = { id: st.lock.item?.id ?? st.nextId++, label: 'Scroll lock', reasons, score: 0, source: 'auto' };
  st.changed = true;
  st.log('unlock', lock);
}

/** Puts the reading position back where it was before the first unlock, and forgets the lock. */
export function relock(st: DetectorState): void {
  if (st.lock.item) st.win.scrollTo({ top: st.lock.scrollBefore, left: 0, behavior: 'instant' as ScrollBehavior });
  st.lock.item = undefined;
  st.lock.applied.html = st.lock.applied.body = '';
}
