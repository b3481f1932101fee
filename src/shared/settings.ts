/**
 * The storage schema: one versioned settings object in `storage.local`
 * (local, not sync: no 512-item / 8 KB-per-item quota cliff for long site
 * lists). Pure code: validation, repair and migration are tested without a
 * browser.
 */

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

export const defaultSiteRule: SiteRule = { enabled: true, hide: [], neverHide: [], autoReader: false };

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
    const rule = settings.sites[key];
    if (rule) return { key, rule };
    const dot = key.indexOf('.');
    if (dot < 0) return undefined;
    key = key.slice(dot + 1);
  }
}

/** Whether cleaning runs on `host`. */
export function cleaningEnabled(settings: Settings, host: string): boolean {
  return settings.enabled && (ruleFor(settings, host)?.rule.enabled ?? true);
}

// ---------------------------------------------------------------------------
// Validation and repair

export interface Checked {
  settings: Settings;
  /** One human sentence per repaired or dropped value; empty when all was valid. */
  problems: string[];
}

const HOST_PATTERN = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/;
const MAX_SELECTORS = 200;
const MAX_SELECTOR_LENGTH = 1000;

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
 * Validates a CSS selector list the way the browser will use it. Returns an
 * error message, or undefined when it is valid. Without a DOM (unit tests in
 * node) only the shape is checked.
 */
export function selectorError(selector: unknown): string | undefined {
  if (typeof selector !== 'string' || selector.trim() === '') return 'A selector must be non-empty text.';
  if (selector.length > MAX_SELECTOR_LENGTH) return `A selector is limited to ${MAX_SELECTOR_LENGTH} characters.`;
  if (typeof document === 'undefined') return undefined;
  try {
    document.createDocumentFragment().querySelector(selector);
    return undefined;
  } catch {
    return `“${selector}” is not a valid CSS selector.`;
  }
}

function checkSelectors(value: unknown, where: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(`${where}: expected a list of selectors; reset to none.`);
    return [];
  }
  const kept: string[] = [];
  for (const selector of value) {
    const error = selectorError(selector);
    if (error) problems.push(`${where}: ${error} Dropped.`);
    else if (kept.length < MAX_SELECTORS && !kept.includes((selector as string).trim())) kept.push((selector as string).trim());
  }
  return kept;
}

function checkRule(host: string, value: unknown, problems: string[]): SiteRule | undefined {
  if (!isObject(value)) {
    problems.push(`Rule for ${host}: not an object; dropped.`);
    return undefined;
  }
  const rule: SiteRule = {
    enabled: isBool(value.enabled) ? value.enabled : true,
    hide: checkSelectors(value.hide, `Rule for ${host} (hide)`, problems),
    neverHide: checkSelectors(value.neverHide, `Rule for ${host} (never hide)`, problems),
    autoReader: isBool(value.autoReader) ? value.autoReader : false,
  };
  if (value.enabled !== undefined && !isBool(value.enabled)) problems.push(`Rule for ${host}: "enabled" was not true/false; set to on.`);
  return rule;
}

/**
 * Checks stored or imported settings of the current version, repairing what
 * it can: every valid value and every valid rule is kept, each invalid one is
 * replaced by its default and named in `problems`.
 */
export function checkSettings(value: unknown): Checked {
  const problems: string[] = [];
  const settings = defaultSettings();
  if (!isObject(value)) {
    if (value !== undefined) problems.push('Stored settings were unreadable; defaults restored.');
    return { settings, problems };
  }
  for (const key of ['enabled', 'badge', 'debugLog'] as const) {
    if (value[key] === undefined) continue;
    if (isBool(value[key])) settings[key] = value[key];
    else problems.push(`"${key}" was not true/false; reset to default.`);
  }
  if (value.reader !== undefined) {
    if (!isObject(value.reader)) problems.push('Reader preferences were unreadable; reset to defaults.');
    else {
      const reader = value.reader;
      for (const key of Object.keys(readerChecks) as (keyof ReaderPrefs)[]) {
        if (reader[key] === undefined) continue;
        if (readerChecks[key](reader[key])) (settings.reader as unknown as Record<string, unknown>)[key] = reader[key];
        else problems.push(`Reader preference "${key}" was out of range; reset to default.`);
      }
    }
  }
  if (value.sites !== undefined) {
    if (!isObject(value.sites)) problems.push('The site list was unreadable; it is empty now.');
    else {
      for (const [rawHost, raw] of Object.entries(value.sites)) {
        const host = siteKey(rawHost);
        if (!HOST_PATTERN.test(host)) {
          problems.push(`“${rawHost}” is not a host name; its rule was dropped.`);
          continue;
        }
        const rule = checkRule(host, raw, problems);
        if (rule) settings.sites[host] = rule;
      }
    }
  }
  return { settings, problems };
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
 * Brings stored or imported settings of any known version to the current one
 * and checks them. A newer version than this build knows is refused.
 */
export function migrateSettings(value: unknown): Checked & { refused?: string } {
  if (!isObject(value)) return checkSettings(value);
  let version = value.version === undefined ? 0 : value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { ...checkSettings(undefined), refused: 'The settings have no valid version number.' };
  }
  if (version > SETTINGS_VERSION) {
    return { ...checkSettings(undefined), refused: `These settings come from a newer Clear Read (version ${version}); update the extension first.` };
  }
  let current: Record<string, unknown> = value;
  while (version < SETTINGS_VERSION) {
    current = migrations[version](current);
    version += 1;
  }
  return checkSettings(current);
}
