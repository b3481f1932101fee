/**
 * One-time picker sessions. A content-script message can never change the
 * stored rules by itself: the background starts a session for one tab after
 * a user action in the extension's own UI (popup button, context menu,
 * keyboard command), hands the picker a random nonce through
 * scripting.executeScript (never through the page), and accepts exactly one
 * result carrying that nonce, from that tab, on the same site, before the
 * session expires.
 *
 * Sessions live in storage.session, not in a variable: Chrome may stop the
 * service worker while the user is still choosing an element. That area is
 * closed to content scripts (Chrome's default access level; Firefox does not
 * expose it to them at all).
 */
import browser from '../shared/browser';

const KEY = 'pickerSessions';
/** A picker left open longer than this is stale; its result is refused. */
export const SESSION_MS = 10 * 60_000;

export interface PickerSession {
  nonce: string;
  /** The site (rule key) the session was started for. */
  host: string;
  started: number;
}

type Sessions = Record<string, PickerSession>;

async function read(): Promise<Sessions> {
  const stored = (await browser.storage.session.get(KEY))[KEY];
  return stored && typeof stored === 'object' ? (stored as Sessions) : {};
}

function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Starts (or restarts) the session for `tabId`; an older session's nonce stops working. */
export async function startSession(tabId: number, host: string, now = Date.now()): Promise<PickerSession> {
  const sessions = await read();
  const session = { nonce: newNonce(), host, started: now };
  sessions[tabId] = session;
  await browser.storage.session.set({ [KEY]: sessions });
  return session;
}

/**
 * Spends the session of `tabId` when `nonce` is its nonce: returns it once,
 * then never again. A wrong nonce leaves a live session alone (a page cannot
 * cancel the user's picker by guessing).
 */
export async function takeSession(tabId: number, nonce: string, now = Date.now()): Promise<PickerSession | undefined> {
  const sessions = await read();
  const session = sessions[tabId];
  if (!session || session.nonce !== nonce) return undefined;
  delete sessions[tabId];
  await browser.storage.session.set({ [KEY]: sessions });
  return now - session.started <= SESSION_MS ? session : undefined;
}

/** Forgets the session of a closed tab. */
export async function dropSession(tabId: number): Promise<void> {
  const sessions = await read();
  if (!(tabId in sessions)) return;
  delete sessions[tabId];
  await browser.storage.session.set({ [KEY]: sessions });
}
