/**
 * The reader preferences (settings.reader), loaded from storage, followed
 * across pages and windows (storage.onChanged), and saved on every change.
 * A change applies at once; the save re-reads the stored settings first so
 * it never overwrites what the options page changed meanwhile.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { defaultReaderPrefs, type ReaderPrefs } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveFailureText, saveSettings } from '../shared/settings-store';

export interface PrefsState {
  prefs: ReaderPrefs;
  /** False until the stored preferences are read. */
  loaded: boolean;
  /** The last save failure, to show to the user. */
  saveError?: string;
  update(change: Partial<ReaderPrefs>): void;
}

export function usePrefs(): PrefsState {
  const [prefs, setPrefs] = useState<ReaderPrefs>(defaultReaderPrefs);
  const [loaded, setLoaded] = useState(false);
  const [saveError, setSaveError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    loadSettings()
      .then(({ settings }) => live && setPrefs(settings.reader))
      .catch(() => {})
      .finally(() => live && setLoaded(true));
    const stop = onSettingsChanged((settings) => setPrefs(settings.reader));
    return () => {
      live = false;
      stop();
    };
  }, []);

  const update = useCallback((change: Partial<ReaderPrefs>) => {
    setPrefs((current) => ({ ...current, ...change }));
    (async () => {
      const { settings } = await loadSettings();
      const result = await saveSettings({ ...settings, reader: { ...settings.reader, ...change } });
      setSaveError(result.ok ? undefined : saveFailureText(result));
    })().catch((error: unknown) => setSaveError(String(error)));
  }, []);

  return { prefs, loaded, saveError, update };
}
