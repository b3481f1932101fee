/** The import preview compares own rules only: a rule keyed "constructor" (refused on import, possible in hand-made settings) is not Object's constructor. */
import { expect, test } from 'vitest';
import { defaultSettings, withSiteRule } from '../shared/settings';
import { diffSettings } from './transfer';

test('a new rule for "constructor" is listed as added, its removal as removed', () => {
  const before = defaultSettings();
  const after = withSiteRule(before, 'constructor', { hide: ['.x'] });
  expect(Object.hasOwn(after.sites, 'constructor')).toBe(true);
  expect(diffSettings(before, after)).toMatchObject({ added: ['constructor'], changed: [], removed: [] });
  expect(diffSettings(after, before)).toMatchObject({ added: [], changed: [], removed: ['constructor'] });
});
