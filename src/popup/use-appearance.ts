/**
 * Applies the reader preferences to the page: the theme's palette (following
 * prefers-color-scheme for "system", live) and the typography as CSS custom
 * properties on <html>.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ReaderPrefs } from '../shared/settings';
import { applyPalette, paletteName } from './themes';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function prefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

const FONT_STACKS = {
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
};

export function applyTypography(root: HTMLElement, prefs: ReaderPrefs): void {
  root.style.setProperty('--reader-font-size', `${prefs.fontSize}px`);
  root.style.setProperty('--reader-line-height', String(prefs.lineHeight));
  root.style.setProperty('--reader-width', `${prefs.width}ch`);
  root.style.setProperty('--reader-font', FONT_STACKS[prefs.font] ?? FONT_STACKS.serif);
}

export function useAppearance(prefs: ReaderPrefs): void {
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(DARK_QUERY);
    const listener = () => setDark(query.matches);
    query.addEventListener('change', listener);
    return () => query.removeEventListener('change', listener);
  }, []);
  useEffect(() => {
    applyPalette(document.documentElement, paletteName(prefs.theme, dark));
  }, [prefs.theme, dark]);
  useEffect(() => {
    applyTypography(document.documentElement, prefs);
  }, [prefs]);
}

/** Before the first render: the system palette, so the popup does not flash white in dark mode. */
export function applyInitialPalette(): void {
  applyPalette(document.documentElement, paletteName('system', prefersDark()));
}
