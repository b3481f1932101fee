/**
 * The reader's layout as a person sees it, shared by the Chromium and Firefox reader tests and
 * scripts/screenshots.ts. Both functions are serialized into the page, so each is self-contained.
 *
 * `asToolbarPopup` runs before the reader's own scripts (an init script): it makes
 * `tabs.getCurrent()` answer "no tab", which is what the browser answers inside the toolbar
 * popup, so the reader lays itself out as the popup (`data-mode="popup"`, "Open in a tab")
 * although the test opened it in a tab of the given size.
 *
 * `readerLayout` measures what the user sees at the top: the bar's height, where the title
 * starts, and the article header's publication name, byline, date and reading time.
 */

export function asToolbarPopup() {
  const g = globalThis as unknown as Record<string, { tabs?: Record<string, unknown> } | undefined>;
  for (const name of ['browser', 'chrome']) {
    const tabs = g[name]?.tabs;
    if (!tabs) continue;
    const noTab = (callback?: (tab?: unknown) => void) => {
      if (typeof callback === 'function') callback(undefined);
      return Promise.resolve(undefined);
    };
    try {
      Object.defineProperty(tabs, 'getCurrent', { value: noTab, configurable: true, writable: true });
    } catch {
      tabs.getCurrent = noTab;
    }
  }
}

export function readerLayout() {
  const rect = (el: Element | null) => (el ? el.getBoundingClientRect() : null);
  const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const header = document.querySelector('header.app-header');
  const article = document.querySelector('article');
  const h1 = article?.querySelector('h1') ?? null;
  const bar = header?.querySelector('.bar') ?? null;
  const meta = article?.querySelector('.meta') ?? null;
  // The bar's own controls (not what its closed panels hold), by accessible name.
  const buttons = [...(bar?.querySelectorAll('button, input') ?? [])]
    .filter((el) => !el.closest('.popover'))
    .map((el) => el.getAttribute('aria-label') ?? text((el as HTMLInputElement).labels?.[0] ?? el));
  return {
    mode: document.documentElement.dataset.mode,
    state: document.querySelector('main')?.dataset.state,
    viewport: { width: innerWidth, height: innerHeight },
    barHeight: rect(header)?.height ?? null,
    titleTop: rect(h1)?.top ?? null,
    title: text(h1),
    site: text(article?.querySelector('.site') ?? null),
    byline: text(meta?.querySelector('.byline') ?? null),
    date: text(meta?.querySelector('time') ?? null),
    dateTime: meta?.querySelector('time')?.getAttribute('datetime') ?? null,
    readingTime: text(meta?.querySelector('.reading-time') ?? null),
    buttons,
    overflowX: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}

export type ReaderLayout = ReturnType<typeof readerLayout>;
