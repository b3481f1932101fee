/**
 * The popup's one subscription to its tab's page status: a port to the
 * background (STATUS_FEED in shared/protocol.ts), which posts the status when
 * the port opens and whenever the page's hidden list or cleaning state
 * changes. Replaces polling: a change made here (site switch, undo) or on the
 * page (clutter collapsed late) arrives the same way.
 */
import { ext } from '../shared/ext';
import { type PageStatus, statusFeedName } from '../shared/protocol';

/** Chrome may stop the background while the popup is open; the feed reconnects a few times. */
const RECONNECTS = 5;
const RECONNECT_MS = 500;

/** A status with the shape the reader renders, else null. */
export function checkStatus(value: unknown): PageStatus | null {
  const v = value as PageStatus | null | undefined;
  return v && typeof v === 'object' && typeof v.url === 'string' && Array.isArray(v.items) ? v : null;
}

/** Calls `onStatus` with each status of tab `tabId` the background posts; returns the unsubscribe. */
export function watchPageStatus(tabId: number, onStatus: (status: PageStatus) => void): () => void {
  let closed = false;
  let left = RECONNECTS;
  let port: ReturnType<typeof ext.runtime.connect> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const open = () => {
    port = ext.runtime.connect({ name: statusFeedName(tabId) });
    port.onMessage.addListener((message: unknown) => {
      const status = checkStatus(message);
      if (status) onStatus(status);
    });
    port.onDisconnect.addListener(() => {
      if (!closed && left-- > 0) timer = setTimeout(open, RECONNECT_MS);
    });
  };
  open();
  return () => {
    closed = true;
    clearTimeout(timer);
    port?.disconnect();
  };
}
