// @vitest-environment jsdom
/**
 * The lean read paths repair stored settings exactly as the full checker does:
 * readSettings only leaves the sentences out, and readPageSettings (the content
 * script's) answers for one host what the whole repaired settings answer.
 */
import { expect, test } from 'vitest';
import { migrateSettings } from './settings';
import { cleaningEnabled, MAX_SITES, readPageSettings, readSettings, ruleFor, SETTINGS_VERSION } from './settings-schema';

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
      'b.example.com': { hide: ['.parent-rule'] },
      'sub.many.org': 'not an object either',
      'Many.org': { hide: ['.later-one-wins'], enabled: false },
    },
  },
  // Past MAX_SITES: the rules kept are the first MAX_SITES distinct hosts with a rule object; a
  // repeated host already kept still replaces its rule.
  {
    version: SETTINGS_VERSION,
    sites: {
      'skipped.org': 'not counted',
      ...Object.fromEntries(Array.from({ length: MAX_SITES }, (_, i) => [`s${i}.example.net`, { hide: [`.r${i}`] }])),
      'late.example.net': { enabled: false },
      'example.net': { hide: ['.over-the-cap'] },
      'S0.example.net': { hide: ['.replaced'] },
    },
  },
];

/** Hosts a page may have, asked of every stored value above. */
const hosts = ['www.example.com', 'example.com', 'a.b.example.com', 'many.org', 'sub.many.org', 'ok.org', 'news.example.com', 's0.example.net', 's9999.example.net', 'late.example.net', 'x.late.example.net', 'nowhere.test', 'localhost', '127.0.0.1'];


test.each(stored.map((value) => [JSON.stringify(value)?.slice(0, 60), value]))('readSettings(%s) = migrateSettings().settings', (_, value) => {
  expect(readSettings(value)).toEqual(migrateSettings(value).settings);
});

test('the fixtures above do exercise repairs', () => {
  expect(stored.filter((value) => migrateSettings(value).problems.length > 0).length).toBeGreaterThan(3);
});

test.each(stored.map((value) => [JSON.stringify(value)?.slice(0, 60), value]))('readPageSettings(%s, host) = what the repaired settings say for host', (_, value) => {
  const settings = readSettings(value);
  for (const host of hosts) {
    expect(readPageSettings(value, host), host).toEqual({
      enabled: cleaningEnabled(settings, host),
      debugLog: settings.debugLog,
      rule: ruleFor(settings, host)?.rule,
    });
  }
});

test('the hosts above meet rules of their own, of a parent domain, and none', () => {
  const answers = stored.flatMap((value) => hosts.map((host) => readPageSettings(value, host).rule?.hide.join(',')));
  for (const hide of ['.paywall', '.parent-rule', '.later-one-wins', '.replaced', '.r9999', undefined]) expect(answers).toContain(hide);
  expect(answers).not.toContain('.over-the-cap');
});
