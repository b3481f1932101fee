/**
 * Reads and writes the settings in `storage.local` through the schema in
 * settings.ts. Stored values that fail validation are repaired (valid rules
 * kept) and the repair is reported once under `lastRepair`.
 */
import { ext as browser } from './ext';
import { watchStoredSettings } from './settings-read';
import { type Checked, migrateSettings, SETTINGS_KEY, type Settings, say } from './settings';

export const REPAIR_KEY = 'lastRepair';

export async function loadSettings(): Promise<Checked> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const checked = migrateSettings(stored[SETTINGS_KEY]);
  return { settings: checked.settings, problems: checked.refused ? [checked.refused, ...checked.problems] : checked.problems };
}

/** A failed write: the storage is full (`quota`), or the browser's own `detail`. */
export type SaveResult = { ok: true } | { ok: false; quota: boolean; detail: string };

/** Saves settings; a failed write (quota, corruption) leaves the old value in place and says why. */
export async function saveSettings(settings: Settings): Promise<SaveResult> {
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    return { ok: true };
  } catch (error) {
    const detail = String((error as Error)?.message ?? error);
    return { ok: false, quota: /quota/i.test(detail), detail };
  }
}

/** A failed save as a sentence in the user's language (for the UI). */
export function saveFailureText(result: Extract<SaveResult, { ok: false }>): string {
  return result.quota ? say('store_quota') : say('store_failed', result.detail);
}

/** Calls `listener` with the new settings whenever they change in storage. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  return watchStoredSettings(listener, (value) => migrateSettings(value).settings);
}

/**
 * Reads the current settings, applies `change` and saves the result: the
 * read-modify-write every writer uses, so a change made elsewhere a moment
 * ago (another tab, the picker) is not overwritten by a stale copy.
 */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<SaveResult & { settings?: Settings }> {
  const { settings } = await loadSettings();
  const next = change(settings);
  const result = await saveSettings(next);
  return result.ok ? { ok: true, settings: next } : result;
}
