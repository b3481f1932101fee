/**
 * The content script's read path to the stored settings: repaired exactly as
 * settings-store.ts repairs them (the same schema code), without the repair
 * sentences, which only the options page shows.
 */
import { ext as browser } from './ext';
import { readSettings, SETTINGS_KEY, type Settings } from './settings-schema';

/** The stored settings, repaired; defaults when nothing is stored. */
export async function readStoredSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return readSettings(stored[SETTINGS_KEY]);
}

/** Calls `listener` with the new settings (read by `read`) whenever they change in storage. */
export function watchStoredSettings(listener: (settings: Settings) => void, read: (value: unknown) => Settings = readSettings): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(read(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
