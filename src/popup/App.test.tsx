// @vitest-environment jsdom
/**
 * The popup contract, end to end inside jsdom with a stand-in browser API:
 * `?tabId=N`, `<main data-state>` from loading to ready/unavailable/error,
 * the first <article> with its <h1>, the deadline that turns silence into
 * an error with a retry, and the popup-only keyboard and "Open in a tab".
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Article } from '../core/article';
import { defaultSettings } from '../shared/settings';
import { installMessages } from './test-i18n';

const fake = vi.hoisted(() => ({
  sendMessage: vi.fn<(message: unknown) => Promise<unknown>>(),
  query: vi.fn(async () => [{ id: 42 }]),
  get: vi.fn(async (id: number) => ({ id, url: 'https://news.example.com/story' })),
  getCurrent: vi.fn<() => Promise<unknown>>(async () => undefined),
  create: vi.fn(async (_: { url: string }) => ({ id: 100 })),
  /** The status feed's ports the popup opened, with what the background would post on them. */
  ports: [] as Array<{ name: string; post(message: unknown): void; disconnected: boolean }>,
}));

function connect({ name }: { name: string }) {
  const listeners: Array<(message: unknown) => void> = [];
  const port = { name, post: (m: unknown) => {
      for (const l of listeners) l(m);
    }, disconnected: false };
  fake.ports.push(port);
  return {
    onMessage: { addListener: (l: (message: unknown) => void) => listeners.push(l) },
    onDisconnect: { addListener: () => {} },
    disconnect: () => {
      port.disconnected = true;
    },
  };
}

vi.mock('../shared/browser', () => ({
  default: {
    runtime: { sendMessage: fake.sendMessage, getURL: (path: string) => `chrome-extension://abc/${path.replace(/^\//, '')}` },
    tabs: { query: fake.query, get: fake.get, getCurrent: fake.getCurrent, create: fake.create },
  },
}));
// Messages go through the polyfill-free `ext` (shared/protocol.ts).
vi.mock('../shared/ext', () => ({ ext: { runtime: { sendMessage: fake.sendMessage, connect } } }));
vi.mock('../shared/settings-store', () => ({
  loadSettings: async () => ({ settings: defaultSettings(), problems: [] }),
  saveSettings: async () => ({ ok: true }),
  onSettingsChanged: () => () => {},
}));
vi.mock('./SiteControls', () => ({
  // The stub lists the labels of the page status it is given, so tests see the status flow into the bar.
  SiteControls: ({ children, page }: { children?: preact.ComponentChildren; page?: { items: Array<{ label: string }> } }) => (
    <>
      <section class="site-controls-stub">
        <ul>{page?.items.map((i) => <li key={i.label}>{i.label}</li>)}</ul>
      </section>
      {children}
    </>
  ),
}));

const { App } = await import('./App');

const article: Article = {
  title: 'Night buses stay',
  dir: 'ltr',
  lang: 'en',
  url: 'https://news.example.com/story',
  blocks: [
    { type: 'paragraph', children: [{ type: 'text', text: 'First.' }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'Second.' }] },
  ],
  wordCount: 2,
  readingMinutes: 1,
};
const page = { url: article.url, enabled: true, paused: false, items: [] };

beforeAll(() => {
  installMessages();
});

let container: HTMLElement;
beforeEach(() => {
  vi.clearAllMocks();
  fake.ports.length = 0;
  fake.getCurrent.mockResolvedValue(undefined);
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  document.body.replaceChildren();
  vi.useRealTimers();
});

