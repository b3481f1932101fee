/**
 * The typed message protocol between the extension's contexts, one request
 * map per direction:
 *
 *   page UI (popup, full-tab reader, options) ──uiRequests──▶ background
 *   background ──contentRequests──▶ content script (tab's top frame)
 *   content script (and picker.js) ──contentNotices──▶ background
 *
 * Every message is `{ type, ...fields }`. Each map entry names the fields a
 * request carries (their kinds are the validator's table) and the type of
 * its answer; the TypeScript request and response types, the list of types
 * each receiver accepts, the validator and the typed `send` of the
 * direction are all derived from that one entry. Adding a message is one
 * entry in one map (and its handler, which the compiler then asks for).
 *
 * Every answer crosses as data: reason codes, never sentences (the UI
 * translates them, see i18n-ui.ts). Message type strings are part of the
 * extension's outside contract (e2e tests send them), so they do not change.
 */
import type { Article, HiddenItem } from '../core/article';
import { ext } from './ext';

// ---------------------------------------------------------------------------
// What crosses

export const UNAVAILABLE_REASONS = ['restricted', 'no-article', 'not-html', 'no-tab', 'too-large', 'too-complex'] as const;
/** Why a tab has no article to show (the reader explains each one). */
export type UnavailableReason = (typeof UNAVAILABLE_REASONS)[number];

export const READER_ERRORS = ['failed', 'timeout', 'no-answer'] as const;
/**
 * Why the reader failed: the extraction threw or the page refused
 * (`failed`, with the browser's or the exception's own text as `detail`), the
 * page took too long (`timeout`), the answer was missing or malformed (`no-answer`).
 */
export type ReaderError = (typeof READER_ERRORS)[number];

/** What the reader gets for a tab. */
export type ReaderResult =
  | { state: 'ready'; article: Article; page: PageStatus }
  | { state: 'unavailable'; reason: UnavailableReason; page?: PageStatus }
  | { state: 'error'; reason: ReaderError; detail?: string };

/** What the content script reports about its page. */
export interface PageStatus {
  url: string;
  /** Cleaning is on for this page (global switch and site rule). */
  enabled: boolean;
  /** Collapsing is paused on this page ("show hidden items"). */
  paused: boolean;
  items: HiddenItem[];
}

/**
 * Why a settings change from the browser UI was not made: the tab is closed
 * (`no-tab`) or not a web page (`restricted`), the background did not start
 * this picker (`refused`), the site has MAX_SELECTORS already (`full`), the
 * storage is full (`store-quota`) or failed (`store-failed`, with `detail`),
 * the browser refused to start the picker (`failed`, with `detail`).
 */
export type ChangeError = 'no-tab' | 'restricted' | 'refused' | 'full' | 'store-quota' | 'store-failed' | 'failed';

/** The answer to a request that changes stored settings. */
export type ChangeResult = { ok: true; host: string; enabled?: boolean } | { ok: false; reason: ChangeError; detail?: string };

// ---------------------------------------------------------------------------
// How a map entry is written

type FieldKind = 'number' | 'string' | 'boolean';
type FieldKinds = Record<string, FieldKind>;
type KindType<K extends FieldKind> = K extends 'number' ? number : K extends 'string' ? string : boolean;

/** One request: its fields' kinds (checked at run time) and its answer's type (checked by the compiler). */
export interface Spec<F extends FieldKinds, R> {
  readonly fields: F;
  /** Never set: carries the answer's type. */
  readonly answer?: R;
}

/** A map entry: `takes({ tabId: 'number' }).answers<PageStatus>()`. */
function takes<const F extends FieldKinds>(fields: F) {
  return { answers: <R = undefined>(): Spec<F, R> => ({ fields }) };
}

type Specs = Record<string, Spec<FieldKinds, unknown>>;
type FieldsOf<S> = S extends Spec<infer F, unknown> ? { [N in keyof F]: KindType<F[N]> } : never;

