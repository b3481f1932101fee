/**
 * Builds the reader's answer for a tab: injects the extraction script on
 * demand (it is not part of the always-on content script) and runs it on the
 * page as the user sees it, after the content script's clean-up.
 */
import type { Article } from '../core/article';
import browser from '../shared/browser';
import type { PageStatus, ReaderResult } from '../shared/protocol';
import { restrictedReason } from './restricted';
import { askTab } from './tabs';

type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: 'no-article' | 'not-html' | 'too-large' | 'too-complex' | 'error'; message: string };

const EXTRACT_TIMEOUT_MS = 15_000;

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error) => { clearTimeout(timer); reject(error); },
    );
  });
}

async function runExtraction(tabId: number): Promise<ExtractResult> {
  // injectImmediately: read the page as it is now, even while a slow
  // resource (an ad, a stalled request) keeps it from finishing its load.
  await browser.scripting.executeScript({ target: { tabId }, files: ['extract.js'], injectImmediately: true });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    injectImmediately: true,
    func: () => (globalThis as unknown as { __clearReadExtract?: () => unknown }).__clearReadExtract?.(),
  });
  const result = injection?.result as ExtractResult | undefined;
  if (!result || typeof result !== 'object') return { ok: false, reason: 'error', message: 'The page did not answer.' };
  return result;
}

export async function readerFor(tabId: number): Promise<ReaderResult> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { state: 'unavailable', reason: 'no-tab', message: 'That tab is closed.' };
  }
  const restricted = restrictedReason(url);
  if (restricted) return { state: 'unavailable', reason: 'restricted', message: restricted };

  // The content script's status and the extraction are asked at once: neither needs the
  // other, and waiting for the status first added a round trip to every popup open.
  const status = askTab(tabId, { type: 'content/status' });
  let result: ExtractResult;
  try {
    result = await withTimeout(runExtraction(tabId), EXTRACT_TIMEOUT_MS, 'The page took too long to answer.');
  } catch (error) {
    const text = String((error as Error)?.message ?? error);
    if (/cannot access|cannot be scripted|missing host permission|not allowed/i.test(text)) {
      return { state: 'unavailable', reason: 'restricted', message: 'The browser does not let extensions read this page.' };
    }
    return { state: 'error', message: `Clear Read could not read this page: ${text}` };
  }
  const page = (await status) ?? undefined;
  if (result.ok) return { state: 'ready', article: result.article, page: page ?? emptyStatus(url) };
  if (result.reason === 'error') return { state: 'error', message: result.message };
  return { state: 'unavailable', reason: result.reason, message: result.message, page };
}

function emptyStatus(url = ''): PageStatus {
  return { url, enabled: false, paused: false, items: [] };
}
