/**
 * Background entry: routes requests between extension pages and content
 * scripts. It trusts nothing: a message must come from this extension and
 * match the protocol's field table, or it is ignored.
 */
import browser, { type Runtime } from '../shared/browser';
import { backgroundRequests, isRequest, type Request } from '../shared/protocol';
import { loadSettings } from '../shared/settings-store';
import { showCount } from './badge';
import { readerFor } from './reader';
import { askTab } from './tabs';

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

/** A request from one of our own pages (popup, full-tab reader, options). */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !sender.tab?.url?.startsWith('http') && (sender.url ?? '').startsWith(extensionOrigin);
}

/** A notice from our content script in a tab's top frame. */
function fromContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && sender.frameId === 0;
}

async function handle(request: Request, sender: Runtime.MessageSender): Promise<unknown> {
  if (request.type === 'content/items-changed') {
    if (!fromContentScript(sender) || sender.tab?.id === undefined) return undefined;
    const { settings } = await loadSettings();
    await showCount(sender.tab.id, request.count, settings.badge);
    return undefined;
  }
  if (!fromExtensionPage(sender)) return undefined;
  switch (request.type) {
    case 'reader/get':
      return readerFor(request.tabId);
    case 'page/status':
      return (await askTab(request.tabId, { type: 'content/status' })) ?? null;
    case 'page/restore':
      return (await askTab(request.tabId, { type: 'content/restore' })) ?? null;
    case 'page/resume':
      return (await askTab(request.tabId, { type: 'content/resume' })) ?? null;
    default:
      return undefined;
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isRequest(message) || !(backgroundRequests as readonly string[]).includes(message.type)) return undefined;
  return handle(message, sender);
});
