/**
 * Reads and writes the settings in `storage.local` through the schema in
 * settings.ts. Stored values that fail validation are repaired (valid rules
 * kept) and the repair is reported once under `lastRepair`.
 */
import { ext as browser } from './ext';
import { type Checked, migrateSettings, SETTINGS_KEY, type Settings } from './settings';

export const REPAIR_KEY = 'lastRepair';

export async function loadSettings(): Promise<Checked> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const checked = migrateSettings(stored[SETTINGS_KEY]);
  return { settings: checked.settings, problems: checked.refused ? [checked.refused, ...checked.problems] : checked.problems };
}

export type SaveResult = { ok: true } | { ok: false; message: string };

/** Saves settings; a failed write (quota, corruption) leaves the old value in place and says why. */
export async function saveSettings(settings: Settings): Promise<SaveResult> {
  try {
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    return { ok: true };
  } catch (error) {
    const text = String((error as Error)?.message ?? error);
    const message = /quota/i.test(text)
      ? 'Not saved: the browser’s storage for Clear Read is full. Remove some site rules and try again; your saved settings are unchanged.'
      : `Not saved: ${text}. Your saved settings are unchanged.`;
    return { ok: false, message };
  }
}

/** Calls `listener` with the new settings whenever they change in storage. */
export function onSettingsChanged(listener: (settings: Settings) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(migrateSettings(changes[SETTINGS_KEY].newValue).settings);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
