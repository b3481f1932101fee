/**
 * The storage schema: one versioned settings object in `storage.local`
 * (local, not sync: no 512-item / 8 KB-per-item quota cliff for long site
 * lists). Pure code: validation, repair and migration are tested without a
 * browser.
 *
 * This module holds no prose: a repair is reported as a message key with its
 * substitutions (`Problem`), so the always-on content script can read the
 * settings through `readPageSettings` without carrying the sentences. settings.ts
 * turns problems into sentences for the options page and the background, and
 * re-exports everything here.
 */
import type { MessageKey } from './settings';

export const SETTINGS_VERSION = 1;
export const SETTINGS_KEY = 'settings';

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type FontFamily = 'serif' | 'sans';

export interface ReaderPrefs {
  /** CSS pixels. */
  fontSize: number;
  lineHeight: number;
  /** Column width in `ch`. */
  width: number;
  font: FontFamily;
  theme: Theme;
  /** Show the article's own images in the reader. */
  images: boolean;
  /** Read-aloud speed (SpeechSynthesisUtterance.rate). */
  speechRate: number;
}

export interface SiteRule {
  /** Clean this site (false turns Clear Read off here). */
  enabled: boolean;
  /** CSS selectors always hidden on this site. */
  hide: string[];
  /** CSS selectors never hidden on this site. */
  neverHide: string[];
  /** Open the reader automatically on this site. */
  autoReader: boolean;
}

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** The global switch. */
  enabled: boolean;
  /** Show the count of hidden items on the toolbar button. */
  badge: boolean;
  /** Log the detector's decisions to the page console. */
  debugLog: boolean;
  reader: ReaderPrefs;
  /** Keyed by host name, lower case, without a leading "www.". */
  sites: Record<string, SiteRule>;
}

export const defaultReaderPrefs: ReaderPrefs = {
  fontSize: 19,
  lineHeight: 1.6,
  width: 66,
  font: 'serif',
  theme: 'system',
  images: true,
  speechRate: 1,
};

// Pure: a script that never reads it (the always-on content script) does not carry it.
export const defaultSiteRule: Readonly<SiteRule> = /* @__PURE__ */ Object.freeze({ enabled: true, hide: [], neverHide: [], autoReader: false });

export function defaultSettings(): Settings {
  return { version: SETTINGS_VERSION, enabled: true, badge: true, debugLog: false, reader: { ...defaultReaderPrefs }, sites: {} };
}

