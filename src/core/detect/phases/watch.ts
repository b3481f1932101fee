/**
 * Phase 5, watch: what makes the detector run again. Mutations (new nodes,
 * style/class changes), the page's load event, the user's clicks and keys
 * (what appears right after is user-opened), a frame's load; scroll events
 * only record where the reader is (unlock.ts puts them back there). All work is
 * batched behind one timer, never polled. Every listener, the observer and
 * both timers are registered under the state's AbortSignal: aborting it
 * removes them all.
 */
import { readLock } from '../locks.ts';
import { type DetectorState, report } from './state.ts';

/** Batch delay: mutations within this window are handled together. */
export const BATCH_MS = 120;
/**
 * Delay of the pass after the page changed the style or class of html or body (the way every
 * scroll lock is set): a lock set while the reader scrolls (a late modal on the first wheel,
 * a re-inserted one re-locking) freezes the page at once and parks the reading position, so its
 * modal and the lock are dealt with in the next task instead of after the batch delay. The pass
 * budget still bounds a page that toggles its body class all the time.
 */
export const LOCK_MS = 0;
/** A second probe this long after a mutation-driven pass catches slide-in transitions. */
export const FOLLOW_UP_MS = 900;
/** Attributes whose change may reveal or re-show clutter. */
export const WATCHED_ATTRIBUTES = ['style', 'class', 'hidden', 'open'];

/**
 * One setTimeout at a time, cleared when `signal` aborts and never started after. With a window
 * (`afterPaint`), a due callback waits for the page's next frame and runs just after it: the
 * browser has then laid the page out itself, so the detector's geometry reads (judging a
 * candidate reads its box) find layout clean instead of forcing it in the middle of a page
 * that keeps changing. A hidden page paints no frames: there it runs when due.
 */
export class Timer {
  private id: ReturnType<typeof setTimeout> | 0 = 0;
  private frame = 0;
  /** performance.now() when the running timer fires. */
  private due = 0;
  constructor(
    private readonly signal: AbortSignal,
    private readonly afterPaint?: Window,
  ) {
    signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  get active(): boolean {
    return this.id !== 0 || this.frame !== 0;
  }
  /** A timer is running and fires within `ms` from now. */
  within(ms: number): boolean {
    return this.active && this.due <= performance.now() + ms;
  }

  /** `frame` false: run when due even on a visible page. */
  start(fn: () => void, ms: number, frame = true): void {
    this.clear();
    if (this.signal.aborted) return;
    this.due = performance.now() + ms;
    const run = () => {
      this.id = 0;
      fn();
    };
    this.id = setTimeout(() => {
      const w = this.afterPaint;
      if (!frame || w?.document.visibilityState !== 'visible' || typeof w.requestAnimationFrame !== 'function') return run();
      this.id = 0;
      this.frame = w.requestAnimationFrame(() => {
        this.frame = 0;
        this.id = setTimeout(run, 0);
      });
    }, ms);
  }

  clear(): void {
    if (this.id) clearTimeout(this.id);
    if (this.frame) this.afterPaint?.cancelAnimationFrame(this.frame);
    this.id = this.frame = 0;
  }
}

export interface Watch {
  /** Starts watching at once, or at DOMContentLoaded while the document is loading. */
  whenReady(): void;
  /** Starts watching now and runs a first pass. */
  begin(): void;
  /** Observes the document (again). */
  connect(): void;
  /** Stops observing and drops both timers (restoreAll); begin/connect start again. */
  pause(): void;
  /** Drops the observer's queue: our own writes are never fed back to us. */
  takeRecords(): void;
  /** Runs `pass` after `delay` unless one is already due (not while paused or before begin). */
  schedule(delay?: number): void;
  /** Runs `pass` after `ms` whatever is due (the pass budget's wait). */
  retry(ms: number): void;
}

export function createWatch(st: DetectorState, pass: () => void): Watch {
  const { doc, win, signal } = st;
  const passTimer = new Timer(signal, win);
  const followUp = new Timer(signal);
  const listen = { capture: true, passive: true, signal };

  /** The running pass timer is the pass budget's wait (retry): nothing brings it forward. */
  let budgetWait = false;
  const schedule = (delay = BATCH_MS, soon = false) => {
    if (st.paused || !st.started || signal.aborted) return;
    // A pass already due is kept (so a pass budget's wait is never cut short), except that a
    // lock change brings a batched pass forward to LOCK_MS.
    if (passTimer.active && (!soon || budgetWait || passTimer.within(delay))) return;
    budgetWait = false;
    // A lock change is dealt with in the next task, not after a frame: a lock set on the reader's
    // wheel must be gone before the wheel's next events (a frame later is too late for them).
    passTimer.start(pass, delay, !soon);
  };
  st.schedule = schedule;

  function onMutations(records: MutationRecord[]): void {
    let work = false;
    let lockChange = false;
    for (const r of records) {
      const t = r.target as Element;
      if (r.type === 'attributes') {
        if (t === doc.documentElement || t === doc.body) lockChange = true;
        // A page script rewrote the style of something we collapsed (or of unlocked html/body): re-apply now, no flash.
        if (r.attributeName === 'style' && st.styles.heal(t)) st.changed = true;
        if (st.hidden.has(t)) continue;
        st.probe = work = true;
        for (const d of st.dormant)
          if (t.contains(d)) {
            st.pending.add(d);
            st.dormant.delete(d);
          }
      } else {
        for (const n of r.addedNodes) {
          if (n.nodeType === 1) {
            st.pending.add(n as Element);
            if ((n as Element).tagName === 'P' || (n as Element).querySelector('p')) st.guardDirty = true;
          } else if (n.nodeType === 3 && t.nodeType === 1) st.pending.add(t);
        }
        if (r.addedNodes.length) st.probe = work = true;
      }
    }
    mo.takeRecords();
    if (work) {
      if (lockChange) schedule(LOCK_MS, true);
      else schedule();
      if (!followUp.active)
        followUp.start(() => {
          st.probe = true;
          schedule(0);
        }, FOLLOW_UP_MS);
    }
    if (!passTimer.active) report(st);
  }

  const mo = new win.MutationObserver(onMutations);
  signal.addEventListener('abort', () => mo.disconnect(), { once: true });
  const connect = () => {
    if (!signal.aborted) mo.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  };
  const onInput = () => {
    st.lastInput = performance.now();
  };
  // The reader cannot scroll to the top of a locked page: a jump there while a lock holds is the lock's.
  const onScroll = () => {
    const y = win.scrollY;
    if (y > 0 || !st.readingY || !readLock(doc).reasons.length) st.readingY = y;
  };

  function begin(): void {
    if (st.started || signal.aborted) return;
    st.started = true;
    if (!doc.body) return;
    doc.addEventListener('pointerdown', onInput, listen);
    doc.addEventListener('keydown', onInput, listen);
    win.addEventListener('scroll', onScroll, { passive: true, signal });
    // One more look when the page has loaded (late CSS, images shifting layout).
    win.addEventListener(
      'load',
      () => {
        st.probe = true;
        schedule();
      },
      { once: true, signal },
    );
    connect();
    st.pending.add(doc.body);
    st.probe = true;
    schedule(0);
  }

  return {
    whenReady() {
      if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', begin, { once: true, signal });
      else begin();
    },
    begin,
    connect,
    pause() {
      passTimer.clear();
      followUp.clear();
      mo.disconnect();
    },
    takeRecords: () => void mo.takeRecords(),
    schedule,
    retry(ms) {
      budgetWait = true;
      passTimer.start(pass, ms);
    },
  };
}