/** The request `{ type, ...fields }` of type `T` in the map `M` (any type of the map when `T` is left out). */
export type RequestOf<M extends Specs, T extends keyof M = keyof M> = { [K in T]: { type: K } & FieldsOf<M[K]> }[T];
/** The answer to request `T` of the map `M`. */
export type ResponseOf<M extends Specs, T extends keyof M> = M[T] extends Spec<FieldKinds, infer R> ? R : never;
/** The fields of request `T` without its type. */
export type FieldsFor<M extends Specs, T extends keyof M> = FieldsOf<M[T]>;

// ---------------------------------------------------------------------------
// The three maps (the two that content.js does not read are built in a pure function call, so
// that the bundler leaves them out of the always-on script)

/** page UI → background. The background takes the host from the browser's record of the tab, never from a message. */
export const uiRequests = /* @__PURE__ */ (() => ({
  /** The reader model of a tab. */
  'reader/get': takes({ tabId: 'number' }).answers<ReaderResult>(),
  /** The page's status and hidden items (asked of the tab's content script); null when none answers. */
  'page/status': takes({ tabId: 'number' }).answers<PageStatus | null>(),
  /** Show the hidden items again (undo on this page). */
  'page/restore': takes({ tabId: 'number' }).answers<PageStatus | null>(),
  /** Collapse clutter again after a restore. */
  'page/resume': takes({ tabId: 'number' }).answers<PageStatus | null>(),
  /** Turn cleaning on or off for the tab's site (writes the host's rule). */
  'site/set-enabled': takes({ tabId: 'number', enabled: 'boolean' }).answers<ChangeResult>(),
  /** Start the element picker on a tab (the user pressed "Hide something else"). */
  'picker/start': takes({ tabId: 'number' }).answers<ChangeResult>(),
}))();

/** background → content script in a tab's top frame. */
export const contentRequests = {
  /** The status of this page. */
  'content/status': takes({}).answers<PageStatus>(),
  /** Show the hidden items again. */
  'content/restore': takes({}).answers<PageStatus>(),
  /** Collapse clutter again. */
  'content/resume': takes({}).answers<PageStatus>(),
};

/** content script (top frame) and picker.js → background. */
export const contentNotices = /* @__PURE__ */ (() => ({
  /** The hidden list changed (for the badge). */
  'content/items-changed': takes({ count: 'number' }).answers(),
  /** This page's rule asks to open the reader (the background re-checks the rule). */
  'content/auto-reader': takes({}).answers(),
  /**
   * Inject the language pack `lang` (e.g. "de") into the sender's frame. Answers once the pack
   * has run; false when `lang` is not a built pack (src/core/lang/packs.ts) or the injection failed.
   */
  'content/need-lang': takes({ lang: 'string' }).answers<boolean>(),
  /**
   * The sentinel saw evidence of clutter (or the site has rules): inject detector.js into the
   * sender's frame together with the language packs `langs` names (comma-separated; names that
   * are not built packs are skipped), in one injection. Answers once they ran; false when the
   * injection failed.
   */
  'content/need-detector': takes({ langs: 'string' }).answers<boolean>(),
  /**
   * The element the user chose in the picker. Accepted only with the one-time nonce of a session
   * the background started for that tab (background/picker-sessions.ts).
   */
  'picker/result': takes({ nonce: 'string', selector: 'string' }).answers<ChangeResult>(),
  /** The user cancelled the picker; the nonce is spent. */
  'picker/cancel': takes({ nonce: 'string' }).answers(),
}))();

/**
 * background → page UI: the live status of one tab, over a `runtime.Port` the
 * UI opens with the name `statusFeedName(tabId)`. The background posts the
 * tab's `PageStatus` (null when no content script answers) when the port
 * opens and again whenever that tab's content script reports a change
 * (`content/items-changed`), so the popup follows the page without polling.
 */
