/**
 * Asks the background for the reader model of a tab, with a deadline: the
 * popup must never spin forever, so a late or malformed answer becomes an
 * `error` the user can retry.
 */
import browser from '../shared/browser';
import type { PageStatus, ReaderResult } from '../shared/protocol';
import { t } from './i18n';
import { checkResult } from './reader-result';

/** The background's own extraction deadline is 15 s; this covers injection and messaging on top. */
export const READER_TIMEOUT_MS = 25_000;

export async function requestReader(tabId: number, timeoutMs = READER_TIMEOUT_MS): Promise<ReaderResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<ReaderResult>((resolve) => {
    timer = setTimeout(() => resolve({ state: 'error', message: t('reader_error_timeout') }), timeoutMs);
  });
  const answer = browser.runtime
    .sendMessage({ type: 'reader/get', tabId })
    .then((value): ReaderResult => checkResult(value) ?? { state: 'error', message: t('reader_error_no_answer') })
    .catch((error: unknown): ReaderResult => ({ state: 'error', message: t('reader_error_with_detail', String((error as Error)?.message ?? error)) }));
  try {
    return await Promise.race([answer, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** page/restore or page/resume for a tab, through the background. */
export async function togglePage(tabId: number, action: 'restore' | 'resume'): Promise<PageStatus | null> {
  const answer = await browser.runtime.sendMessage({ type: action === 'restore' ? 'page/restore' : 'page/resume', tabId });
  return answer && typeof answer === 'object' && Array.isArray((answer as PageStatus).items) ? (answer as PageStatus) : null;
}

/** The content script's status of a tab (page/status), or null when it does not answer. */
export async function pageStatus(tabId: number): Promise<PageStatus | null> {
  const answer = await browser.runtime.sendMessage({ type: 'page/status', tabId });
  return answer && typeof answer === 'object' && Array.isArray((answer as PageStatus).items) ? (answer as PageStatus) : null;
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
