import type { Guard } from './guard.ts';
import type { TextStats } from './text.ts';

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

/** Signals report through this: a name (shown to the user as a reason) and points. */
export type Add = (reason: string, points: number, evidence?: boolean) => void;
export type Signal = (c: Candidate, add: Add) => void;
