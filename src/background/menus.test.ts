/**
 * The background's rule writers and browser-UI entry points (keyboard
 * command, context menu) against a stand-in browser: the host always comes
 * from the tab, a new subdomain rule starts from its parent's, and the picker
 * is started only for the tab the user acted on.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const local: Record<string, unknown> = {};
const session: Record<string, unknown> = {};
const tabs: Record<number, { id: number; url: string; index: number }> = {};
const injected: Array<{ tabId: number; files?: string[]; args?: unknown[] }> = [];
const created: Array<{ url: string }> = [];
let onCommand: (command: string, tab?: { id?: number }) => void = () => {};
let onClicked: (info: { menuItemId: string; frameId?: number }, tab?: { id?: number; index: number }) => void = () => {};

const area = (store: Record<string, unknown>) => ({
  get: async (key: string) => (key in store ? { [key]: structuredClone(store[key]) } : {}),
  set: async (items: Record<string, unknown>) => Object.assign(store, structuredClone(items)),
});

vi.mock('../shared/browser', () => ({
  default: {
    storage: { session: area(session) },
    tabs: {
      get: async (id: number) => {
        if (!tabs[id]) throw new Error('No tab');
        return tabs[id];
      },
      query: async () => Object.values(tabs).slice(0, 1),
      create: async (props: { url: string }) => created.push(props),
    },
    i18n: { getMessage: () => '' },
    runtime: { getURL: (path: string) => `chrome-extension://id/${path}` },
    scripting: {
      executeScript: async (details: { target: { tabId: number }; files?: string[]; args?: unknown[] }) => {
        injected.push({ tabId: details.target.tabId, files: details.files, args: details.args });
        return [{ result: undefined }];
      },
    },
    contextMenus: { onClicked: { addListener: (fn: typeof onClicked) => (onClicked = fn) } },
    commands: { onCommand: { addListener: (fn: typeof onCommand) => (onCommand = fn) } },
  },
}));
// settings-store reads storage.local through the polyfill-free `ext`.
vi.mock('../shared/ext', () => ({ ext: { storage: { local: area(local) } } }));

const { addHideSelector, setSiteEnabled, toggleSite } = await import('./site');
const { listenToMenusAndCommands } = await import('./menus');
listenToMenusAndCommands();

const sites = () => (local.settings as { sites: Record<string, { enabled: boolean; hide: string[] }> } | undefined)?.sites ?? {};
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  for (const store of [local, session, tabs]) for (const key of Object.keys(store)) delete (store as Record<string, unknown>)[key];
  injected.length = 0;
  created.length = 0;
  tabs[1] = { id: 1, url: 'https://news.example.com/story', index: 0 };
  tabs[2] = { id: 2, url: 'chrome://settings', index: 1 };
});

describe('site rules written from the browser UI', () => {
  test('the switch writes the tab host’s rule, seeded from a parent rule', async () => {
    local.settings = { version: 1, sites: { 'example.com': { hide: ['.promo'] } } };
    expect(await setSiteEnabled(1, false)).toEqual({ ok: true, host: 'news.example.com', enabled: false });
    expect(sites()['news.example.com']).toMatchObject({ enabled: false, hide: ['.promo'] });
    expect(sites()['example.com']).toMatchObject({ enabled: true });
  });

  test('a page that is not a web page gets no rule', async () => {
    expect(await setSiteEnabled(2, false)).toMatchObject({ ok: false });
    expect(await setSiteEnabled(99, false)).toMatchObject({ ok: false });
    expect(local.settings).toBeUndefined();
  });

  test('toggle flips the rule that covers the tab', async () => {
    await toggleSite(1);
    expect(sites()['news.example.com'].enabled).toBe(false);
    await toggleSite(1);
    expect(sites()['news.example.com'].enabled).toBe(true);
  });

  test('a picked selector joins the rule that covers the host, once', async () => {
    local.settings = { version: 1, sites: { 'example.com': {} } };
    await addHideSelector('news.example.com', '.meter');
    await addHideSelector('news.example.com', '.meter');
    expect(sites()['example.com'].hide).toEqual(['.meter']);
    expect(sites()['news.example.com']).toBeUndefined();
  });
});

describe('command and context menu', () => {
  test('the toggle-site command switches the tab’s site', async () => {
    onCommand('toggle-site', { id: 1 });
    await vi.waitFor(() => expect(sites()['news.example.com']?.enabled).toBe(false));
    onCommand('something-else', { id: 1 });
    await flush();
    expect(sites()['news.example.com'].enabled).toBe(false);
  });

  test('“Hide this element” starts the picker on that tab with a fresh nonce and preselection', async () => {
    onClicked({ menuItemId: 'hide-element', frameId: 0 }, { id: 1, index: 0 });
    await vi.waitFor(() => expect(injected).toHaveLength(2));
    expect(injected[0]).toMatchObject({ tabId: 1, files: ['picker.js'] });
    const [nonce, preselect] = injected[1].args as [string, boolean];
    expect(preselect).toBe(true);
    expect((session.pickerSessions as Record<string, { nonce: string; host: string }>)[1]).toEqual(expect.objectContaining({ nonce, host: 'news.example.com' }));
  });

  test('“Open in reader” opens the full-tab reader for that tab', async () => {
    onClicked({ menuItemId: 'open-reader' }, { id: 1, index: 0 });
    await vi.waitFor(() => expect(created).toHaveLength(1));
    expect(created[0].url).toBe('chrome-extension://id/src/popup/index.html?tabId=1');
  });
});
