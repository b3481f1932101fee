// @vitest-environment jsdom
/** The reader's controls: toolbar actions per mode, text settings, the hidden-items undo. */
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
  const base = { article, prefs: defaultReaderPrefs, update: () => {}, settingsOpen: false, settingsId: 'ts', onToggleSettings: () => {} };

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

  test('the settings toggle says whether the panel is open', () => {
    const root = mount(<Toolbar {...base} settingsOpen mode="popup" onOpenInTab={() => {}} />);
    const toggle = button(root, 'Text settings');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('ts');
  });

  test('copy as Markdown writes the article and announces it', async () => {
    const writeText = vi.fn(async (_: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = mount(<Toolbar {...base} mode="popup" onOpenInTab={() => {}} />);
    await act(async () => {
      button(root, 'Copy as Markdown').click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(writeText).toHaveBeenCalledOnce();
    expect(writeText.mock.calls[0][0]).toMatch(/^# Night buses stay/);
    expect(writeText.mock.calls[0][0]).toContain('The council voted.');
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Copied the article as Markdown.');
  });
});

describe('TextSettings', () => {
  test('each control saves its preference', () => {
    const update = vi.fn();
    const root = mount(<TextSettings id="ts" prefs={{ ...defaultReaderPrefs, fontSize: 19 }} update={update} />);
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
    const root = mount(<TextSettings id="ts" prefs={{ ...defaultReaderPrefs, theme: 'sepia', lineHeight: 1.7, width: 70 }} update={() => {}} />);
    expect(root.querySelector<HTMLInputElement>('input[name="theme"]:checked')!.value).toBe('sepia');
    expect(root.querySelector<HTMLInputElement>('input[name="line-height"]:checked')!.value).toBe('1.6');
    expect(root.querySelector<HTMLInputElement>('input[name="width"]:checked')!.value).toBe('66');
    // Every group has a visible name for assistive technology.
    expect([...root.querySelectorAll('fieldset')].every((f) => (f.querySelector('legend')?.textContent ?? '').length > 0)).toBe(true);
  });

  test('size buttons stop at the limits', () => {
    const root = mount(<TextSettings id="ts" prefs={{ ...defaultReaderPrefs, fontSize: 40 }} update={() => {}} />);
    expect(button(root, 'Larger text').disabled).toBe(true);
    expect(button(root, 'Smaller text').disabled).toBe(false);
  });
});

describe('HiddenItems', () => {
  const page: PageStatus = {
    url: 'https://news.example.com/a',
    enabled: true,
    paused: false,
    items: [
      { id: 1, label: 'div.tp-modal', reasons: ['fixed', 'offer-text'], score: 9, source: 'auto' },
      { id: 2, label: '“You’ve reached your limit”', reasons: ['meter'], score: 7, source: 'auto' },
    ],
  };

  test('lists each item with why, and undoes through the background', async () => {
    let current = page;
    const onToggle = vi.fn(async (action: 'restore' | 'resume') => {
      current = { ...current, paused: action === 'restore' };
      act(() => render(<HiddenItems page={current} onToggle={onToggle} />, container));
      return current;
    });
    const root = mount(<HiddenItems page={page} onToggle={onToggle} />);
    expect(root.querySelector('h2')!.textContent).toBe('Clear Read hid 2 items on this page');
    expect([...root.querySelectorAll('li .hidden-label')].map((el) => el.textContent)).toEqual(['div.tp-modal', '“You’ve reached your limit”']);
    expect(root.querySelector('li .hidden-reasons')!.textContent).toBe('Why: fixed, offer-text');
    await act(async () => button(root, 'Show them again').click());
    expect(onToggle).toHaveBeenLastCalledWith('restore');
    await act(async () => button(root, 'Hide them again').click());
    expect(onToggle).toHaveBeenLastCalledWith('resume');
  });

  test('says so when the page does not answer', async () => {
    const root = mount(<HiddenItems page={page} onToggle={async () => null} />);
    await act(async () => button(root, 'Show them again').click());
    expect(root.querySelector('[role="status"]')!.textContent).toBe('The page did not answer. Reload it and try again.');
  });

  test('nothing hidden, nothing shown', () => {
    const root = mount(<HiddenItems page={{ ...page, items: [] }} onToggle={async () => null} />);
    expect(root.textContent).toBe('');
  });
});
