/**
 * Builds the reader's answer for a tab: injects the extraction script on
 * demand (it is not part of the always-on content script) and runs it on the
 * page as the user sees it, after the content script's clean-up. The answer
 * carries reason codes; the reader says them in the user's language.
 */
import browser from '../shared/browser';
import type { ExtractResult, ExtractWorld } from '../shared/injected';
import type { PageStatus, ReaderResult } from '../shared/protocol';
import { isRestricted } from './restricted';
import { askTab } from './tabs';

const EXTRACT_TIMEOUT_MS = 15_000;

/** Rejects with `Timeout` after `ms`. */
class Timeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Timeout(`no answer in ${ms} ms`)), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error) => { clearTimeout(timer); reject(error); },
    );
  });
}

/** The extraction's answer, or undefined when the page did not give one. */
async function runExtraction(tabId: number): Promise<ExtractResult | undefined> {
  // injectImmediately: read the page as it is now, even while a slow
  // resource (an ad, a stalled request) keeps it from finishing its load.
  await browser.scripting.executeScript({ target: { tabId }, files: ['extract.js'], injectImmediately: true });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    injectImmediately: true,
    func: () => (globalThis as ExtractWorld).__clearReadExtract?.(),
  });
  // Structured clone from the page's world: the shape is checked before use.
  const result: unknown = injection?.result;
  return result && typeof result === 'object' && typeof (result as { ok?: unknown }).ok === 'boolean' ? (result as ExtractResult) : undefined;
}

export async function readerFor(tabId: number): Promise<ReaderResult> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { state: 'unavailable', reason: 'no-tab' };
  }
  if (isRestricted(url)) return { state: 'unavailable', reason: 'restricted' };

  // The content script's status and the extraction are asked at once: neither needs the
  // other, and waiting for the status first added a round trip to every popup open.
  const status = askTab(tabId, 'content/status', {});
  let result: ExtractResult | undefined;
  try {
    result = await withTimeout(runExtraction(tabId), EXTRACT_TIMEOUT_MS);
  } catch (error) {
    if (error instanceof Timeout) return { state: 'error', reason: 'timeout' };
    const text = String((error as Error)?.message ?? error);
    if (/cannot access|cannot be scripted|missing host permission|not allowed/i.test(text)) return { state: 'unavailable', reason: 'restricted' };
    return { state: 'error', reason: 'failed', detail: text };
  }
  if (!result) return { state: 'error', reason: 'no-answer' };
  const page = (await status) ?? undefined;
  if (result.ok) return { state: 'ready', article: result.article, page: page ?? emptyStatus(url) };
  if (result.reason === 'error') return { state: 'error', reason: 'failed', detail: result.detail };
  return { state: 'unavailable', reason: result.reason, page };
}

function emptyStatus(url = ''): PageStatus {
  return { url, enabled: false, paused: false, items: [] };
}
