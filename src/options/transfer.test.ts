// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import { defaultSettings, type Settings } from '../shared/settings';
import { diffSettings, exportText, isEmptyDiff, parseImport } from './transfer';

const rule = (patch: object = {}) => ({ enabled: true, hide: [], neverHide: [], autoReader: false, ...patch });

function sample(): Settings {
  return { ...defaultSettings(), badge: false, sites: { 'a.com': rule({ hide: ['.paywall'] }), 'b.org': rule({ enabled: false }) } };
}

describe('parseImport', () => {
  test('an export reads back to the same settings', () => {
    const settings = sample();
    expect(parseImport(exportText(settings))).toEqual({ ok: true, settings });
  });

  test('refuses text that is not JSON', () => {
    expect(parseImport('{ nope')).toMatchObject({ ok: false, reason: 'not-json' });
  });

  test('refuses a JSON file of another app or shape', () => {
    expect(parseImport('{"app":"other","version":1,"settings":{}}')).toMatchObject({ ok: false, reason: 'foreign' });
    expect(parseImport('[1,2]')).toMatchObject({ ok: false, reason: 'foreign' });
    expect(parseImport('{"app":"clear-read","version":1}')).toMatchObject({ ok: false, reason: 'foreign' });
  });

  test('refuses a newer version', () => {
    expect(parseImport('{"app":"clear-read","version":99,"settings":{}}')).toMatchObject({ ok: false, reason: 'version' });
  });

  test('refuses the whole file when any value is invalid, naming it', () => {
    const text = JSON.stringify({ app: 'clear-read', version: 1, settings: { sites: { 'a.com': { hide: ['.ok', 'div['] } } } });
    const result = parseImport(text);
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    expect(result.ok ? [] : result.details.join(' ')).toMatch(/div\[/);
  });

  test('migrates a version-0 file', () => {
    const result = parseImport(JSON.stringify({ app: 'clear-read', version: 0, settings: { disabledSites: ['x.com'] } }));
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.settings.sites['x.com'].enabled).toBe(false);
  });
});

describe('diffSettings', () => {
  test('lists added, changed and removed rules and switched settings', () => {
    const before = sample();
    const after: Settings = {
      ...before,
      badge: true,
      reader: { ...before.reader, images: false },
      sites: { 'a.com': rule({ hide: ['.paywall', '.meter'] }), 'c.net': rule() },
    };
    expect(diffSettings(before, after)).toEqual({
      added: ['c.net'],
      changed: ['a.com'],
      removed: ['b.org'],
      switched: [
        { name: 'badge', from: false, to: true },
        { name: 'reader.images', from: true, to: false },
      ],
    });
  });

  test('identical settings make an empty diff', () => {
    expect(isEmptyDiff(diffSettings(sample(), sample()))).toBe(true);
  });
});
