/**
 * Language packs, and detector.js with the page's packs, are injected only when built, and only
 * into the frame that asked (the background's handler passes the sender's tab and frame).
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

const { detectorFiles, injectDetector, injectLangPack } = await import('./inject');

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

test('detector.js first, then the built packs named, once each, at most three', () => {
  expect(detectorFiles('')).toEqual(['detector.js']);
  expect(detectorFiles('de,de,xx,../x,ja')).toEqual(['detector.js', 'lang/de.js', 'lang/ja.js']);
  expect(detectorFiles('de,fr,es,it')).toHaveLength(4);
});

test('one injection into the asking tab and frame; false when the frame is gone', async () => {
  expect(await injectDetector(7, 0, 'fr')).toBe(true);
  expect(injected).toEqual([{ target: { tabId: 7, frameIds: [0] }, files: ['detector.js', 'lang/fr.js'] }]);
  fail = true;
  expect(await injectDetector(7, 0, 'fr')).toBe(false);
});
