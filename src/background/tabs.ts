/** Sends a request to a tab's content script; undefined when none answers. */
import browser from '../shared/browser';
import type { contentRequests, Request, Response } from '../shared/protocol';

type ContentType = (typeof contentRequests)[number];

export async function askTab<T extends ContentType>(tabId: number, request: Request<T>): Promise<Response<T> | undefined> {
  try {
    return (await browser.tabs.sendMessage(tabId, request, { frameId: 0 })) as Response<T>;
  } catch {
    // No content script there (restricted page, or a tab opened before install).
    return undefined;
  }
}
