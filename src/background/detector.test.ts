/**
 * detector.js and the page's packs go in one injection, into the asking tab
 * and frame only; names that are not built packs are skipped.
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

const { detectorFiles, injectDetector } = await import('./detector');

beforeEach(() => {
  injected.length = 0;
  fail = false;
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