async function flush(times = 5) {
  for (let i = 0; i < times; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

const state = () => container.querySelector('main')?.dataset.state;
/** A button by its accessible name (the bar's icon buttons are named by aria-label). */
const named = (name: string) => [...container.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);

describe('the popup contract', () => {
  test('?tabId=N reads tab N: loading (a status), then ready with the title in the first <article>', async () => {
    history.replaceState(null, '', '/src/popup/index.html?tabId=7');
    let answer!: (value: unknown) => void;
    fake.sendMessage.mockImplementation((m) => ((m as { type: string }).type === 'reader/get' ? new Promise((r) => (answer = r)) : Promise.resolve(null)));
    act(() => render(<App />, container));
    await flush();
    expect(state()).toBe('loading');
    expect(container.querySelector('main [role="status"]')).not.toBeNull();
    expect(fake.sendMessage).toHaveBeenCalledWith({ type: 'reader/get', tabId: 7 });
    expect(fake.query).not.toHaveBeenCalled();
    await act(async () => answer({ state: 'ready', article, page }));
    await flush();
    expect(state()).toBe('ready');
    const first = container.querySelector('article')!;
    expect(first.querySelector('h1')!.textContent).toBe('Night buses stay');
    expect([...first.querySelectorAll('p')].map((p) => p.textContent).slice(-2)).toEqual(['First.', 'Second.']);
    // A web page: the site controls are in the header.
    expect(container.querySelector('header .site-controls-stub')).not.toBeNull();
  });

  test('without ?tabId the active tab is read', async () => {
    history.replaceState(null, '', '/src/popup/index.html');
    fake.sendMessage.mockResolvedValue({ state: 'ready', article, page });
    act(() => render(<App />, container));
    await flush();
    expect(fake.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fake.sendMessage).toHaveBeenCalledWith({ type: 'reader/get', tabId: 42 });
    expect(state()).toBe('ready');
  });

  test('unavailable pages say why and what to do; no article element', async () => {
    history.replaceState(null, '', '/src/popup/index.html?tabId=3');
    fake.get.mockResolvedValueOnce({ id: 3, url: 'chrome://settings' });
    fake.sendMessage.mockResolvedValue({ state: 'unavailable', reason: 'restricted' });
    act(() => render(<App />, container));
    await flush();
    expect(state()).toBe('unavailable');
    expect(container.querySelector('main h1')!.textContent).toBe('This page cannot be read');
    expect(container.querySelector('main')!.textContent).toContain('web pages');
    expect(container.querySelector('article')).toBeNull();
    expect(container.querySelector('.site-controls-stub')).toBeNull();
  });

  test('silence becomes an error after the deadline, and "Try again" reads again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    history.replaceState(null, '', '/src/popup/index.html?tabId=7');
    fake.sendMessage.mockImplementation(() => new Promise(() => {}));
    act(() => render(<App />, container));
    await flush();
    expect(state()).toBe('loading');
    await act(async () => {
      vi.advanceTimersByTime(26_000);
    });
    await flush();
    expect(state()).toBe('error');
    expect(container.querySelector('main')!.textContent).toContain('took too long');
    fake.sendMessage.mockResolvedValue({ state: 'ready', article, page });
    const retry = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Try again')!;
    await act(async () => retry.click());
    await flush();
    expect(state()).toBe('ready');
  });

  test('a malformed or failed answer is an error, not a blank popup', async () => {
    history.replaceState(null, '', '/src/popup/index.html?tabId=7');
    fake.sendMessage.mockResolvedValueOnce({ nonsense: true });
    act(() => render(<App />, container));
    await flush();
    expect(state()).toBe('error');
    expect(container.querySelector('main')!.textContent).toContain('did not get an answer');
    act(() => render(null, container));
    fake.sendMessage.mockRejectedValueOnce(new Error('Could not establish connection'));
    act(() => render(<App />, container));
    await flush();
    expect(state()).toBe('error');
    expect(container.querySelector('main')!.textContent).toContain('Could not establish connection');
  });
});

describe('the page status', () => {
  test('comes from one subscription to the tab: a status the background posts updates the hidden list', async () => {
    history.replaceState(null, '', '/src/popup/index.html?tabId=7');
    fake.sendMessage.mockResolvedValue({ state: 'ready', article, page });
    act(() => render(<App />, container));
    await flush();
    expect(state()).toBe('ready');
    expect(fake.ports.map((p) => p.name)).toEqual(['page/status-feed:7']);
    expect(container.querySelector('.site-controls-stub li')).toBeNull();
    const item = { id: 1, label: 'div.offer', reasons: ['fixed'], score: 5, source: 'auto' };
    await act(async () => fake.ports[0].post({ ...page, items: [item] }));
    expect(container.querySelector('.site-controls-stub li')?.textContent).toContain('div.offer');
    // Malformed posts are ignored; the status stays.
    await act(async () => fake.ports[0].post({ items: 'nope' }));
    expect(container.querySelector('.site-controls-stub li')).not.toBeNull();
    // No polling: the only message sent is the reader request.
    expect(fake.sendMessage.mock.calls.map(([m]) => (m as { type: string }).type)).toEqual(['reader/get']);
    act(() => render(null, container));
    expect(fake.ports[0].disconnected).toBe(true);
  });
});

describe('popup and full tab', () => {
  /** The popup rendered, window.close spied on, focus on the text-settings toggle. */
  async function popupAtTextSettings() {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    act(() => render(<App />, container));
    await flush();
    const toggle = named('Text settings')!;
    toggle.focus();
    return { close, toggle };
  }

  beforeEach(() => {
    history.replaceState(null, '', '/src/popup/index.html?tabId=7');
    fake.sendMessage.mockResolvedValue({ state: 'ready', article, page });
  });

  test('in the popup, Esc closes it and "Open in a tab" opens this reader for the same tab', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    act(() => render(<App />, container));
    await flush();
    expect(document.documentElement.dataset.mode).toBe('popup');
    const open = named('Open in a tab')!;
    await act(async () => open.click());
    await flush();
    expect(fake.create).toHaveBeenCalledWith({ url: 'chrome-extension://abc/src/popup/index.html?tabId=7' });
    expect(close).toHaveBeenCalledOnce();
    close.mockClear();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(close).toHaveBeenCalledOnce();
  });

  test('Esc closes the open text settings first, returning focus to their toggle', async () => {
    const { close, toggle } = await popupAtTextSettings();
    await act(async () => toggle.click());
    const panel = container.querySelector<HTMLElement>('#text-settings')!;
    expect(panel.hidden).toBe(false);
    const radio = panel.querySelector<HTMLInputElement>('input[type="radio"]')!;
    radio.focus();
    await act(async () => {
      radio.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
    expect(close).not.toHaveBeenCalled();
    // The next Esc, with nothing open, closes the popup.
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(close).toHaveBeenCalledOnce();
  });

  test('an Esc right after a panel opened, before its effects have run, closes the panel and not the popup', async () => {
    const { close, toggle } = await popupAtTextSettings();
    // Outside act(): the render comes in a microtask, the panel's effects only after a paint.
    toggle.click();
    await Promise.resolve();
    await Promise.resolve();
    const panel = container.querySelector<HTMLElement>('#text-settings')!;
    expect(panel.hidden).toBe(false);
    const radio = panel.querySelector<HTMLInputElement>('input[type="radio"]')!;
    radio.focus();
    radio.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await Promise.resolve();
    await Promise.resolve();
    expect(close).not.toHaveBeenCalled();
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
    await flush();
  });

  test('one slim bar: the tools, and the title first in <main> (the partial notice after the article header)', async () => {
    fake.sendMessage.mockResolvedValue({ state: 'ready', article: { ...article, partial: { reason: 'truncated', shownParagraphs: 2 } }, page });
    act(() => render(<App />, container));
    await flush();
    expect(container.querySelectorAll('header.app-header .bar')).toHaveLength(1);
    expect(container.querySelector('header.app-header .tools')).not.toBeNull();
    const main = container.querySelector('main')!;
    const first = main.querySelector('article')!.firstElementChild!;
    expect(first.tagName).toBe('HEADER');
    expect(first.querySelector('h1')!.textContent).toBe('Night buses stay');
    expect(main.querySelector('article .partial-notice')).not.toBeNull();
  });

  test('in a full tab: wide layout mode, print, the article title as the tab title, Esc keeps the tab', async () => {
    fake.getCurrent.mockResolvedValue({ id: 9 });
    const close = vi.spyOn(window, 'close').mockImplementation(() => {});
    act(() => render(<App />, container));
    await flush();
    expect(document.documentElement.dataset.mode).toBe('tab');
    expect(document.title).toBe('Night buses stay – Clear Read');
    expect(named('Print')).toBeDefined();
    expect(named('Open in a tab')).toBeUndefined();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(close).not.toHaveBeenCalled();
  });
});
