/** The global switches: cleaning, badge, debug log, images in the reader. */
import type { Settings } from '../shared/settings';
import { t } from '../shared/translate';
import type { Store } from './Options';

interface Switch {
  id: string;
  label: string;
  hint: string;
  get(settings: Settings): boolean;
  set(settings: Settings, value: boolean): Settings;
}

const switches = (): Switch[] => [
  {
    id: 'global-enabled',
    label: t('options_enabled'),
    hint: t('options_enabled_hint'),
    get: (s) => s.enabled,
    set: (s, enabled) => ({ ...s, enabled }),
  },
  {
    id: 'global-badge',
    label: t('options_badge'),
    hint: t('options_badge_hint'),
    get: (s) => s.badge,
    set: (s, badge) => ({ ...s, badge }),
  },
  {
    id: 'global-images',
    label: t('options_images'),
    hint: t('options_images_hint'),
    get: (s) => s.reader.images,
    set: (s, images) => ({ ...s, reader: { ...s.reader, images } }),
  },
  {
    id: 'global-debug',
    label: t('options_debug'),
    hint: t('options_debug_hint'),
    get: (s) => s.debugLog,
    set: (s, debugLog) => ({ ...s, debugLog }),
  },
];

export function GeneralSection({ store }: { store: Store }) {
  return (
    <section aria-labelledby="general-heading">
      <h2 id="general-heading">{t('options_general')}</h2>
      {switches().map((item) => (
        <div class="switch" key={item.id}>
          <input
            type="checkbox"
            id={item.id}
            checked={item.get(store.settings)}
            aria-describedby={`${item.id}-hint`}
            onChange={(event) => {
              const value = (event.currentTarget as HTMLInputElement).checked;
              void store.change((s) => item.set(s, value));
            }}
          />
          <label for={item.id}>{item.label}</label>
          <p class="hint" id={`${item.id}-hint`}>
            {item.hint}
          </p>
        </div>
      ))}
    </section>
  );
}
