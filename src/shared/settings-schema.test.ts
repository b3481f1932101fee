// @vitest-environment jsdom
/**
 * The content script's lean read path repairs stored settings exactly as the
 * full checker does; it only leaves the sentences out.
 */
import { expect, test } from 'vitest';
import { migrateSettings } from './settings';
import { readSettings, SETTINGS_VERSION } from './settings-schema';

const stored: unknown[] = [
  undefined,
  null,
  'garbage',
  [],
  { version: SETTINGS_VERSION, enabled: false, debugLog: true },
  { version: SETTINGS_VERSION, enabled: 'yes', badge: 0, debugLog: null },
  { version: SETTINGS_VERSION + 1, enabled: false },
  { version: 'one', enabled: false },
  { enabled: false, disabledSites: ['News.Example.com', 42], sites: { 'news.example.com': { hide: ['.a'] } } },
  {
    version: SETTINGS_VERSION,
    reader: { fontSize: 99, theme: 'sepia', width: 'wide' },
    sites: {
      'WWW.Example.com.': { enabled: false, hide: ['.paywall', ' .paywall ', '', 3, 'div[', 'x'.repeat(1001)], neverHide: 'nope', autoReader: 'yes' },
      'bad host!': { enabled: true },
      'ok.org': 'not an object',
      'many.org': { hide: Array.from({ length: 250 }, (_, i) => `.c${i}`), neverHide: ['article'] },
    },
  },
];

test.each(stored.map((value) => [JSON.stringify(value)?.slice(0, 60), value]))('readSettings(%s) = migrateSettings().settings', (_, value) => {
  expect(readSettings(value)).toEqual(migrateSettings(value).settings);
});

test('the fixtures above do exercise repairs', () => {
  expect(stored.filter((value) => migrateSettings(value).problems.length > 0).length).toBeGreaterThan(3);
});
