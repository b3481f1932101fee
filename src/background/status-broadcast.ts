/**
 * The popup's live page status (see STATUS_FEED in shared/protocol.ts): the
 * ports our pages opened, per tab, and the status each is sent when the port
 * opens and whenever the tab's content script reports a change.
 */
import type { Runtime } from '../shared/browser';
import { type StatusFeedMessage, statusFeedTab } from '../shared/protocol';
import { askTab } from './tabs';

const feeds = new Map<number, Set<Runtime.Port>>();

async function send(tabId: number, ports: Iterable<Runtime.Port>): Promise<void> {
  const status: StatusFeedMessage = (await askTab(tabId, 'content/status', {})) ?? null;
  for (const port of ports) {
    try {
      port.postMessage(status);
    } catch {
      // The popup closed meanwhile; onDisconnect drops the port.
    }
  }
}

/** Takes a port one of our pages opened (the caller checked the sender); refuses any other name. */
export function openStatusFeed(port: Runtime.Port): void {
  const tabId = statusFeedTab(port.name);
  if (tabId === undefined) {
    port.disconnect();
    return;
  }
  const ports = feeds.get(tabId) ?? new Set<Runtime.Port>();
  feeds.set(tabId, ports);
  ports.add(port);
  port.onDisconnect.addListener(() => {
    ports.delete(port);
    if (ports.size === 0 && feeds.get(tabId) === ports) feeds.delete(tabId);
  });
  void send(tabId, [port]);
}

/** The content script of `tabId` reported a change: every feed of that tab gets the new status. */
export async function publishStatus(tabId: number): Promise<void> {
  const ports = feeds.get(tabId);
  if (ports?.size) await send(tabId, [...ports]);
}
