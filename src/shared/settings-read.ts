/**
 * The read path to the stored settings, shared by the content script and the settings store:
 * `read` turns the stored value into what the caller needs (the content script reads only its
 * page's view, readPageSettings; the options page and the background the whole repaired settings).
 */
import { ext as browser } from './ext';
import { SETTINGS_KEY } from './settings-schema';

/** The stored settings value, read by `read` (which also answers for nothing stored). */
export async function readStoredSettings<T>(read: (value: unknown) => T): Promise<T> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return read(stored[SETTINGS_KEY]);
}

/** Calls `listener` with the new settings (read by `read`) whenever they change in storage. */
export function watchStoredSettings<T>(listener: (settings: T) => void, read: (value: unknown) => T): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(read(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
