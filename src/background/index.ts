/**
 * Background entry: routes requests between extension pages and content
 * scripts. It trusts nothing: a message must come from this extension and
 * match the protocol's field table, or it is ignored; a content script can
 * only report (badge count), hand back a picker result the background
 * asked for (see picker-sessions.ts), or ask for a language pack for itself
 * (see lang-packs.ts).
 */
import browser, { type Runtime } from '../shared/browser';
import { backgroundRequests, isRequest, type Request } from '../shared/protocol';
import { ruleFor, setTranslator } from '../shared/settings';
import { loadSettings } from '../shared/settings-store';
import { showCount } from './badge';
import { injectLangPack } from './lang-packs';
import { createMenus, listenToMenusAndCommands, openReaderTab } from './menus';
import { acceptPickerResult, cancelPicker, startPicker } from './picker';
import { dropSession } from './picker-sessions';
import { readerFor } from './reader';
import { setSiteEnabled } from './site';
import { askTab } from './tabs';

setTranslator((key, subs) => browser.i18n.getMessage(key, subs) || undefined);

const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

/** A request from one of our own pages (popup, full-tab reader, options). */
function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !sender.tab?.url?.startsWith('http') && (sender.url ?? '').startsWith(extensionOrigin);
}

/** A notice from our content script in a tab's top frame. */
function fromContentScript(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && typeof sender.tab?.id === 'number' && sender.frameId === 0 && !(sender.url ?? '').startsWith(extensionOrigin);
}

/** The page each tab last opened the reader for by itself: a page that reloads itself opens it once. */
const autoOpened = new Map<number, string>();

/** The popup where the browser allows it without a click (Chrome); else the full-tab reader. */
async function openReaderFor(sender: Runtime.MessageSender): Promise<void> {
  const tab = sender.tab;
  if (!tab?.url || tab.id === undefined || autoOpened.get(tab.id) === tab.url) return;
  const { settings } = await loadSettings();
  // The rule is re-read here: the page's word alone opens nothing.
  if (!ruleFor(settings, new URL(tab.url).hostname)?.rule.autoReader) return;
  autoOpened.set(tab.id, tab.url);
  try {
    await browser.action.openPopup({ windowId: tab.windowId });
  } catch {
    await openReaderTab(tab);
  }
}

async function handleContent(request: Request, sender: Runtime.MessageSender): Promise<unknown> {
  if (!fromContentScript(sender) || sender.tab?.id === undefined) return undefined;
  switch (request.type) {
    case 'content/items-changed': {
      const { settings } = await loadSettings();
      await showCount(sender.tab.id, request.count, settings.badge);
      return undefined;
    }
    case 'picker/result':
      return acceptPickerResult(sender, request.nonce, request.selector);
    case 'picker/cancel':
      await cancelPicker(sender, request.nonce);
      return undefined;
    case 'content/auto-reader':
      await openReaderFor(sender);
      return undefined;
    case 'content/need-lang':
      // fromContentScript: our content script in the tab's top frame; the pack goes to that frame only.
      return injectLangPack(sender.tab.id, sender.frameId ?? 0, request.lang);
    default:
      return undefined;
  }
}

const contentNotices: readonly string[] = ['content/items-changed', 'picker/result', 'picker/cancel', 'content/auto-reader', 'content/need-lang'];

async function handle(request: Request, sender: Runtime.MessageSender): Promise<unknown> {
  if (contentNotices.includes(request.type)) return handleContent(request, sender);
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
    case 'site/set-enabled':
      return setSiteEnabled(request.tabId, request.enabled);
    case 'picker/start':
      return startPicker(request.tabId);
    default:
      return undefined;
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isRequest(message) || !(backgroundRequests as readonly string[]).includes(message.type)) return undefined;
  return handle(message, sender);
});

browser.runtime.onInstalled.addListener(createMenus);
listenToMenusAndCommands();
browser.tabs.onRemoved.addListener((tabId) => {
  autoOpened.delete(tabId);
  void dropSession(tabId);
});
