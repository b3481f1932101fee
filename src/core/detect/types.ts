import type { Guard } from './guard.ts';
import type { TextStats } from './candidate-lines.ts';

/** What the page looks like right now; shared by all candidates of a pass. */
export interface PageContext {
  vw: number;
  vh: number;
  guard: Guard;
  /** html/body scroll lock found (reasons), empty when the page scrolls. */
  lock: string[];
  /** An overlay (modal, bar) was collapsed on this page: backdrops pair with it. */
  overlayHidden: boolean;
  /** performance.now() of the last user click/key: what appears right after is user-opened. */
  lastInput: number;
}

/** One element judged by the scorer. */
export interface Candidate {
  /** The light-DOM element that would be collapsed. */
  el: Element;
  /** The element whose box and style describe the layer (may sit in a shadow root). */
  layer: Element;
  kind: 'layer' | 'inline';
  style: CSSStyleDeclaration;
  rect: DOMRect;
  text: TextStats;
  /** Found under the viewport centre probe. */
  atCentre: boolean;
  ctx: PageContext;
}

/**
 * Every id a signal can report. The scorer decides by these ids (never by the reason text the
 * user sees), so renaming or rewording a reason cannot change a verdict, and an id the scorer
 * names but no signal reports is a type error.
 */
export type SignalId =
  // positioning.ts
  | 'fixed' | 'sticky' | 'absolute-sheet'
  // geometry.ts
  | 'covers-viewport' | 'dialog-box' | 'edge-bar' | 'slim-bar' | 'corner-toast'
  // stacking.ts
  | 'raised' | 'topmost' | 'blocks-centre' | 'backdrop'
  // text.ts
  | 'offer-text'
  // vendor.ts
  | 'vendor'
  // frame.ts
  | 'frame-body'
  // consent.ts
  | 'consent'
  // structure.ts
  | 'navigation' | 'media-player' | 'comments' | 'search' | 'signup-form'
  // page.ts
  | 'page-locked' | 'user-opened' | 'near-article' | 'fade-gate'
  // blocking.ts
  | 'dimmed-sheet' | 'price-on-blocker' | 'blocking-shape'
  // covers-article.ts
  | 'covers-article' | 'fade-over-article'
  // plan-panel.ts
  | 'plan-panel'
  // price.ts
  | 'subscription-price'
  // dismiss.ts
  | 'dismissable'
  // beside-content.ts
  | 'beside-content';

/**
 * Signals report through this: an id, points, whether the points are evidence (see scorer.ts)
 * and an optional detail shown after the id in the user's reason (`offer-text(meter:en)`).
 */
export type Add = (id: SignalId, points: number, evidence?: boolean, detail?: string) => void;
export type Signal = (c: Candidate, add: Add) => void;
