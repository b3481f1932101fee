// @vitest-environment jsdom
/** The reader's controls: the bar's buttons and panels per mode (keyboard included), text settings, the hidden-items list. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { Article } from '../../core/article';
import type { PageStatus } from '../../shared/protocol';
import { defaultReaderPrefs } from '../../shared/settings';
import { installMessages } from '../test-i18n';
import { HiddenItems } from './HiddenItems';
import { TextSettings } from './TextSettings';
import { Toolbar } from './Toolbar';

beforeAll(() => {
  installMessages();
});

let container: HTMLElement;
function mount(node: preact.ComponentChild): HTMLElement {
  container = document.createElement('div');
  document.body.append(container);
  act(() => render(node, container));
  return container;
}
afterEach(() => {
  act(() => render(null, container));
  document.body.replaceChildren();
});

const button = (root: HTMLElement, name: string) => {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent)?.trim() === name);
  if (!found) throw new Error(`no button “${name}”`);
  return found;
};
const hasButton = (root: HTMLElement, name: string) => [...root.querySelectorAll('button')].some((b) => (b.getAttribute('aria-label') ?? b.textContent)?.trim() === name);

const article: Article = {
  title: 'Night buses stay',
  dir: 'ltr',
  url: 'https://news.example.com/a',
  blocks: [{ type: 'paragraph', children: [{ type: 'text', text: 'The council voted.' }] }],
  wordCount: 3,
  readingMinutes: 1,
};

describe('Toolbar', () => {
  const base = { article, prefs: defaultReaderPrefs, update: () => {} };
  const key = (target: Element, k: string) =>
    act(() => {
      target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    });

  test('in the popup: "Open in a tab", no print', () => {
    const onOpenInTab = vi.fn();
    const root = mount(<Toolbar {...base} mode="popup" onOpenInTab={onOpenInTab} />);
    expect(hasButton(root, 'Print')).toBe(false);
    act(() => button(root, 'Open in a tab').click());
    expect(onOpenInTab).toHaveBeenCalledOnce();
  });

  test('in a tab: print, no "Open in a tab"', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const root = mount(<Toolbar {...base} mode="tab" onOpenInTab={() => {}} />);
    expect(hasButton(root, 'Open in a tab')).toBe(false);
    act(() => button(root, 'Print').click());
    expect(print).toHaveBeenCalledOnce();
  });

  test('read aloud is hidden where speechSynthesis does not exist (jsdom has none)', () => {
    const root = mount(<Toolbar {...base} mode="tab" onOpenInTab={() => {}} />);
    expect(hasButton(root, 'Read aloud')).toBe(false);
  });

  test('every bar button has a name and the same words as its tooltip, and an icon or "Aa" drawn in the page', () => {
    const root = mount(<Toolbar {...base} mode="popup" onOpenInTab={() => {}} />);
    const bar = [...root.querySelectorAll<HTMLButtonElement>('.icon-button')];
    expect(bar.map((b) => b.getAttribute('aria-label'))).toEqual(['Text settings', 'Copy', 'Open in a tab']);
    for (const b of bar) {
      expect(b.dataset.tip).toBe(b.getAttribute('aria-label'));
      expect(b.querySelector('svg, .aa')).not.toBeNull();
    }
    // Inline SVG only: nothing is fetched for an icon.
    expect(root.querySelectorAll('img, use, link')).toHaveLength(0);
  });

  test('"Aa" opens the text settings panel under it; Esc closes it, returns focus and is not passed on', () => {
    const root = mount(<Toolbar {...base} mode="popup" onOpenInTab={() => {}} />);
    const toggle = button(root, 'Text settings');
    const panel = root.querySelector<HTMLElement>('#text-settings')!;
    expect(toggle.getAttribute('aria-controls')).toBe('text-settings');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel.hidden).toBe(false);
    // The panel follows its button, so Tab moves from the button into it.
    expect(toggle.compareDocumentPosition(panel) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const radio = panel.querySelector<HTMLInputElement>('input[name="theme"]')!;
    radio.focus();
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    key(radio, 'Escape');
    document.removeEventListener('keydown', seen);
    expect(panel.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
    expect(seen).not.toHaveBeenCalled();
  });

  test('a click outside closes an open panel; opening another closes the first', () => {
    const root = mount(<Toolbar {...base} mode="popup" onOpenInTab={() => {}} />);
    act(() => button(root, 'Text settings').click());
    expect(root.querySelector<HTMLElement>('#text-settings')!.hidden).toBe(false);
    act(() => {
      document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    });
    expect(root.querySelector<HTMLElement>('#text-settings')!.hidden).toBe(true);
    act(() => button(root, 'Text settings').click());
    const copy = button(root, 'Copy');
    act(() => {
      copy.dispatchEvent(new Event('pointerdown', { bubbles: true }));
      copy.click();
    });
    expect(root.querySelector<HTMLElement>('#text-settings')!.hidden).toBe(true);
    expect(root.querySelector<HTMLElement>('#copy-menu')!.hidden).toBe(false);
  });

  test('the copy menu: a menu button; opening focuses the first item; arrows, Home and End move; Esc returns', () => {
    const root = mount(<Toolbar {...base} mode="popup" onOpenInTab={() => {}} />);
    const toggle = button(root, 'Copy');
    expect(toggle.getAttribute('aria-haspopup')).toBe('menu');
    toggle.focus();
    key(toggle, 'ArrowDown');
    const menu = root.querySelector<HTMLElement>('#copy-menu')!;
    expect(menu.getAttribute('role')).toBe('menu');
    expect(menu.hidden).toBe(false);
    const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    expect(items.map((i) => i.textContent)).toEqual(['Copy as Markdown', 'Copy as text']);
    expect(document.activeElement).toBe(items[0]);
    key(items[0], 'ArrowDown');
    expect(document.activeElement).toBe(items[1]);
    key(items[1], 'ArrowDown');
    expect(document.activeElement).toBe(items[0]);
    key(items[0], 'End');
    expect(document.activeElement).toBe(items[1]);
    key(items[1], 'Home');
    expect(document.activeElement).toBe(items[0]);
    key(items[0], 'ArrowUp');
    expect(document.activeElement).toBe(items[1]);
    key(items[1], 'Escape');
    expect(menu.hidden).toBe(true);
    expect(document.activeElement).toBe(toggle);
  });

  test('copy as Markdown (from the menu) writes the article, closes the menu and announces it', async () => {
    const writeText = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = mount(<Toolbar {...base} mode="popup" onOpenInTab={() => {}} />);
    act(() => button(root, 'Copy').click());
    await act(async () => {
      button(root, 'Copy as Markdown').click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0][0]).toMatch(/^# Night buses stay/);
    expect(writeText.mock.calls[0][0]).toContain('The council voted.');
    expect(root.querySelector<HTMLElement>('#copy-menu')!.hidden).toBe(true);
    expect(document.activeElement).toBe(button(root, 'Copy'));
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Copied the article as Markdown.');
  });

  test('copy as plain text', async () => {
    const writeText = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = mount(<Toolbar {...base} mode="popup" onOpenInTab={() => {}} />);
    act(() => button(root, 'Copy').click());
    await act(async () => {
      button(root, 'Copy as text').click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(writeText.mock.calls[0][0]).toMatch(/^Night buses stay/);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Copied the article as plain text.');
  });
});

describe('TextSettings', () => {
  test('each control saves its preference', () => {
    const update = vi.fn();
    const root = mount(<TextSettings prefs={{ ...defaultReaderPrefs, fontSize: 19 }} update={update} />);
    act(() => button(root, 'Larger text').click());
    expect(update).toHaveBeenLastCalledWith({ fontSize: 20 });
    act(() => button(root, 'Smaller text').click());
    expect(update).toHaveBeenLastCalledWith({ fontSize: 18 });
    const radio = (name: string, value: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    act(() => radio('theme', 'dark').click());
    expect(update).toHaveBeenLastCalledWith({ theme: 'dark' });
    act(() => radio('font', 'sans').click());
    expect(update).toHaveBeenLastCalledWith({ font: 'sans' });
    act(() => radio('line-height', '1.9').click());
    expect(update).toHaveBeenLastCalledWith({ lineHeight: 1.9 });
    act(() => radio('width', '84').click());
    expect(update).toHaveBeenLastCalledWith({ width: 84 });
    act(() => root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click());
    expect(update).toHaveBeenLastCalledWith({ images: false });
  });

  test('the current choices are checked, and a stored in-between value selects the nearest', () => {
    const root = mount(<TextSettings prefs={{ ...defaultReaderPrefs, theme: 'sepia', lineHeight: 1.7, width: 70 }} update={() => {}} />);
    expect(root.querySelector<HTMLInputElement>('input[name="theme"]:checked')!.value).toBe('sepia');
    expect(root.querySelector<HTMLInputElement>('input[name="line-height"]:checked')!.value).toBe('1.6');
    expect(root.querySelector<HTMLInputElement>('input[name="width"]:checked')!.value).toBe('66');
    // Every group has a visible name for assistive technology.
    expect([...root.querySelectorAll('fieldset')].every((f) => (f.querySelector('legend')?.textContent ?? '').length > 0)).toBe(true);
  });

  test('size buttons stop at the limits', () => {
    const root = mount(<TextSettings prefs={{ ...defaultReaderPrefs, fontSize: 40 }} update={() => {}} />);
    expect(button(root, 'Larger text').disabled).toBe(true);
    expect(button(root, 'Smaller text').disabled).toBe(false);
  });
});

describe('HiddenItems', () => {
  const items: PageStatus['items'] = [
    { id: 1, label: 'div.tp-modal', reasons: ['fixed', 'offer-text'], score: 9, source: 'auto' },
    { id: 2, label: '“You’ve reached your limit”', reasons: ['meter'], score: 7, source: 'auto' },
  ];

  test('lists each item with why', () => {
    const root = mount(<HiddenItems items={items} />);
    expect([...root.querySelectorAll('li .hidden-label')].map((el) => el.textContent)).toEqual(['div.tp-modal', '“You’ve reached your limit”']);
    expect(root.querySelector('li .hidden-reasons')!.textContent).toBe('Why: fixed, offer-text');
  });

  test('nothing hidden, nothing shown', () => {
    const root = mount(<HiddenItems items={[]} />);
    expect(root.textContent).toBe('');
  });
});
