/**
 * The reading controls: text size, line spacing, column width, typeface,
 * theme and images. Each change applies at once and is saved in
 * settings.reader, so the next article opens the same way.
 * Choices are native radio groups: arrow keys move within a group, Tab
 * leaves it. Shown in the "Aa" panel of the reader bar (Toolbar.tsx).
 */
import type { FontFamily, ReaderPrefs, Theme } from '../../shared/settings';
import { t } from '../../shared/translate';

const FONT_SIZE = { min: 12, max: 40, step: 1 };
const LINE_HEIGHTS: Array<{ value: number; key: string }> = [
  { value: 1.4, key: 'reader_spacing_tight' },
  { value: 1.6, key: 'reader_spacing_normal' },
  { value: 1.9, key: 'reader_spacing_loose' },
];
const WIDTHS: Array<{ value: number; key: string }> = [
  { value: 52, key: 'reader_width_narrow' },
  { value: 66, key: 'reader_width_medium' },
  { value: 84, key: 'reader_width_wide' },
];
const FONTS: Array<{ value: FontFamily; key: string }> = [
  { value: 'serif', key: 'reader_font_serif' },
  { value: 'sans', key: 'reader_font_sans' },
];
const THEMES: Array<{ value: Theme; key: string }> = [
  { value: 'system', key: 'reader_theme_system' },
  { value: 'light', key: 'reader_theme_light' },
  { value: 'dark', key: 'reader_theme_dark' },
  { value: 'sepia', key: 'reader_theme_sepia' },
];

/** The listed value nearest to a stored one (a stored 1.7 selects "normal"). */
function nearest(options: Array<{ value: number }>, value: number): number {
  return options.reduce((best, o) => (Math.abs(o.value - value) < Math.abs(best - value) ? o.value : best), options[0].value);
}

export function TextSettings({ prefs, update }: { prefs: ReaderPrefs; update(change: Partial<ReaderPrefs>): void }) {
  const size = (delta: number) => update({ fontSize: Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, prefs.fontSize + delta)) });
  return (
    <div class="text-settings">
      <fieldset class="setting-row">
        <legend class="setting-name">{t('reader_font_size')}</legend>
        <button type="button" class="button square" onClick={() => size(-FONT_SIZE.step)} disabled={prefs.fontSize <= FONT_SIZE.min} aria-label={t('reader_font_smaller')}>
          A−
        </button>
        <output class="size-value" aria-live="polite">
          {t('reader_font_size_value', prefs.fontSize)}
        </output>
        <button type="button" class="button square big-a" onClick={() => size(FONT_SIZE.step)} disabled={prefs.fontSize >= FONT_SIZE.max} aria-label={t('reader_font_larger')}>
          A+
        </button>
      </fieldset>
      <Choice name="line-height" legend={t('reader_spacing')} options={LINE_HEIGHTS} value={nearest(LINE_HEIGHTS, prefs.lineHeight)} onChange={(lineHeight) => update({ lineHeight })} />
      <Choice name="width" legend={t('reader_width')} options={WIDTHS} value={nearest(WIDTHS, prefs.width)} onChange={(width) => update({ width })} />
      <Choice name="font" legend={t('reader_font')} options={FONTS} value={prefs.font} onChange={(font) => update({ font })} />
      <Choice name="theme" legend={t('reader_theme')} options={THEMES} value={prefs.theme} onChange={(theme) => update({ theme })} />
      <label class="checkbox">
        <input type="checkbox" checked={prefs.images} onChange={(e) => update({ images: (e.currentTarget as HTMLInputElement).checked })} />
        <span>{t('reader_show_images')}</span>
      </label>
    </div>
  );
}

function Choice<V extends string | number>(props: {
  name: string;
  legend: string;
  options: Array<{ value: V; key: string }>;
  value: V;
  onChange(value: V): void;
}) {
  return (
    <fieldset class="choice">
      <legend class="setting-name">{props.legend}</legend>
      <div class="segments">
        {props.options.map((option) => (
          <label key={String(option.value)} class="segment">
            <input type="radio" name={props.name} value={String(option.value)} checked={option.value === props.value} onChange={() => props.onChange(option.value)} />
            <span>{t(option.key)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
