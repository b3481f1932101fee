/**
 * Background entry: routes requests between extension pages and content
 * scripts. It trusts nothing: a message must come from this extension and
 * match the protocol's field table, or it is ignored; a content script can
 * only report (badge count), hand back a picker result the background
 * asked for (see picker-sessions.ts), or ask for a language pack or the full
 * detector for itself (see inject.ts).
 */
import browser, { type Runtime } from '../shared/browser';
import { type ContentNotices, type Handlers, toBackgroundFromContent, toBackgroundFromUi, type UiRequests } from '../shared/protocol';
import { ruleFor } from '../shared/settings';
import { loadSettings } from '../shared/settings-store';
import { showCount } from './badge';
import { injectDetector, injectLangPack } from './inject';
import { createMenus, listenToMenusAndCommands, openReaderTab } from './menus';
import { acceptPickerResult, cancelPicker, startPicker } from './picker-control';
import { dropSession } from './picker-sessions';
import { readerFor } from './reader';
import { setSiteEnabled } from './site';
import { openStatusFeed, publishStatus } from './status-broadcast';
import { askTab } from './tabs';

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

/** Who sent a content notice: our content script (or picker.js) in the top frame of tab `tabId`. */
interface FromTab {
  sender: Runtime.MessageSender;
  tabId: number;
}

/** What our content script and picker.js may say. */
const noticeHandlers: Handlers<ContentNotices, FromTab> = {
  'content/items-changed': async (request, { tabId }) => {
    const { settings } = await loadSettings();
    await showCount(tabId, request.count, settings.badge);
    void publishStatus(tabId);
    return undefined;
  },
  'picker/result': (request, { sender }) => acceptPickerResult(sender, request.nonce, request.selector),
  'picker/cancel': async (request, { sender }) => {
    await cancelPicker(sender, request.nonce);
    return undefined;
  },
  'content/auto-reader': async (_, { sender }) => {
    await openReaderFor(sender);
    return undefined;
  },
  // The pack goes to the sender's own frame only (the top frame, see fromContentScript).
  'content/need-lang': (request, { sender, tabId }) => injectLangPack(tabId, sender.frameId ?? 0, request.lang),
  // The sentinel saw evidence of clutter: the full detector and the page's packs, into that frame only.
  'content/need-detector': (request, { sender, tabId }) => injectDetector(tabId, sender.frameId ?? 0, request.langs),
};

/** What our own pages (popup, full-tab reader, options) may ask. */
const uiHandlers: Handlers<UiRequests> = {
  'reader/get': (request) => readerFor(request.tabId),
  'page/status': async (request) => (await askTab(request.tabId, 'content/status', {})) ?? null,
  'page/restore': async (request) => (await askTab(request.tabId, 'content/restore', {})) ?? null,
  'page/resume': async (request) => (await askTab(request.tabId, 'content/resume', {})) ?? null,
  'site/set-enabled': (request) => setSiteEnabled(request.tabId, request.enabled),
  'picker/start': (request) => startPicker(request.tabId),
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (toBackgroundFromContent.accepts(message)) {
    const tabId = sender.tab?.id;
    if (!fromContentScript(sender) || tabId === undefined) return undefined;
    return toBackgroundFromContent.dispatch(noticeHandlers, message, { sender, tabId });
  }
  if (toBackgroundFromUi.accepts(message)) return fromExtensionPage(sender) ? toBackgroundFromUi.dispatch(uiHandlers, message, undefined) : undefined;
  return undefined;
});

// The popup's live page status: only our own pages may subscribe.
browser.runtime.onConnect.addListener((port) => {
  if (port.sender && fromExtensionPage(port.sender)) openStatusFeed(port);
  else port.disconnect();
});

browser.runtime.onInstalled.addListener(createMenus);
listenToMenusAndCommands();
browser.tabs.onRemoved.addListener((tabId) => {
  autoOpened.delete(tabId);
  void dropSession(tabId);
});
