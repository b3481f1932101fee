/**
 * The typed message protocol between the extension's parts.
 *
 *   popup / options ──request──▶ background ──tabs.sendMessage──▶ content script
 *   content script ──notice──▶ background (badge count, picker result, language pack)
 *
 * Every message is `{ type, ...fields }`. `Requests` maps each type to what
 * it carries and what it answers. `isRequest` checks an untrusted value
 * against the field table before anyone acts on it: the background and the
 * content script call it on everything they receive.
 */
import type { Article, HiddenItem } from '../core/article';

/** What the reader gets for a tab. */
export type ReaderResult =
  | { state: 'ready'; article: Article; page: PageStatus }
  | { state: 'unavailable'; reason: UnavailableReason; message: string; page?: PageStatus }
  | { state: 'error'; message: string };

export type UnavailableReason = 'restricted' | 'no-article' | 'not-html' | 'no-tab' | 'too-large' | 'too-complex';

/** What the content script reports about its page. */
export interface PageStatus {
  url: string;
  /** Cleaning is on for this page (global switch and site rule). */
  enabled: boolean;
  /** Collapsing is paused on this page ("show hidden items"). */
  paused: boolean;
  items: HiddenItem[];
}

/** The answer to a request that changes stored settings. */
export type ChangeResult = { ok: true; host: string; enabled?: boolean } | { ok: false; message: string };

/** A request with no fields besides its type. */
type Empty = Record<never, never>;

export interface Requests {
  /** popup → background: the reader model of a tab. */
  'reader/get': { req: { tabId: number }; res: ReaderResult };
  /** popup → background → content: the page's status and hidden items. */
  'page/status': { req: { tabId: number }; res: PageStatus | null };
  /** popup → background → content: show the hidden items again (undo on this page). */
  'page/restore': { req: { tabId: number }; res: PageStatus | null };
  /** popup → background → content: collapse clutter again after a restore. */
  'page/resume': { req: { tabId: number }; res: PageStatus | null };
  /** background → content: the status of this page. */
  'content/status': { req: Empty; res: PageStatus };
  'content/restore': { req: Empty; res: PageStatus };
  'content/resume': { req: Empty; res: PageStatus };
  /** content → background: the hidden list changed (for the badge). */
  'content/items-changed': { req: { count: number }; res: undefined };
  /** popup → background: turn cleaning on or off for the tab's site (writes the host's rule). */
  'site/set-enabled': { req: { tabId: number; enabled: boolean }; res: ChangeResult };
  /** popup → background: start the element picker on a tab (the user pressed "Hide something else"). */
  'picker/start': { req: { tabId: number }; res: ChangeResult };
  /**
   * picker (content) → background: the element the user chose. Accepted only
   * with the one-time nonce of a session the background started for that tab.
   */
  'picker/result': { req: { nonce: string; selector: string }; res: ChangeResult };
  /** picker (content) → background: the user cancelled; the nonce is spent. */
  'picker/cancel': { req: { nonce: string }; res: undefined };
  /** content → background: this page's rule asks to open the reader (the background re-checks the rule). */
  'content/auto-reader': { req: Empty; res: undefined };
  /**
   * content (top frame) → background: inject the language pack `lang` (e.g. "de") into the
   * sender's frame. Answers once the pack has run; false when `lang` is not a built pack
   * (src/core/lang/packs.ts) or the injection failed.
   */
  'content/need-lang': { req: { lang: string }; res: boolean };
}

export type RequestType = keyof Requests;
export type Request<T extends RequestType = RequestType> = { [K in T]: { type: K } & Requests[K]['req'] }[T];
export type Response<T extends RequestType> = Requests[T]['res'];

type FieldKind = 'number' | 'string' | 'boolean';

/** The expected fields of each request: the validator's table. */
const fields: { [T in RequestType]: Record<keyof Requests[T]['req'], FieldKind> } = {
  'reader/get': { tabId: 'number' },
  'page/status': { tabId: 'number' },
  'page/restore': { tabId: 'number' },
  'page/resume': { tabId: 'number' },
  'content/status': {},
  'content/restore': {},
  'content/resume': {},
  'content/items-changed': { count: 'number' },
  'site/set-enabled': { tabId: 'number', enabled: 'boolean' },
  'picker/start': { tabId: 'number' },
  'picker/result': { nonce: 'string', selector: 'string' },
  'picker/cancel': { nonce: 'string' },
  'content/auto-reader': {},
  'content/need-lang': { lang: 'string' },
};

/** True when `value` is a well-formed request; anything else is ignored. */
export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const { type } = value as { type?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(fields, type)) return false;
  const expected = fields[type as RequestType] as Record<string, FieldKind>;
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
}

/** Which requests each part accepts. */
export const backgroundRequests = [
  'reader/get',
  'page/status',
  'page/restore',
  'page/resume',
  'content/items-changed',
  'site/set-enabled',
  'picker/start',
  'picker/result',
  'picker/cancel',
  'content/auto-reader',
  'content/need-lang',
] as const;
export const contentRequests = ['content/status', 'content/restore', 'content/resume'] as const;