/** Normalizes a host for use as a rule key ("WWW.Example.com." → "example.com"). */
export function siteKey(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/**
 * The rule that applies to `host`: its own, else the closest parent domain's
 * (a rule for example.com also covers news.example.com unless
 * news.example.com has one of its own).
 */
export function ruleFor(settings: Settings, host: string): { key: string; rule: SiteRule } | undefined {
  let key = siteKey(host);
  for (;;) {
    const rule = siteRuleOf(settings, key);
    if (rule) return { key, rule };
    const dot = key.indexOf('.');
    if (dot < 0) return undefined;
    key = key.slice(dot + 1);
  }
}

/**
 * The rule stored for exactly `key`. An own-property lookup: `sites` is a
 * plain object, and "constructor" is a valid host name whose plain lookup
 * would answer with Object's constructor function.
 */
export function siteRuleOf(settings: Settings, key: string): SiteRule | undefined {
  return Object.hasOwn(settings.sites, key) ? settings.sites[key] : undefined;
}

/** `settings` with the rule for `key` replaced by `patch` over its current (or default) rule. */
export function withSiteRule(settings: Settings, key: string, patch: Partial<SiteRule>): Settings {
  const current = siteRuleOf(settings, key) ?? defaultSiteRule;
  return { ...settings, sites: { ...settings.sites, [key]: { ...current, ...patch, hide: [...(patch.hide ?? current.hide)], neverHide: [...(patch.neverHide ?? current.neverHide)] } } };
}

/** `settings` without the rule for `key`. */
export function withoutSiteRule(settings: Settings, key: string): Settings {
  const { [key]: _removed, ...sites } = settings.sites;
  return { ...settings, sites };
}

/** Whether `key` is a valid rule key (a host name as `siteKey` returns it). */
export function isSiteKey(key: string): boolean {
  return HOST_PATTERN.test(key) && !UNSTORABLE_KEYS.has(key);
}

/** Whether cleaning runs on `host`. */
export function cleaningEnabled(settings: Settings, host: string): boolean {
  return settings.enabled && (ruleFor(settings, host)?.rule.enabled ?? true);
}

// ---------------------------------------------------------------------------
// Validation and repair

/** One repaired or dropped value: a message key and its substitutions (which may be problems themselves). */
export interface Problem {
  key: MessageKey;
  subs: Array<string | number | Problem>;
}
/** Receives each problem; the content script passes none and only keeps the repaired settings. */
export type Report = ((problem: Problem) => void) | undefined;

const problem = (key: MessageKey, ...subs: Problem['subs']): Problem => ({ key, subs });
/** The names of the `settings_problem_*` messages. */
type SettingsProblem = MessageKey extends infer K ? (K extends `settings_problem_${infer Name}` ? Name : never) : never;
/** A settings problem by its name (`settings_problem_<name>`: the content script carries this file, and the short names keep it small). */
const settingsProblem = (name: SettingsProblem, ...subs: Problem['subs']): Problem => problem(`settings_problem_${name}`, ...subs);

const HOST_PATTERN = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/;
/**
 * Host-shaped keys that storage cannot hold: Firefox's storage.local silently
 * drops an own property named "constructor" (seen in Firefox ESR 140), so
 * such a rule would show until the next reload and then vanish. No public
 * host is called that; it is refused like any other invalid host.
 */
const UNSTORABLE_KEYS = new Set(['constructor']);
export const MAX_SELECTORS = 200;
export const MAX_SELECTOR_LENGTH = 1000;
/**
 * Most site rules kept. The options page lists every rule and re-renders the
 * list on each change: about 0.4 s per click at 10,000 rules in Chromium,
 * over 2 s at 50,000, and a 20 MB import could hold a million. 10,000 is far
 * above any real list.
 */
export const MAX_SITES = 10_000;
/** How much of a rejected value a problem message quotes. */
export const MAX_QUOTED = 80;

/**
 * Invisible and direction-changing characters: zero-width and joiners, bidi
 * marks, embeddings, overrides and isolates, the BOM, and C0/C1 controls.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g;

/**
 * A rejected value as a problem message quotes it. The value comes from a
 * file or a page and may be anything: a megabyte of text, or a right-to-left
 * override that would turn the rest of the sentence around. So it is cut to
 * MAX_QUOTED characters and every hidden character is spelled out (`\u202E`),
 * which also shows the user why a look-alike value was refused.
 */
export function quoted(value: string): string {
  // Whole code points: a cut never splits a surrogate pair.
  const head = [...value.slice(0, MAX_QUOTED * 2)].slice(0, MAX_QUOTED).join('');
  return (head.length < value.length ? `${head}…` : head).replace(HIDDEN_CHARACTERS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

type Check<T> = (value: unknown) => value is T;
const isBool: Check<boolean> = (v): v is boolean => typeof v === 'boolean';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const inRange = (min: number, max: number): Check<number> => (v): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const oneOf = <T extends string>(...values: T[]): Check<T> => (v): v is T => values.includes(v as T);

const readerChecks: { [K in keyof ReaderPrefs]: Check<ReaderPrefs[K]> } = {
  fontSize: inRange(12, 40),
  lineHeight: inRange(1, 2.5),
  width: inRange(30, 120),
  font: oneOf('serif', 'sans'),
  theme: oneOf('system', 'light', 'dark', 'sepia'),
  images: isBool,
  speechRate: inRange(0.5, 3),
};

/**
 * Validates a CSS selector list the way the browser will use it. Returns the
 * problem, or undefined when it is valid. Without a DOM (unit tests in node,
 * Chrome's service worker) only the shape is checked.
 */
export function selectorProblem(selector: unknown): Problem | undefined {
  const fault = selectorFault(selector);
  if (fault === 'empty') return problem('selector_error_empty');
  if (fault === 'long') return problem('selector_error_long', MAX_SELECTOR_LENGTH);
  return fault ? problem('selector_error_invalid', quoted(selector as string)) : undefined;
}

/** Why a selector cannot be used (no prose: the content script reads rules through this). */
function selectorFault(selector: unknown): 'empty' | 'long' | 'invalid' | undefined {
  if (typeof selector !== 'string' || selector.trim() === '') return 'empty';
  if (selector.length > MAX_SELECTOR_LENGTH) return 'long';
  if (typeof document === 'undefined') return undefined;
  try {
    document.createDocumentFragment().querySelector(selector);
    return undefined;
  } catch {
    return 'invalid';
  }
}

/**
 * A stored selector list as it is used: the valid selectors, trimmed, each once, at most
 * MAX_SELECTORS. `dropped` hears of each invalid one (and `true` once when the list was cut).
 */
function usableSelectors(value: unknown[], dropped?: (selector: unknown) => void, cut?: () => void): string[] {
  const kept: string[] = [];
  let overflow = false;
  for (const selector of value) {
    if (selectorFault(selector)) dropped?.(selector);
    else if (kept.includes((selector as string).trim())) continue;
    else if (kept.length < MAX_SELECTORS) kept.push((selector as string).trim());
    else overflow = true;
  }
  if (overflow) cut?.();
  return kept;
}

function checkSelectors(value: unknown, host: string, field: 'hide' | 'neverHide', report: Report): string[] {
  if (value === undefined) return [];
  const where = problem(field === 'hide' ? 'settings_field_hide' : 'settings_field_neverHide');
  if (!Array.isArray(value)) {
    report?.(settingsProblem('list', host, where));
    return [];
  }
  return usableSelectors(
    value,
    report && ((selector) => report(settingsProblem('selector', host, where, selectorProblem(selector) as Problem))),
    report && (() => report(settingsProblem('tooMany', host, where, MAX_SELECTORS))),
  );
}

/**
 * A stored rule (an object) as it is used; what checkRule keeps. `list` reads a selector list
 * (checkRule's reports as it goes; by default silently).
 */
function usableRule(value: Record<string, unknown>, list = (v: unknown, _field: 'hide' | 'neverHide') => (Array.isArray(v) ? usableSelectors(v) : [])): SiteRule {
  return {
    enabled: isBool(value.enabled) ? value.enabled : true,
    hide: list(value.hide, 'hide'),
    neverHide: list(value.neverHide, 'neverHide'),
    autoReader: isBool(value.autoReader) ? value.autoReader : false,
  };
}

function checkRule(host: string, value: unknown, report: Report): SiteRule | undefined {
  if (!isObject(value)) {
    report?.(settingsProblem('rule', host));
    return undefined;
  }
  const rule = usableRule(value, (v, field) => checkSelectors(v, host, field, report));
  if (value.enabled !== undefined && !isBool(value.enabled)) report?.(settingsProblem('ruleEnabled', host));
  if (value.autoReader !== undefined && !isBool(value.autoReader)) report?.(settingsProblem('ruleAutoReader', host));
  return rule;
}

/**
 * Checks stored or imported settings of the current version, repairing what
 * it can: every valid value and every valid rule is kept, each invalid one is
 * replaced by its default and reported.
 */
export function checkSettingsWith(value: unknown, report: Report): Settings {
  const settings = defaultSettings();
  if (!isObject(value)) {
    if (value !== undefined) report?.(settingsProblem('unreadable'));
    return settings;
  }
  for (const key of ['enabled', 'badge', 'debugLog'] as const) {
    if (value[key] === undefined) continue;
    if (isBool(value[key])) settings[key] = value[key];
    else report?.(settingsProblem('flag', key));
  }
  if (value.reader !== undefined) {
    if (!isObject(value.reader)) report?.(settingsProblem('reader'));
    else {
      const reader = value.reader;
      for (const key of Object.keys(readerChecks) as (keyof ReaderPrefs)[]) {
        if (reader[key] === undefined) continue;
        if (readerChecks[key](reader[key])) (settings.reader as unknown as Record<string, unknown>)[key] = reader[key];
        else report?.(settingsProblem('readerValue', key));
      }
    }
  }
  if (value.sites !== undefined) {
    if (!isObject(value.sites)) report?.(settingsProblem('sites'));
    else {
      let kept = 0;
      let overflow = false;
      for (const [rawHost, raw] of Object.entries(value.sites)) {
        const host = siteKey(rawHost);
        if (!isSiteKey(host)) {
          report?.(settingsProblem('host', quoted(rawHost)));
          continue;
        }
        if (kept >= MAX_SITES && !Object.hasOwn(settings.sites, host)) {
          overflow = true;
          continue;
        }
        const rule = checkRule(host, raw, report);
        if (rule) {
          if (!Object.hasOwn(settings.sites, host)) kept += 1;
          settings.sites[host] = rule;
        }
      }
      if (overflow) report?.(settingsProblem('tooManySites', MAX_SITES));
    }
  }
  return settings;
}

// ---------------------------------------------------------------------------
// Migration

/** Each step upgrades one version to the next. Index = version it upgrades from. */
const migrations: Array<(old: Record<string, unknown>) => Record<string, unknown>> = [
  // 0 → 1: version 0 (unversioned drafts) kept site switches as `disabledSites: string[]`.
  (old) => {
    const sites: Record<string, unknown> = isObject(old.sites) ? { ...old.sites } : {};
    if (Array.isArray(old.disabledSites)) {
      for (const host of old.disabledSites) {
        if (typeof host === 'string') sites[host] = { ...(isObject(sites[host]) ? sites[host] : {}), enabled: false };
      }
    }
    const { disabledSites: _dropped, ...rest } = old;
    return { ...rest, sites, version: 1 };
  },
];

/**
 * Stored or imported settings brought to the current version, not yet checked: `current` is
 * undefined where they are not an object; `refused` says why a version is not read (then the
 * defaults are used).
 */
function migrated(value: unknown): { current?: Record<string, unknown>; refused?: Problem } {
  if (!isObject(value)) return {};
  let version = value.version === undefined ? 0 : value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { refused: problem('settings_refused_version') };
  if (version > SETTINGS_VERSION) return { refused: problem('settings_refused_newer', version) };
  let current: Record<string, unknown> = value;
  while (version < SETTINGS_VERSION) {
    current = migrations[version](current);
    version += 1;
  }
  return { current };
}

/**
 * Brings stored or imported settings of any known version to the current one
 * and checks them. A newer version than this build knows is refused: the
 * defaults are used and `refused` says why.
 */
export function migrateSettingsWith(value: unknown, report: Report): { settings: Settings; refused?: Problem } {
  const { current, refused } = migrated(value);
  return refused ? { settings: checkSettingsWith(undefined, report), refused } : { settings: checkSettingsWith(isObject(value) ? current : value, report) };
}

/** The repaired settings, exactly as migrateSettings repairs them, without the sentences. */
export function readSettings(value: unknown): Settings {
  return migrateSettingsWith(value, undefined).settings;
}

/** What the content script needs from the settings for one page's host. */
export interface PageSettings {
  /** Cleaning runs here (the global switch and the site's rule). */
  enabled: boolean;
  debugLog: boolean;
  /** The rule that applies to the host (its own, or its nearest parent domain's), as ruleFor finds it. */
  rule?: SiteRule;
}

/**
 * The settings one page needs, read exactly as readSettings would repair them (a unit test holds
 * the two together) but without repairing the rest: the content script runs on every page, and
 * carries this instead of the whole repair (reader preferences, reports, other sites' rules).
 */
export function readPageSettings(value: unknown, host: string): PageSettings {
  const { current } = migrated(value);
  const flag = (key: 'enabled' | 'debugLog', fallback: boolean) => (isBool(current?.[key]) ? (current[key] as boolean) : fallback);
  const rule = isObject(current?.sites) ? pageRule(current.sites, host) : undefined;
  return { enabled: flag('enabled', true) && (rule?.enabled ?? true), debugLog: flag('debugLog', false), rule };
}

/** The rule ruleFor finds for `host` in the repaired `sites` (the same key repair, order and MAX_SITES cut), repaired alone. */
function pageRule(sites: Record<string, unknown>, host: string): SiteRule | undefined {
  // The stored rules by repaired key, last one wins, as checkSettingsWith keeps them (keys are host-shaped: no "__proto__").
  const kept: Record<string, Record<string, unknown>> = {};
  let count = 0;
  for (const [rawHost, raw] of Object.entries(sites)) {
    const key = siteKey(rawHost);
    if (!isSiteKey(key) || !isObject(raw)) continue;
    if (!Object.hasOwn(kept, key)) {
      if (count >= MAX_SITES) continue;
      count += 1;
    }
    kept[key] = raw;
  }
  const found = ruleFor({ sites: kept } as unknown as Settings, host);
  return found && usableRule(found.rule as unknown as Record<string, unknown>);
}
