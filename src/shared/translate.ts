/**
 * The one translator of every UI context: the popup and full-tab reader, the
 * options page, the picker's panel, and what the background shows in the
 * browser's own UI (badge title, context menu). Every user-visible string
 * comes from public/_locales/<lang>/messages.json through here; messages
 * between contexts carry reason codes, which the UI turns into sentences with
 * the tables below.
 *
 * The browser API is looked up on each call, not at import, so unit tests can
 * install a stand-in (see popup/test-i18n.ts) and the always-on content
 * script pays nothing for importing this module.
 */
import type { ChangeError, ReaderError } from './protocol';
import { MAX_SELECTORS } from './settings-schema';

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage?(): string;
}

function api(): I18nApi | undefined {
  const g = globalThis as unknown as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  return g.browser?.i18n ?? g.chrome?.i18n;
}

/** The localized message `key`, or undefined when this locale (or this context) has none. */
export function lookupMessage(key: string, substitutions: string[] = []): string | undefined {
  try {
    return api()?.getMessage(key, substitutions) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The localized message `key`. A missing message shows its key rather than
 * nothing, so a forgotten entry is visible instead of a silent blank control
 * (a unit test makes sure no locale lacks one).
 */
export function t(key: string, ...substitutions: Array<string | number>): string {
  return lookupMessage(key, substitutions.map(String)) ?? key;
}

/** The browser's UI language, for dates and number formats. */
export function uiLanguage(): string | undefined {
  try {
    return api()?.getUILanguage?.() || undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------
// Reason codes as sentences

const changeErrorKeys: Record<ChangeError, string> = {
  'no-tab': 'site_error_noTab',
  restricted: 'site_error_restricted',
  refused: 'picker_error_refused',
  full: 'picker_error_full',
  'store-quota': 'store_quota',
  'store-failed': 'store_failed',
  failed: 'reader_error_with_detail',
};

/** Why a settings change from the browser UI was not made, in the user's language. */
export function changeErrorText(reason: ChangeError, detail = ''): string {
  const key = changeErrorKeys[reason] ?? 'site_error';
  return t(key, reason === 'full' ? MAX_SELECTORS : detail);
}

const readerErrorKeys: Record<ReaderError, string> = {
  timeout: 'reader_error_timeout',
  'no-answer': 'reader_error_no_answer',
  failed: 'reader_error_with_detail',
};

/** Why the reader failed, in the user's language. */
export function readerErrorText(reason: ReaderError, detail?: string): string {
  if (reason === 'failed' && !detail) return t('reader_error_unknown');
  return t(readerErrorKeys[reason] ?? 'reader_error_unknown', detail ?? '');
}
