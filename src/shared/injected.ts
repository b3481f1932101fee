/**
 * The contracts of the scripts the background injects into a tab's extension
 * world (Chrome's ISOLATED world, Firefox's content-script sandbox), declared
 * once for both sides. Page scripts live in another world and see none of it.
 *
 *   extract.js   defines `__clearReadExtract()`; the background calls it (background/reader.ts)
 *   picker.js    defines `__clearReadPicker`; the background starts it (background/picker.ts)
 *   content.js   keeps the right-clicked element as `__clearReadContextTarget` for picker.js
 *   detector.js  publishes `DetectorModule` under Symbol.for(DETECTOR_KEY); content.js starts it
 *   lang/<xx>.js hands its table to the hook detector.js keeps under Symbol.for(LANG_PACK_HOOK)
 *   detector.js  publishes its warm offer matcher under Symbol.for(LANG_SHARE_KEY) for extract.js
 *
 * Functions passed to `scripting.executeScript({ func })` are serialized, so
 * they name the globals literally and use these declarations as types only.
 */
import type { Article } from '../core/article';
import type { Detector, DetectorOptions } from '../core/detect/index';
import type { PruneReport } from '../core/extract/prune';
import type { OfferJudge } from '../core/lang/api';

// ---------------------------------------------------------------------------
// extract.js

/** Why extraction gave no article. `error`: it threw (the exception's text is `detail`). */
export type ExtractFailure = 'no-article' | 'not-html' | 'too-large' | 'too-complex' | 'error';

/** Timings and counters (plain data; the popup can ignore them). */
export interface ExtractStats {
  ms: { total: number; clone: number; readability: number; prune: number; model: number; partial: number };
  elements: number;
  hiddenElements: number;
  pruned: Omit<PruneReport, 'gateText'>;
  notes: string[];
}

/**
 * What `__clearReadExtract()` returns (structured-clone-safe). `detail` is
 * data for a log (the content type, the counts over a limit, an exception's
 * text), never a sentence for the user: the reader explains `reason`.
 */
export type ExtractResult = { ok: true; article: Article; stats: ExtractStats } | { ok: false; reason: ExtractFailure; detail?: string };

/** The global extract.js defines. */
export interface ExtractWorld {
  __clearReadExtract?: () => ExtractResult;
}

// ---------------------------------------------------------------------------
// picker.js and the context-menu target

/** The global picker.js defines, and the element content.js remembers on right-click. */
export interface PickerWorld {
  __clearReadPicker?: {
    /** Starts a picker with the session's one-time nonce; `preselect` starts on the right-clicked element. */
    start(nonce: string, preselect: boolean): void;
    stop(): void;
  };
  /** Set by the content script on every right-click ("Hide this element" starts on it). */
  __clearReadContextTarget?: Element;
}

// ---------------------------------------------------------------------------
// detector.js

/**
 * The `Symbol.for` key under which detector.js publishes its module. The background
 * injects detector.js (src/background/inject.ts) when content.js's sentinel saw
 * evidence of clutter or the site has rules; it stays for the page.
 */
export const DETECTOR_KEY = 'clearRead.detector';

/** What detector.js publishes for content.js. */
export interface DetectorModule {
  /** Waits (bounded) for the page's language packs, then starts the detector on `doc`. */
  start(doc: Document, opts: DetectorOptions): Promise<Detector>;
}

// ---------------------------------------------------------------------------
// Language packs and the shared matcher

/** The `Symbol.for` key of the function language packs call with their table. */
export const LANG_PACK_HOOK = 'clearRead.langPack';

/** The hook detector.js installs; a pack calls it with its table (checked there: it is untrusted data). */
export type LangPackHook = (table: unknown) => void;

/** The `Symbol.for` key under which detector.js publishes its offer matcher. */
export const LANG_SHARE_KEY = 'clearRead.langShare';

/** What detector.js publishes for extract.js. */
export interface LangShare extends OfferJudge {
  /** Languages its matcher has now (it grows as language packs arrive). */
  activeLangs(): string[];
}
