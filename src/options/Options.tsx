/**
 * The options page: global switches, the site rules, import/export and
 * reset. It shows the stored settings and follows their changes (the picker
 * or the popup may add a rule while it is open). Every write goes through
 * settings-store: a failed write (storage full) is shown and the stored
 * settings stay as they were.
 */
import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, type SaveResult, saveFailureText, saveSettings, updateSettings } from '../shared/settings-store';
import { GeneralSection } from './GeneralSection';
import { t } from '../shared/translate';
import { SiteRules } from './SiteRules';
import { TransferSection } from './TransferSection';

/** Most repair messages listed; the first ones say what went wrong. */
const MAX_LISTED_PROBLEMS = 20;

export interface Store {
  settings: Settings;
  /** Applies `change` to the freshest stored settings and saves; false when the write failed. */
  change(change: (settings: Settings) => Settings): Promise<boolean>;
  /** Replaces all settings (import, reset). */
  replace(settings: Settings): Promise<boolean>;
}

export function Options() {
  const [settings, setSettings] = useState<Settings | undefined>();
  const [repairs, setRepairs] = useState<string[]>([]);
  const [failure, setFailure] = useState<string | undefined>();

  useEffect(() => {
    document.documentElement.lang = t('@@ui_locale').replace('_', '-');
    document.title = t('options_title');
    loadSettings().then(
      ({ settings: loaded, problems }) => {
        setSettings(loaded);
        setRepairs(problems);
      },
      (error: unknown) => {
        setFailure(String(error));
        setSettings(defaultSettings());
      },
    );
    return onSettingsChanged(setSettings);
  }, []);

  if (!settings) return <main aria-busy="true" />;

  const settle = (result: SaveResult & { settings?: Settings }, next?: Settings): boolean => {
    if (!result.ok) {
      setFailure(saveFailureText(result));
      return false;
    }
    setFailure(undefined);
    if (next ?? result.settings) setSettings(next ?? result.settings);
    return true;
  };
  const store: Store = {
    settings,
    change: async (change) => settle(await updateSettings(change)),
    replace: async (next) => settle(await saveSettings(next), next),
  };

  return (
    <main>
      <h1>{t('options_heading')}</h1>
      {failure && (
        <p id="save-error" class="alert" role="alert">
          {failure}
        </p>
      )}
      {repairs.length > 0 && (
        <div class="notice" role="status">
          <p>{t('options_repaired')}</p>
          <ul>
            {/* Bounded like the import's list: stored settings could hold any number of broken entries. */}
            {repairs.slice(0, MAX_LISTED_PROBLEMS).map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <GeneralSection store={store} />
      <SiteRules store={store} />
      <TransferSection store={store} />
    </main>
  );
}
