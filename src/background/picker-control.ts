/**
 * Starts the element picker on a tab and accepts its one result. See
 * picker-sessions.ts for why a content-script message alone cannot write a
 * rule.
 */
import browser, { type Runtime } from '../shared/browser';
import type { PickerWorld } from '../shared/injected';
import type { ChangeResult } from '../shared/protocol';
import { selectorError, siteKey } from '../shared/settings';
import { dropSession, startSession, takeSession } from './picker-sessions';
import { addHideSelector, tabHost } from './site';

/**
 * Call only after a user action in the extension's UI. `preselect` starts on
 * the element the user right-clicked (context menu), when the page told the
 * content script which one that was.
 */
export async function startPicker(tabId: number, preselect = false): Promise<ChangeResult> {
  const found = await tabHost(tabId);
  if ('reason' in found) return { ok: false, reason: found.reason };
  const session = await startSession(tabId, siteKey(found.host));
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: ['picker.js'] });
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [0] },
      func: (nonce: string, pre: boolean) => (globalThis as unknown as PickerWorld).__clearReadPicker?.start(nonce, pre),
      args: [session.nonce, preselect],
    });
  } catch (error) {
    await dropSession(tabId);
    return { ok: false, reason: 'failed', detail: String((error as Error)?.message ?? error) };
  }
  return { ok: true, host: session.host };
}

function refused(): ChangeResult {
  return { ok: false, reason: 'refused' };
}

/** The picker's choice: saved only for the live session of the sender's tab, on the same site. */
export async function acceptPickerResult(sender: Runtime.MessageSender, nonce: string, selector: string): Promise<ChangeResult> {
  const tabId = sender.tab?.id;
  const url = sender.tab?.url ?? sender.url;
  if (tabId === undefined || !url) return refused();
  const session = await takeSession(tabId, nonce);
  if (!session) return refused();
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return refused();
  }
  // The tab may have navigated to another site since the picker started.
  if (siteKey(host) !== session.host) return refused();
  // Shape and length everywhere; full CSS syntax where the background has a DOM (Firefox).
  if (selectorError(selector)) return refused();
  return addHideSelector(host, selector.trim());
}

export async function cancelPicker(sender: Runtime.MessageSender, nonce: string): Promise<void> {
  if (sender.tab?.id !== undefined) await takeSession(sender.tab.id, nonce);
}
