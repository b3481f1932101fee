/**
 * Language packs are injected only when built, and only into the frame that
 * asked (the background's handler passes the sender's tab and frame).
 */
import { beforeEach, expect, test, vi } from 'vitest';

const injected: Array<{ target: { tabId: number; frameIds?: number[] }; files?: string[] }> = [];
let fail = false;

vi.mock('../shared/browser', () => ({
  default: {
    scripting: {
      executeScript: async (details: { target: { tabId: number; frameIds?: number[] }; files?: string[] }) => {
        if (fail) throw new Error('Frame with ID 0 was removed.');
        injected.push(details);
        return [{ result: undefined }];
      },
    },
  },
}));

const { injectLangPack } = await import('./inject-lang-pack');

beforeEach(() => {
  injected.length = 0;
  fail = false;
});

test('a built pack is injected into the asking tab and frame only', async () => {
  expect(await injectLangPack(7, 0, 'de')).toBe(true);
  expect(injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['lang/de.js'] }]);
});

test('names outside the build are refused without injecting anything', async () => {
  for (const name of ['en', 'xx', '../extract', 'de.js', 'lang/de', '', 'DE']) expect(await injectLangPack(7, 0, name)).toBe(false);
  expect(injected).toEqual([]);
});

test('a tab that navigated away meanwhile answers false', async () => {
  fail = true;
  expect(await injectLangPack(7, 0, 'ja')).toBe(false);
});
