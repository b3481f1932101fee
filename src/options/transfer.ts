/**
 * Import and export of all settings as one JSON file:
 *
 *   { "app": "clear-read", "version": 1, "settings": { ... } }
 *
 * Import is all-or-nothing: the whole file is checked first, and any
 * problem refuses it, so a half-broken file can never replace good rules.
 * A file from an older version is migrated; one from a newer version is
 * refused. `diffSettings` lists what an import would change, for the user to
 * confirm.
 */
import { migrateSettings, type ReaderPrefs, SETTINGS_VERSION, type Settings, type SiteRule, siteRuleOf } from '../shared/settings';

export const EXPORT_APP = 'clear-read';

export interface ExportFile {
  app: typeof EXPORT_APP;
  version: number;
  settings: Settings;
}

export function exportFile(settings: Settings): ExportFile {
  return { app: EXPORT_APP, version: SETTINGS_VERSION, settings };
}

export function exportText(settings: Settings): string {
  return `${JSON.stringify(exportFile(settings), null, 2)}\n`;
}

/** `clear-read-settings-2025-01-31.json` */
export function exportFileName(now = new Date()): string {
  return `clear-read-settings-${now.toISOString().slice(0, 10)}.json`;
}

export type ImportRefusal =
  /** Not JSON at all. */
  | 'not-json'
  /** JSON, but not a Clear Read settings file. */
  | 'foreign'
  /** A Clear Read file whose version this build cannot read. */
  | 'version'
  /** A Clear Read file with invalid values (listed in `details`). */
  | 'invalid'
  /** Larger than MAX_IMPORT_BYTES: not read at all. */
  | 'too-big';

export type ImportResult = { ok: true; settings: Settings } | { ok: false; reason: ImportRefusal; details: string[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Largest file accepted: far above any real rule list, far below what would stall the page. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-big', details: [] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'not-json', details: [] };
  }
  if (!isObject(data) || data.app !== EXPORT_APP || !isObject(data.settings)) return { ok: false, reason: 'foreign', details: [] };
  // The envelope's version is authoritative: it says how to read `settings`.
  const checked = migrateSettings({ ...data.settings, version: data.version });
  if (checked.refused) return { ok: false, reason: 'version', details: [checked.refused] };
  if (checked.problems.length > 0) return { ok: false, reason: 'invalid', details: checked.problems };
  return { ok: true, settings: checked.settings };
}

export interface SettingChange {
  /** `enabled`, `badge`, `debugLog` or `reader.<key>`. */
  name: string;
  from: unknown;
  to: unknown;
}

export interface SettingsDiff {
  added: string[];
  changed: string[];
  removed: string[];
  switched: SettingChange[];
}

function sameRule(a: SiteRule, b: SiteRule): boolean {
  const sameList = (x: string[], y: string[]) => x.length === y.length && x.every((s, i) => s === y[i]);
  return a.enabled === b.enabled && a.autoReader === b.autoReader && sameList(a.hide, b.hide) && sameList(a.neverHide, b.neverHide);
}

/** What replacing `before` with `after` changes. Hosts are sorted. */
export function diffSettings(before: Settings, after: Settings): SettingsDiff {
  const diff: SettingsDiff = { added: [], changed: [], removed: [], switched: [] };
  for (const host of Object.keys(after.sites).sort()) {
    const old = siteRuleOf(before, host);
    if (!old) diff.added.push(host);
    else if (!sameRule(old, after.sites[host])) diff.changed.push(host);
  }
  for (const host of Object.keys(before.sites).sort()) if (!siteRuleOf(after, host)) diff.removed.push(host);
  for (const name of ['enabled', 'badge', 'debugLog'] as const) {
    if (before[name] !== after[name]) diff.switched.push({ name, from: before[name], to: after[name] });
  }
  for (const key of Object.keys(after.reader) as (keyof ReaderPrefs)[]) {
    if (before.reader[key] !== after.reader[key]) diff.switched.push({ name: `reader.${key}`, from: before.reader[key], to: after.reader[key] });
  }
  return diff;
}

export function isEmptyDiff(diff: SettingsDiff): boolean {
  return diff.added.length + diff.changed.length + diff.removed.length + diff.switched.length === 0;
}
