/**
 * Translation for extension pages (options, popup SiteControls): every
 * user-visible string comes from public/_locales through i18n.getMessage.
 * Importing this module also routes the settings module's sentences
 * (validation problems, storage errors) through the same translator.
 */
import { ext as browser } from '../shared/ext';
import { setTranslator } from '../shared/settings';

function lookup(key: string, substitutions: string[]): string | undefined {
  try {
    return browser?.i18n?.getMessage(key, substitutions) || undefined;
  } catch {
    return undefined;
  }
}

setTranslator(lookup);

/** The message for `key`; the key itself when a locale lacks it (a unit test makes sure none does). */
export function t(key: string, ...substitutions: Array<string | number>): string {
  return lookup(key, substitutions.map(String)) ?? key;
}
