/**
 * The popup's status feed: a port named for a tab gets that tab's status when
 * it opens and after every change the tab reports; a closed port gets nothing;
 * a port with any other name is refused.
 */
import { expect, test, vi } from 'vitest';
import { statusFeedName, statusFeedTab } from '../shared/protocol';

const statuses = vi.hoisted(() => new Map<number, unknown>());
vi.mock('./tabs', () => ({ askTab: async (tabId: number) => statuses.get(tabId) }));

const { openStatusFeed, publishStatus } = await import('./status-broadcast');

function port(name: string) {
  const posted: unknown[] = [];
  let onDisconnect = () => {};
  const p = {
    name,
    posted,
    disconnected: false,
    postMessage: (m: unknown) => posted.push(m),
    disconnect: () => {
      p.disconnected = true;
    },
    onDisconnect: { addListener: (fn: () => void) => (onDisconnect = fn) },
    close: () => onDisconnect(),
  };
  return p;
}
type FakePort = ReturnType<typeof port>;
const open = (p: FakePort) => openStatusFeed(p as unknown as Parameters<typeof openStatusFeed>[0]);
const flush = () => new Promise((r) => setTimeout(r, 0));

test('feed names carry one tab id and nothing else', () => {
  expect(statusFeedTab(statusFeedName(7))).toBe(7);
  for (const name of ['page/status-feed', 'page/status-feed:', 'page/status-feed:x', 'page/status-feed:1:2', 'page/status-feed:-1', 'other:7']) {
    expect(statusFeedTab(name), name).toBeUndefined();
  }
});

test('a feed gets the status on open and after each change of its own tab only', async () => {
  const page = { url: 'https://a.example/', enabled: true, paused: false, items: [] };
  statuses.set(7, page);
  const seven = port(statusFeedName(7));
  const eight = port(statusFeedName(8));
  open(seven);
  open(eight);
  await flush();
  expect(seven.posted).toEqual([page]);
  // No content script answers on tab 8.
  expect(eight.posted).toEqual([null]);
  const later = { ...page, paused: true };
  statuses.set(7, later);
  await publishStatus(7);
  expect(seven.posted).toEqual([page, later]);
  expect(eight.posted).toEqual([null]);
  seven.close();
  await publishStatus(7);
  expect(seven.posted).toHaveLength(2);
});

test('a port with another name is refused', () => {
  const stranger = port('something-else');
  open(stranger);
  expect(stranger.disconnected).toBe(true);
});
