/**
 * The WebExtension API without the polyfill, for code that runs in every
 * page (content script) and must stay small. Firefox has `browser`; Chrome's
 * Manifest V3 `chrome` returns promises for the calls used through this
 * object (storage, runtime.sendMessage). Message listeners use the callback
 * form (`sendResponse` + `return true`), which both browsers support.
 */
import type { Browser } from 'webextension-polyfill';

const g = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const ext: Browser = (g.browser ?? g.chrome) as Browser;

type Responder = (message: unknown, sender: { id?: string; tab?: unknown; url?: string }) => Promise<unknown> | undefined;

/** Adds a message listener that answers with the promise `respond` returns. */
export function onMessage(respond: Responder): void {
  (ext.runtime.onMessage.addListener as unknown as (
    listener: (message: unknown, sender: { id?: string }, sendResponse: (value: unknown) => void) => boolean,
  ) => void)((message, sender, sendResponse) => {
    const answer = respond(message, sender);
    if (!answer) return false;
    answer.then(sendResponse, (error: unknown) => sendResponse({ error: String(error) }));
    return true;
  });
}
