// @vitest-environment jsdom
/** Read aloud against a stand-in speechSynthesis: queueing, voice, speed, pause/resume/stop. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import type { Article } from '../../core/article';
import { installMessages } from '../test-i18n';
import { ReadAloud, speechAvailable } from './ReadAloud';

class FakeUtterance {
  rate = 1;
  lang = '';
  voice: unknown = null;
  onstart?: () => void;
  onend?: () => void;
  onerror?: (e: { error: string }) => void;
  constructor(public text: string) {}
}

const voices = [
  { name: 'English', lang: 'en-US', localService: true, default: true },
  { name: 'Français', lang: 'fr-FR', localService: true, default: false },
];
const synth = {
  spoken: [] as FakeUtterance[],
  speak: vi.fn((u: FakeUtterance) => synth.spoken.push(u)),
  cancel: vi.fn(() => {
    synth.spoken = [];
  }),
  pause: vi.fn(),
  resume: vi.fn(),
  getVoices: () => voices,
};

beforeAll(() => {
  installMessages();
  Object.assign(globalThis, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance });
});

let container: HTMLElement;
beforeEach(() => {
  synth.spoken = [];
  vi.clearAllMocks();
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  act(() => render(null, container));
  container.remove();
});

const article: Article = {
  title: 'Le titre',
  lang: 'fr',
  dir: 'ltr',
  url: 'https://exemple.fr/a',
  blocks: [
    { type: 'paragraph', children: [{ type: 'text', text: 'Premier paragraphe.' }] },
    { type: 'paragraph', children: [{ type: 'text', text: 'Second paragraphe.' }] },
  ],
  wordCount: 4,
  readingMinutes: 1,
};

const click = (name: string) => act(() => [...container.querySelectorAll('button')].find((b) => b.textContent === name)!.click());
const buttons = () => [...container.querySelectorAll('button')].map((b) => b.textContent);

test('available when the browser has speechSynthesis', () => {
  expect(speechAvailable()).toBe(true);
});

test('reads title then paragraphs in the article language at the saved speed; pause, resume, stop', () => {
  act(() => render(<ReadAloud article={article} rate={1.25} onRate={() => {}} />, container));
  click('Play');
  expect(synth.spoken.map((u) => u.text)).toEqual(['Le titre', 'Premier paragraphe.', 'Second paragraphe.']);
  expect(synth.spoken.every((u) => u.rate === 1.25)).toBe(true);
  expect((synth.spoken[0].voice as { name: string }).name).toBe('Français');
  expect(buttons()).toEqual(['Pause', 'Stop']);
  click('Pause');
  expect(synth.pause).toHaveBeenCalledOnce();
  expect(buttons()).toEqual(['Resume', 'Stop']);
  click('Resume');
  expect(synth.resume).toHaveBeenCalledOnce();
  click('Stop');
  expect(synth.cancel).toHaveBeenCalled();
  expect(buttons()).toEqual(['Play']);
});

test('the end of the last utterance returns to idle', () => {
  act(() => render(<ReadAloud article={article} rate={1} onRate={() => {}} />, container));
  click('Play');
  const last = synth.spoken.at(-1)!;
  act(() => last.onend?.());
  expect(buttons()).toEqual(['Play']);
});

test('a new speed is saved and applies from the sentence being read', () => {
  const onRate = vi.fn();
  act(() => render(<ReadAloud article={article} rate={1} onRate={onRate} />, container));
  click('Play');
  act(() => synth.spoken[1].onstart?.());
  const select = container.querySelector('select')!;
  act(() => {
    select.value = '1.5';
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  expect(onRate).toHaveBeenCalledWith(1.5);
  expect(synth.spoken.map((u) => u.text)).toEqual(['Premier paragraphe.', 'Second paragraphe.']);
  expect(synth.spoken.every((u) => u.rate === 1.5)).toBe(true);
});
