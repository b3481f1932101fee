/**
 * Scroll locks on html/body: overflow hidden/clip (from a class + stylesheet
 * or inline; a body held to the viewport's height by `height:100vh` or
 * `max-height` grows again), body (or html) position:fixed with a negative top (the
 * reading position parked in `top`), touch-action:none. Reading them costs two
 * getComputedStyle calls. Unlocking writes inline !important overrides and
 * scrolls back to the parked position; the StyleOverrides undo it exactly.
 */
import { isScrollLockClass } from './lang-tables.ts';
import type { StyleOverrides } from './styles.ts';

const HIDDEN = /hidden|clip/;

export interface LockState {
  reasons: string[];
  /** Overrides per element to undo the lock. */
  html: string;
  body: string;
  /** Reading position parked in body `top` (px), when body is fixed. */
  parked: number;
  /** A class on html/body that the tables know as a scroll-lock class. */
  lockClass: boolean;
}

export function readLock(doc: Document): LockState {
  const st: LockState = { reasons: [], html: '', body: '', parked: 0, lockClass: false };
  const html = doc.documentElement;
  const body = doc.body;
  if (!body) return st;
  const win = doc.defaultView as Window;
  const h = win.getComputedStyle(html);
  const b = win.getComputedStyle(body);
  if (HIDDEN.test(h.overflowY)) {
    st.reasons.push('lock:html-overflow');
    // The root's overflow is the viewport's: a height held to 100vh does not clip once it scrolls.
    st.html += 'overflow-y:auto!important;';
  }
  if (HIDDEN.test(b.overflowY)) {
    st.reasons.push('lock:body-overflow');
    // visible: body overflow then propagates to the viewport (or grows with its content).
    st.body += 'overflow-x:visible!important;overflow-y:visible!important;';
    if (Math.abs(body.clientHeight - win.innerHeight) < 2) st.body += 'height:auto!important;max-height:none!important;';
  }
  for (const [s, key] of [[h, 'html'], [b, 'body']] as const)
    if (s.position === 'fixed') {
      st.reasons.push(`lock:${key}-fixed`);
      st[key] += 'position:relative!important;top:auto!important;';
      st.parked = Math.max(st.parked, -Number.parseFloat(s.top) || 0);
    }
  for (const [s, key] of [[h, 'html'], [b, 'body']] as const)
    if (s.touchAction === 'none') {
      st.reasons.push(`lock:${key}-touch-action`);
      st[key] += 'touch-action:auto!important;';
    }
  for (const el of [html, body]) for (const c of el.classList) if (isScrollLockClass(c)) st.lockClass = true;
  return st;
}

/**
 * Applies the overrides in `st` (merged with any already applied) and puts the reader back: at the
 * parked position, or at `readingY` when the lock had moved the page to its top (a root held to
 * the viewport's height scrolls there: the browser clamps the position).
 */
export function unlock(doc: Document, st: LockState, styles: StyleOverrides, applied: { html: string; body: string }, readingY = 0): void {
  const win = doc.defaultView as Window;
  for (const key of ['html', 'body'] as const) {
    if (!st[key]) continue;
    const merged = applied[key] + st[key];
    applied[key] = merged;
    styles.set(key === 'html' ? doc.documentElement : (doc.body as HTMLElement), merged);
  }
  const top = st.parked || (win.scrollY === 0 ? readingY : 0);
  if (top) win.scrollTo({ top, left: 0, behavior: 'instant' as ScrollBehavior });
}
