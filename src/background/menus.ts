/**
 * The context menu ("Open in reader", "Hide this element") and the keyboard
 * command "toggle-site". `_execute_action` (open the reader) needs no code:
 * the browser opens the popup itself.
 */
import browser, { type Tabs } from '../shared/browser';
import { t } from '../shared/translate';
import { startPicker } from './picker-control';
import { toggleSite } from './site';

const MENU_OPEN_READER = 'open-reader';
const MENU_HIDE_ELEMENT = 'hide-element';
const WEB_PAGES = ['http://*/*', 'https://*/*'];

/** Menus persist across restarts; (re)create them when the extension is installed or updated. */
export function createMenus(): void {
  browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({
      id: MENU_OPEN_READER,
      title: t('menu_openReader'),
      contexts: ['page', 'selection', 'link', 'image'],
      documentUrlPatterns: WEB_PAGES,
    });
    browser.contextMenus.create({
      id: MENU_HIDE_ELEMENT,
      title: t('menu_hideElement'),
      contexts: ['page', 'selection', 'link', 'image', 'video', 'audio'],
      documentUrlPatterns: WEB_PAGES,
    });
  });
}

/** The full-tab reader for `tab`, opened next to it. */
export async function openReaderTab(tab: Tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  await browser.tabs.create({
    url: browser.runtime.getURL(`src/popup/index.html?tabId=${tab.id}`),
    index: tab.index + 1,
    openerTabId: tab.id,
  });
}

export function listenToMenusAndCommands(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (!tab || tab.id === undefined) return;
    if (info.menuItemId === MENU_OPEN_READER) void openReaderTab(tab);
    // The right-click only reaches the top frame's content script, which remembered its target.
    else if (info.menuItemId === MENU_HIDE_ELEMENT) void startPicker(tab.id, info.frameId === 0 || info.frameId === undefined);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-site') return;
    const run = async () => {
      const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (target?.id !== undefined) await toggleSite(target.id);
    };
    void run();
  });
}
