/**
 * Every user-visible string of the reader goes through `t`, which asks the
 * browser's i18n API (messages in public/_locales/<lang>/messages.json, keys
 * prefixed `reader_`). The API is looked up on each call, not at import, so
 * unit tests can install a stand-in before rendering.
 */
type GetMessage = (key: string, substitutions?: string | string[]) => string;

function getMessage(): GetMessage | undefined {
  const g = globalThis as unknown as { browser?: { i18n?: { getMessage?: GetMessage } }; chrome?: { i18n?: { getMessage?: GetMessage } } };
  return g.browser?.i18n?.getMessage ?? g.chrome?.i18n?.getMessage;
}

/**
 * The localized message `key`. A missing message shows its key rather than
 * nothing, so a forgotten entry is visible instead of a silent blank control.
 */
export function t(key: string, substitutions?: string | number | Array<string | number>): string {
  const subs = substitutions === undefined ? undefined : Array.isArray(substitutions) ? substitutions.map(String) : String(substitutions);
  const message = getMessage()?.(key, subs);
  return message || key;
}

/** The browser's UI language, for dates and number formats. */
export function uiLanguage(): string | undefined {
  const g = globalThis as unknown as { chrome?: { i18n?: { getUILanguage?: () => string } }; browser?: { i18n?: { getUILanguage?: () => string } } };
  return g.browser?.i18n?.getUILanguage?.() ?? g.chrome?.i18n?.getUILanguage?.() ?? undefined;
}
