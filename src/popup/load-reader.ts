/**
 * Asks the background for the reader model of a tab, with a deadline: the
 * popup must never spin forever, so a late or malformed answer becomes an
 * `error` the user can retry.
 */
import browser from '../shared/browser';
import { type ReaderResult, sendToBackground } from '../shared/protocol';
import { checkResult } from './reader-result';

/** The background's own extraction deadline is 15 s; this covers injection and messaging on top. */
export const READER_TIMEOUT_MS = 25_000;

export async function requestReader(tabId: number, timeoutMs = READER_TIMEOUT_MS): Promise<ReaderResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<ReaderResult>((resolve) => {
    timer = setTimeout(() => resolve({ state: 'error', reason: 'timeout' }), timeoutMs);
  });
  const answer = sendToBackground('reader/get', { tabId })
    // The answer crossed a context boundary: its shape is checked before the reader renders it.
    .then((value): ReaderResult => checkResult(value) ?? { state: 'error', reason: 'no-answer' })
    .catch((error: unknown): ReaderResult => ({ state: 'error', reason: 'failed', detail: String((error as Error)?.message ?? error) }));
  try {
    return await Promise.race([answer, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The tab's address when the extension may see it (web pages only), else undefined. */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/** True when this page is a full browser tab rather than the toolbar popup. */
export async function inFullTab(): Promise<boolean> {
  try {
    return Boolean(await browser.tabs.getCurrent());
  } catch {
    return false;
  }
}

/** Opens this reader for `tabId` in a new tab. */
export async function openInTab(tabId: number): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`src/popup/index.html?tabId=${tabId}`) });
}
