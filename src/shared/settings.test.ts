// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import {
  checkSettings,
  cleaningEnabled,
  defaultSettings,
  MAX_SELECTORS,
  migrateSettings,
  ruleFor,
  SETTINGS_VERSION,
  selectorError,
  siteKey,
  withoutSiteRule,
  withSiteRule,
} from './settings';

const rule = (patch: Partial<{ enabled: boolean; hide: string[]; neverHide: string[]; autoReader: boolean }> = {}) => ({
  enabled: true,
  hide: [],
  neverHide: [],
  autoReader: false,
  ...patch,
});

describe('ruleFor', () => {
  const settings = { ...defaultSettings(), sites: { 'example.com': rule({ hide: ['.a'] }), 'news.example.com': rule({ enabled: false }) } };

  test('a rule covers its subdomains unless a more specific rule exists', () => {
    expect(ruleFor(settings, 'example.com')?.key).toBe('example.com');
    expect(ruleFor(settings, 'www.example.com')?.key).toBe('example.com');
    expect(ruleFor(settings, 'shop.example.com')?.key).toBe('example.com');
    expect(ruleFor(settings, 'a.news.example.com')?.key).toBe('news.example.com');
    expect(ruleFor(settings, 'example.org')).toBeUndefined();
    expect(ruleFor(settings, 'notexample.com')).toBeUndefined();
  });

  test('cleaning follows the global switch and the site rule', () => {
    expect(cleaningEnabled(settings, 'shop.example.com')).toBe(true);
    expect(cleaningEnabled(settings, 'news.example.com')).toBe(false);
    expect(cleaningEnabled({ ...settings, enabled: false }, 'other.org')).toBe(false);
  });

  test('siteKey normalizes case, www and the trailing dot', () => {
    expect(siteKey(' WWW.Example.COM. ')).toBe('example.com');
  });
});

describe('checkSettings', () => {
  test('valid settings pass unchanged with no problems', () => {
    const settings = { ...defaultSettings(), badge: false, sites: { 'example.com': rule({ hide: ['.paywall', '#modal'], neverHide: ['article'] }) } };
    expect(checkSettings(settings)).toEqual({ settings, problems: [] });
  });

  test('repairs invalid values and keeps every valid rule', () => {
    const { settings, problems } = checkSettings({
      version: 1,
      enabled: 'yes',
      badge: false,
      reader: { fontSize: 400, theme: 'dark' },
      sites: {
        'good.com': rule({ hide: ['.ok', '##bad', '.ok'] }),
        'Also.Good.ORG': { enabled: false },
        'not a host': rule(),
        'broken.com': 'nope',
        'half.com': { enabled: 'maybe', neverHide: 'main', autoReader: true },
      },
    });
    expect(settings.enabled).toBe(true);
    expect(settings.badge).toBe(false);
    expect(settings.reader.fontSize).toBe(19);
    expect(settings.reader.theme).toBe('dark');
    expect(settings.sites['good.com']).toEqual(rule({ hide: ['.ok'] }));
    expect(settings.sites['also.good.org']).toEqual(rule({ enabled: false }));
    expect(settings.sites['half.com']).toEqual(rule({ autoReader: true }));
    expect(settings.sites['not a host']).toBeUndefined();
    expect(settings.sites['broken.com']).toBeUndefined();
    expect(problems).toHaveLength(7);
    expect(problems.join('\n')).toMatch(/##bad/);
  });

  test('caps a selector list and says so', () => {
    const hide = Array.from({ length: MAX_SELECTORS + 5 }, (_, i) => `.c${i}`);
    const { settings, problems } = checkSettings({ version: 1, sites: { 'a.com': { hide } } });
    expect(settings.sites['a.com'].hide).toHaveLength(MAX_SELECTORS);
    expect(problems).toHaveLength(1);
  });

  test('unreadable settings give the defaults', () => {
    expect(checkSettings('garbage').settings).toEqual(defaultSettings());
    expect(checkSettings(undefined).problems).toEqual([]);
  });
});

describe('selectorError', () => {
  test('accepts valid selectors and refuses invalid ones', () => {
    expect(selectorError('div.promo > a[href^="/subscribe"]')).toBeUndefined();
    expect(selectorError('div[')).toMatch(/not a valid CSS selector/);
    expect(selectorError('  ')).toMatch(/non-empty/);
    expect(selectorError(5)).toMatch(/non-empty/);
    expect(selectorError('a'.repeat(2000))).toMatch(/limited/);
  });
});

describe('migrateSettings', () => {
  test('migrates version 0 disabledSites into rules, keeping existing rules', () => {
    const { settings, problems } = migrateSettings({ disabledSites: ['Foo.com', 'bar.com'], sites: { 'bar.com': { hide: ['.x'] } } });
    expect(problems).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.sites['foo.com']).toEqual(rule({ enabled: false }));
    expect(settings.sites['bar.com']).toEqual(rule({ enabled: false, hide: ['.x'] }));
  });

  test('refuses a newer or nonsense version', () => {
    expect(migrateSettings({ version: SETTINGS_VERSION + 1 }).refused).toMatch(/newer/);
    expect(migrateSettings({ version: 'x' }).refused).toMatch(/version/);
  });
});

describe('withSiteRule / withoutSiteRule', () => {
  test('create, patch and remove a rule without touching the input', () => {
    const base = defaultSettings();
    const one = withSiteRule(base, 'a.com', { enabled: false });
    expect(base.sites).toEqual({});
    expect(one.sites['a.com']).toEqual(rule({ enabled: false }));
    const two = withSiteRule(one, 'a.com', { hide: ['.x'] });
    expect(two.sites['a.com']).toEqual(rule({ enabled: false, hide: ['.x'] }));
    expect(one.sites['a.com'].hide).toEqual([]);
    expect(withoutSiteRule(two, 'a.com').sites).toEqual({});
  });
});