export const STATUS_FEED = 'page/status-feed';
export type StatusFeedMessage = PageStatus | null;

export function statusFeedName(tabId: number): string {
  return `${STATUS_FEED}:${tabId}`;
}

/** The tab a status feed port is for, or undefined when `name` is not one. */
export function statusFeedTab(name: string): number | undefined {
  const [feed, id, ...rest] = name.split(':');
  const tabId = Number(id);
  return feed === STATUS_FEED && rest.length === 0 && id !== '' && Number.isInteger(tabId) && tabId >= 0 ? tabId : undefined;
}

export type UiRequests = typeof uiRequests;
export type ContentRequests = typeof contentRequests;
export type ContentNotices = typeof contentNotices;

// ---------------------------------------------------------------------------
// Derived: accepted types, validators, senders

export interface Channel<M extends Specs> {
  /** The request types this direction carries. */
  readonly types: ReadonlyArray<keyof M & string>;
  /** True when `value` is a well-formed request of this direction; a receiver ignores anything else. */
  accepts(value: unknown): value is RequestOf<M>;
  /** Runs the handler of `request`'s type (a receiver's table has one handler per type). */
  dispatch<C>(handlers: Handlers<M, C>, request: RequestOf<M>, context: C): Promise<unknown>;
}

/**
 * A receiver's handlers: one per request type of the map, each answering with
 * that request's response type.
 */
export type Handlers<M extends Specs, Context = void> = {
  [T in keyof M & string]: (request: RequestOf<M, T>, context: Context) => ResponseOf<M, T> | Promise<ResponseOf<M, T>>;
};

function channel<M extends Specs>(map: M): Channel<M> {
  const types = Object.keys(map) as Array<keyof M & string>;
  return {
    types,
    accepts(value: unknown): value is RequestOf<M> {
      if (typeof value !== 'object' || value === null) return false;
      const { type } = value as { type?: unknown };
      if (typeof type !== 'string' || !Object.hasOwn(map, type)) return false;
      const expected: FieldKinds = (map[type] as Spec<FieldKinds, unknown>).fields;
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        if (key !== 'type' && !Object.hasOwn(expected, key)) return false;
      }
      for (const [key, kind] of Object.entries(expected)) {
        const field = record[key];
        if (typeof field !== kind) return false;
        if (kind === 'number' && !Number.isFinite(field)) return false;
      }
      return true;
    },
    dispatch(handlers, request, context) {
      const handler = handlers[request.type as keyof M & string] as (request: RequestOf<M>, context: unknown) => unknown;
      return Promise.resolve(handler(request, context));
    },
  };
}

// Pure: a script keeps only the channels it uses (content.js, on every page, stays small).
export const toBackgroundFromUi = /* @__PURE__ */ channel(uiRequests);
export const toContent = /* @__PURE__ */ channel(contentRequests);
export const toBackgroundFromContent = /* @__PURE__ */ channel(contentNotices);

/** The typed `send` of one direction, given how a message travels. */
export type Send<M extends Specs> = <T extends keyof M & string>(type: T, fields: FieldsFor<M, T>) => Promise<ResponseOf<M, T>>;

function sender<M extends Specs>(post: (message: object) => Promise<unknown>): Send<M> {
  // The one place an answer gets its type: the receiver's handler table is typed by the same map.
  return (type, fields) => post({ ...fields, type }) as Promise<never>;
}

/** page UI → background. */
export const sendToBackground: Send<UiRequests> = /* @__PURE__ */ sender((message) => ext.runtime.sendMessage(message));

/** content script → background. */
export const notifyBackground: Send<ContentNotices> = /* @__PURE__ */ sender((message) => ext.runtime.sendMessage(message));

/** background → the content script of tab `tabId` (top frame); rejects when none listens. */
export function sendToTab(tabId: number): Send<ContentRequests> {
  return sender((message) => ext.tabs.sendMessage(tabId, message, { frameId: 0 }));
}
