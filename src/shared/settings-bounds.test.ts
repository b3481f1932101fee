// @vitest-environment jsdom
/**
 * Bounds on what stored or imported settings may hold, and how rejected
 * values are quoted back: hostile files and pages control these strings.
 */
import { expect, test } from 'vitest';
import { checkSettings, defaultSettings, isSiteKey, MAX_QUOTED, MAX_SITES, quoted, ruleFor, SETTINGS_VERSION, siteRuleOf, withSiteRule } from './settings';

const manySites = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`s${i}.example`, { hide: ['.a'] }]));

test(`at most ${MAX_SITES} site rules are kept; the rest are dropped and said so`, () => {
  const { settings, problems } = checkSettings({ version: SETTINGS_VERSION, sites: manySites(MAX_SITES + 5) });
  expect(Object.keys(settings.sites)).toHaveLength(MAX_SITES);
  expect(settings.sites['s0.example']).toBeDefined();
  expect(settings.sites[`s${MAX_SITES}.example`]).toBeUndefined();
  expect(problems).toEqual([`More than ${MAX_SITES} site rules; the rest were dropped.`]);
});

test(`exactly ${MAX_SITES} site rules are all kept without a problem`, () => {
  const { settings, problems } = checkSettings({ version: SETTINGS_VERSION, sites: manySites(MAX_SITES) });
  expect(Object.keys(settings.sites)).toHaveLength(MAX_SITES);
  expect(problems).toEqual([]);
});

test('two spellings of one host count once toward the bound', () => {
  const sites = { ...manySites(MAX_SITES), 'WWW.s0.example.': { hide: ['.b'] } };
  const { settings, problems } = checkSettings({ version: SETTINGS_VERSION, sites });
  expect(Object.keys(settings.sites)).toHaveLength(MAX_SITES);
  expect(settings.sites['s0.example'].hide).toEqual(['.b']);
  expect(problems).toEqual([]);
});

test('a megabyte host name is quoted cut short in its problem', () => {
  const host = `<img src=x onerror=alert(1)>${'x'.repeat(1024 * 1024)}`;
  const { settings, problems } = checkSettings({ version: SETTINGS_VERSION, sites: { [host]: {}, 'ok.example': {} } });
  expect(Object.keys(settings.sites)).toEqual(['ok.example']);
  expect(problems).toHaveLength(1);
  expect(problems[0].length).toBeLessThan(MAX_QUOTED + 100);
  expect(problems[0]).toContain('<img src=x onerror=alert(1)>xxx');
  expect(problems[0]).toContain('…” is not a host name');
});

test('bidi overrides, zero-width and control characters are spelled out, not obeyed', () => {
  expect(quoted('evil\u202Eexample.com')).toBe('evil\\u202Eexample.com');
  expect(quoted('a\u200Bb\u2066c\u2069\uFEFF\u0000')).toBe('a\\u200Bb\\u2066c\\u2069\\uFEFF\\u0000');
  expect(quoted('plain .selector > p')).toBe('plain .selector > p');
  const { problems } = checkSettings({ version: SETTINGS_VERSION, sites: { 'ok.example': { hide: ['##\u202Ebad'] } } });
  expect(problems[0]).toContain('“##\\u202Ebad” is not a valid CSS selector.');
  expect(problems[0]).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);
});

test('quoting never splits a surrogate pair', () => {
  const text = '😀'.repeat(MAX_QUOTED + 10);
  expect(quoted(text)).toBe(`${'😀'.repeat(MAX_QUOTED)}…`);
});

test('"constructor" is refused as a rule key: Firefox storage drops that property', () => {
  const { settings, problems } = checkSettings({ version: SETTINGS_VERSION, sites: JSON.parse('{"constructor":{"hide":[".x"]},"ok.example":{}}') });
  expect(Object.keys(settings.sites)).toEqual(['ok.example']);
  expect(problems).toEqual(['“constructor” is not a host name; its rule was dropped.']);
  expect(isSiteKey('constructor')).toBe(false);
  expect(isSiteKey('constructor.example')).toBe(true);
});

test('rule lookups see own rules only, never Object.prototype', () => {
  const settings = defaultSettings();
  expect(siteRuleOf(settings, 'constructor')).toBeUndefined();
  expect(ruleFor(settings, 'intranet.constructor')).toBeUndefined();
  const next = withSiteRule(settings, 'constructor.example', { hide: ['.x'] });
  expect(ruleFor(next, 'a.constructor.example')).toEqual({ key: 'constructor.example', rule: { enabled: true, hide: ['.x'], neverHide: [], autoReader: false } });
  // Even a rule object set by hand under that key is found as its own.
  const odd = { ...settings, sites: JSON.parse('{"constructor":{"enabled":false,"hide":[],"neverHide":[],"autoReader":false}}') };
  expect(withSiteRule(odd, 'constructor', { hide: ['.y'] }).sites.constructor).toEqual({ enabled: false, hide: ['.y'], neverHide: [], autoReader: false });
});
