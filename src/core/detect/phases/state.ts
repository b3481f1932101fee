/**
 * The detector's state for one page, shared by its phases (discover, judge,
 * collapse, unlock, watch). One object instead of a closure's locals, so that
 * each phase is a small named function of it and `index.ts` only assembles
 * them. Everything the detector registers with the page (listeners, the
 * observer, timers) is tied to `signal`: aborting it removes every one.
 */
import type { HiddenItem } from '../../article.ts';
import { Budget } from '../budget.ts';
import { up } from '../candidates.ts';
import type { Guard, MainSearch } from '../guard.ts';
import { langCost } from '../lang-tables.ts';
import { StyleOverrides } from '../styles.ts';

export interface DetectorOptions {
  extraHide?: string[];
  neverHide?: string[];
  onChange?: (items: HiddenItem[]) => void;
  debug?: (msg: string, data?: unknown) => void;
}

/** Caps (per rolling minute): passes, candidate evaluations, text nodes scanned. */
export const PASSES_PER_MIN = 150;
export const EVALS_PER_MIN = 900;
export const TEXT_NODES_PER_MIN = 200_000;

/** Work units of one pass (text nodes read, candidates judged, seeds tried). */
export interface Work {
  textNodes: number;
  evals: number;
  seeds: number;
}

export interface DetectorState {
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  /** Aborted by stop(): every listener, observer and timer goes with it. */
  readonly signal: AbortSignal;
  o: DetectorOptions;
  readonly styles: StyleOverrides;
  readonly hidden: Map<Element, HiddenItem>;
  /** The scroll-lock item, what we wrote to undo it, and where the reader was before. */
  lock: { item: HiddenItem | undefined; applied: { html: string; body: string }; scrollBefore: number };
  nextId: number;
  /** Collapsing paused (restoreAll) until resume(). */
  paused: boolean;
  started: boolean;
  guard: Guard;
  guardDirty: boolean;
  /** The guard being computed over several tasks (see SLICE_MS); st.guard is the last finished one. */
  mainSearch: MainSearch | undefined;
  /** A root whose reading stopped part-way (the pass's cap or its time): read on from `at` next pass. */
  cursor: { root: Element; at: Node | null } | undefined;
  /** Collapses made so far (a pass that made one leaves box reads to its next task). */
  writes: number;
  /** The first pass built the offer matcher (see matcherReady in index.ts). */
  matcherBuilt: boolean;
  /** performance.now() by which the running pass should end (Infinity outside a pass). */
  deadline: number;
  /** An overlay was collapsed on this page: backdrops and scroll locks pair with it. */
  overlayHidden: boolean;
  /** performance.now() of the last click or key. */
  lastInput: number;
  /**
   * Where the reader is reading: scrollY at the last scroll event, kept when a scroll lock moved
   * the page to its top (a root held to the viewport's height scrolls there in one step).
   * Unlocking puts the reader back there (locks.ts `unlock`).
   */
  readingY: number;
  /** Roots to read in the next pass. */
  readonly pending: Set<Element>;
  /** Candidates not visible yet: looked at again when their attributes change. */
  readonly dormant: Set<Element>;
  readonly frameWatch: WeakSet<Element>;
  /** Elements already judged in this pass (nested seeds share ancestors). */
  readonly judged: Set<Element>;
  /** Run the probes in the next pass. */
  probe: boolean;
  /** The hidden list changed since onChange last ran. */
  changed: boolean;
  readonly budgets: { passes: Budget; evals: Budget; text: Budget };
  readonly work: Work;
  /** Main-thread time spent, for measurement. */
  readonly cost: { ms: number; passes: number; lang: typeof langCost; phases: Record<string, number>; most: Work };
  /** Asks for a pass (set by the watch phase). */
  schedule: (delay?: number) => void;
  log: (msg: string, data?: unknown) => void;
}

export function createState(doc: Document, opts: DetectorOptions, signal: AbortSignal): DetectorState {
  const st: DetectorState = {
    doc,
    win: doc.defaultView as Window & typeof globalThis,
    signal,
    o: { ...opts },
    styles: new StyleOverrides(),
    hidden: new Map(),
    lock: { item: undefined, applied: { html: '', body: '' }, scrollBefore: 0 },
    nextId: 1,
    paused: false,
    started: false,
    guard: { main: null, prose: new Map(), runs: [], proseTotal: 0 },
    guardDirty: true,
    mainSearch: undefined,
    cursor: undefined,
    deadline: Number.POSITIVE_INFINITY,
    matcherBuilt: false,
    writes: 0,
    overlayHidden: false,
    lastInput: -1e9,
    readingY: 0,
    pending: new Set(),
    dormant: new Set(),
    frameWatch: new WeakSet(),
    judged: new Set(),
    probe: true,
    changed: false,
    budgets: { passes: new Budget(PASSES_PER_MIN), evals: new Budget(EVALS_PER_MIN), text: new Budget(TEXT_NODES_PER_MIN) },
    work: { textNodes: 0, evals: 0, seeds: 0 },
    cost: { ms: 0, passes: 0, lang: langCost, phases: {}, most: { textNodes: 0, evals: 0, seeds: 0 } },
    schedule: () => {},
    log: (msg, data) => st.o.debug?.(msg, data),
  };
  return st;
}

/** What the popup lists: the scroll lock first, then the collapsed elements still in the page. */
export function itemsOf(st: DetectorState): HiddenItem[] {
  return [...(st.lock.item ? [st.lock.item] : []), ...[...st.hidden].filter(([el]) => el.isConnected).map(([, it]) => it)];
}

/** Calls onChange with the list when it changed. */
export function report(st: DetectorState): void {
  if (!st.changed) return;
  st.changed = false;
  st.o.onChange?.(itemsOf(st));
}

/** `el` matches one of `sels` (with `closest`: lies inside or contains a match). A bad selector matches nothing. */
export function matchesAny(el: Element, sels: string[] | undefined, closest: boolean): boolean {
  return !!sels?.some((s) => {
    try {
      return closest ? !!el.closest(s) || !!el.querySelector(s) : el.matches(s);
    } catch {
      return false;
    }
  });
}

/**
 * Milliseconds of main-thread work one pass may take before it leaves the rest to its next task.
 * A pass is normally a few milliseconds; the first one on a large page runs cold code (the offer
 * matcher is built, nothing is optimised yet) over every paragraph and can take ten times that.
 * Work is cut only between units (a paragraph, a text node, a seed, a round of probes), so one
 * task can run over by one unit.
 */
export const SLICE_MS = 20;

/** The running pass has had its time: what is left waits for the next task. */
export function overSlice(st: DetectorState): boolean {
  return performance.now() > st.deadline;
}

export function isHiddenByUs(st: DetectorState, el: Element): boolean {
  for (let n: Element | null = el; n; n = up(n)) if (st.hidden.has(n)) return true;
  return false;
}

/** The label the popup shows: the offer line when there is one, else a short selector. */
export function label(el: Element, offerLine?: string): string {
  if (offerLine) return `"${offerLine.length > 48 ? `${offerLine.slice(0, 47)}…` : offerLine}"`;
  const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/)[0] : '';
  return el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (cls ? `.${cls}` : '');
}
