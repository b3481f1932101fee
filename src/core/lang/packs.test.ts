/**
 * Language packs: the lang module starts with the always-on tables only (as in content.js) and
 * recompiles once a pack adds a table. The build's pack list matches the tables.
 */
import { runInThisContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { de } from './tables/de';
import { fr } from './tables/fr';
import { LANGS } from './tables/index';
import { INITIAL_LANGS as CONTENT_LANGS } from './tables/initial.content';

// As in the content script's build: English only at first.
vi.mock('./tables/initial', async () => ({ INITIAL_LANGS: [(await import('./tables/en')).en] }));

const { activeLangs, addLangTable, isOfferLine, judgeOfferText, langsVersion } = await import('./index');
const { offerMatcher, consentMatcher } = await import('./compile');
const { ALWAYS_ON_LANGS, isPackLang, LANG_PACK_HOOK, PACK_LANGS, packFile, packSource } = await import('./packs');

const GERMAN_METER = 'Sie haben Ihr monatliches Artikel-Limit erreicht.';
const GERMAN_PRICE = '9,99 € / Monat';

describe('pack list', () => {
  it('packs are exactly the tables content.js does not carry', () => {
    const always = CONTENT_LANGS.map((t) => t.lang);
    expect(always).toEqual([...ALWAYS_ON_LANGS]);
    expect([...PACK_LANGS].sort()).toEqual(LANGS.map((t) => t.lang).filter((l) => !always.includes(l)).sort());
  });

  it('the allowlist admits pack names only', () => {
    expect(isPackLang('de')).toBe(true);
    for (const name of ['en', 'xx', '../de', 'de.js', 'DE', '', undefined, 3]) expect(isPackLang(name)).toBe(false);
    expect(packFile('ja')).toBe('lang/ja.js');
  });
});

describe('adding a table', () => {
  it('starts with English only', () => {
    expect(activeLangs()).toEqual(['en']);
    expect(isOfferLine('Subscribe now for unlimited access.')).toBe(true);
    expect(isOfferLine(GERMAN_METER)).toBe(false);
    expect(judgeOfferText(GERMAN_PRICE).reasons).not.toContain('price-period');
  });

  it('a malformed or foreign table is refused and changes nothing', () => {
    expect(addLangTable({ ...de, lang: 'xx', meter: ['.*'] })).toBe(false); // may start with anything
    expect(addLangTable({ ...de, lang: 'xx', meter: ['(unclosed'] })).toBe(false);
    expect(addLangTable({ lang: 'Deutsch' } as never)).toBe(false);
    expect(addLangTable({ lang: 'xx', meter: [1] } as never)).toBe(false);
    expect(addLangTable(null as never)).toBe(false);
    expect(activeLangs()).toEqual(['en']);
  });

  it('a pack file hands its table to the hook; phrases and money words count from the next call on', () => {
    const seen: unknown[] = [];
    const key = Symbol.for(LANG_PACK_HOOK);
    (globalThis as Record<symbol, unknown>)[key] = (table: unknown) => seen.push(table) && addLangTable(table as typeof de);
    try {
      runInThisContext(packSource(de));
    } finally {
      delete (globalThis as Record<symbol, unknown>)[key];
    }
    expect(seen).toEqual([de]);
    expect(activeLangs()).toEqual(['en', 'de']);
    expect(isOfferLine(GERMAN_METER)).toBe(true);
    expect(judgeOfferText(GERMAN_METER).reasons).toContain('meter:de');
    expect(judgeOfferText(GERMAN_PRICE).reasons).toContain('price-period');
    // English is still there.
    expect(isOfferLine('Subscribe now for unlimited access.')).toBe(true);
  });

  it('the same language twice is added once', () => {
    const version = langsVersion();
    expect(addLangTable(de)).toBe(false);
    expect(langsVersion()).toBe(version);
    expect(activeLangs()).toEqual(['en', 'de']);
  });

  it('a pack file without the hook (content script absent) does nothing', () => {
    expect(() => runInThisContext(packSource({ lang: 'fr' }))).not.toThrow();
    expect(activeLangs()).toEqual(['en', 'de']);
  });

  it('compiles lazily: once after a pack, not per call and not per pack added', () => {
    const offer = offerMatcher();
    const version = langsVersion();
    expect(offerMatcher()).toBe(offer);
    expect(addLangTable(fr)).toBe(true);
    expect(langsVersion()).toBeGreaterThan(version);
    expect(addLangTable({ ...fr, lang: 'xy' })).toBe(true);
    const next = offerMatcher();
    expect(next).not.toBe(offer);
    expect(offerMatcher()).toBe(next);
    expect(consentMatcher()).toBe(consentMatcher());
    expect(next.groups.some((g) => g.reason === 'meter:fr')).toBe(true);
  });
});
