/**
 * The settings schema with its sentences: settings-schema.ts (types,
 * defaults, rule lookup, validation, migration; re-exported here) plus the
 * human messages for what validation repaired. The options page, the popup
 * and the background import this module; the always-on content script
 * imports settings-schema.ts alone and carries no prose.
 */
import { checkSettingsWith, migrateSettingsWith, type Problem, selectorProblem, type Settings } from './settings-schema';
import { lookupMessage } from './translate';

export * from './settings-schema';

// ---------------------------------------------------------------------------
// Messages: every sentence this module produces has a _locales key. The
// English text lives here too so pure code (node tests) still reads well;
// in the extension the one translator (translate.ts) gives the user's language.

/** English fallbacks, keyed like public/_locales/en/messages.json (a unit test keeps them equal). */
export const englishMessages = {
  settings_problem_unreadable: 'Stored settings were unreadable; defaults restored.',
  settings_problem_flag: '“$1” was not true/false; reset to default.',
  settings_problem_reader: 'Reader preferences were unreadable; reset to defaults.',
  settings_problem_readerValue: 'Reader preference “$1” was out of range; reset to default.',
  settings_problem_sites: 'The site list was unreadable; it is empty now.',
  settings_problem_host: '“$1” is not a host name; its rule was dropped.',
  settings_problem_rule: 'Rule for $1: not an object; dropped.',
  settings_problem_ruleEnabled: 'Rule for $1: “enabled” was not true/false; set to on.',
  settings_problem_ruleAutoReader: 'Rule for $1: “autoReader” was not true/false; set to off.',
  settings_problem_list: 'Rule for $1 ($2): expected a list of selectors; reset to none.',
  settings_problem_selector: 'Rule for $1 ($2): $3 Dropped.',
  settings_problem_tooMany: 'Rule for $1 ($2): more than $3 selectors; the rest were dropped.',
  settings_problem_tooManySites: 'More than $1 site rules; the rest were dropped.',
  settings_field_hide: 'hide',
  settings_field_neverHide: 'never hide',
  settings_refused_version: 'The settings have no valid version number.',
  settings_refused_newer: 'These settings come from a newer Clear Read (version $1); update the extension first.',
  selector_error_empty: 'A selector must be non-empty text.',
  selector_error_long: 'A selector is limited to $1 characters.',
  selector_error_invalid: '“$1” is not a valid CSS selector.',
  store_quota: 'Not saved: the browser’s storage for Clear Read is full. Remove some site rules and try again; your saved settings are unchanged.',
  store_failed: 'Not saved: $1. Your saved settings are unchanged.',
} as const;

export type MessageKey = keyof typeof englishMessages;

/** The sentence for `key` in the user's language, English when none is known. */
export function say(key: MessageKey, ...substitutions: Array<string | number>): string {
  const subs = substitutions.map(String);
  const translated = lookupMessage(key, subs);
  if (translated) return translated;
  return englishMessages[key].replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** A problem (see settings-schema.ts) as a sentence in the user's language. */
export function describeProblem(p: Problem): string {
  return say(p.key, ...p.subs.map((s) => (typeof s === 'object' ? describeProblem(s) : s)));
}

// ---------------------------------------------------------------------------
// Validation and repair, with sentences

export interface Checked {
  settings: Settings;
  /** One human sentence per repaired or dropped value; empty when all was valid. */
  problems: string[];
}

/** The error message for an invalid selector, or undefined when it is valid (see selectorProblem). */
export function selectorError(selector: unknown): string | undefined {
  const p = selectorProblem(selector);
  return p && describeProblem(p);
}

/**
 * Checks stored or imported settings of the current version, repairing what
 * it can: every valid value and every valid rule is kept, each invalid one is
 * replaced by its default and named in `problems`.
 */
export function checkSettings(value: unknown): Checked {
  const problems: string[] = [];
  const settings = checkSettingsWith(value, (p) => problems.push(describeProblem(p)));
  return { settings, problems };
}

/**
 * Brings stored or imported settings of any known version to the current one
 * and checks them. A newer version than this build knows is refused.
 */
export function migrateSettings(value: unknown): Checked & { refused?: string } {
  const problems: string[] = [];
  const { settings, refused } = migrateSettingsWith(value, (p) => problems.push(describeProblem(p)));
  return refused ? { settings, problems, refused: describeProblem(refused) } : { settings, problems };
}
