// @vitest-environment jsdom
/**
 * Which language packs a page asks for, the hook packs call, and the wait
 * before the first pass.
 */
import { runInThisContext } from 'node:vm';
import { describe, expect, test, vi } from 'vitest';
import { de } from '../core/lang/tables/de';
import { ja } from '../core/lang/tables/ja';

// As in content.js: English only until a pack arrives.
vi.mock('../core/lang/tables/initial', async () => ({ INITIAL_LANGS: [(await import('../core/lang/tables/en')).en] }));

const { activeLangs, isOfferLine } = await import('../core/lang/index');
const { LANG_PACK_HOOK, packSource } = await import('../core/lang/packs');
const { installPackHook, requestPacks } = await import('./lang-packs');
const { choosePacks } = await import('./page-packs');
const { MAX_PAGE_PACKS: MAX_PACKS } = await import('../core/lang/packs');

function page(html: string, attrs = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html ${attrs}><head>${html}</head><body></body></html>`, 'text/html');
}
const withBody = (doc: Document, body: string) => {
  doc.body.innerHTML = body;
  return doc;
};

describe('choosePacks', () => {
  test('English-only pages load nothing', () => {
    expect(choosePacks(page('<title>Council backs night buses</title>', 'lang="en"'))).toEqual([]);
    expect(choosePacks(page('<title>Council backs night buses</title>', 'lang="en-GB"'))).toEqual([]);
    expect(choosePacks(page('<title>Plain page</title>'))).toEqual([]);
  });

  test('the declared language, with region or script subtags and either separator', () => {
    expect(choosePacks(page('<title>Nachrichten</title>', 'lang="de"'))).toEqual(['de']);
    expect(choosePacks(page('<title>Notícias</title>', 'lang="pt-BR"'))).toEqual(['pt']);
    expect(choosePacks(page('<title>x</title>', 'lang="ZH-Hant-TW"'))).toEqual(['zh']);
    expect(choosePacks(page('<meta http-equiv="Content-Language" content="fr, en"><title>x</title>'))).toEqual(['fr']);
    expect(choosePacks(page('<meta property="og:locale" content="it_IT"><title>x</title>'))).toEqual(['it']);
  });

  test('languages without a table are ignored', () => {
    expect(choosePacks(page('<title>x</title>', 'lang="ko"'))).toEqual([]);
    expect(choosePacks(page('<title>뉴스 구독</title>', 'lang="ko"'))).toEqual([]); // Hangul: no table yet
    expect(choosePacks(page('<title>x</title>', 'lang="../../evil"'))).toEqual([]);
  });

  test('the script of the title and first heading', () => {
    expect(choosePacks(page('<title>भारत समाचार</title>'))).toEqual(['hi']);
    expect(choosePacks(page('<title>東京の新しいバス路線</title>'))).toEqual(['ja']); // kana
    expect(choosePacks(page('<title>北京新闻</title>'))).toEqual(['zh', 'ja']); // Han only: either
    expect(choosePacks(page('<title>Новости Москвы</title>'))).toEqual(['ru']);
    expect(choosePacks(page('<title>أخبار اليوم</title>'))).toEqual(['ar']);
    expect(choosePacks(withBody(page('<title>Site</title>'), '<h1>Новости</h1>'))).toEqual(['ru']);
  });

  test('a template that declares English over a page in another script gets both signals', () => {
    expect(choosePacks(page('<title>Новости Москвы</title>', 'lang="en"'))).toEqual(['ru']);
    expect(choosePacks(page('<title>Россия</title>', 'lang="de"'))).toEqual(['de', 'ru']);
  });

  test(`declared first, deduplicated, at most ${MAX_PACKS}`, () => {
    const doc = page('<meta http-equiv="content-language" content="ja, de, fr, es"><title>東京</title>', 'lang="ja"');
    expect(choosePacks(doc)).toEqual(['ja', 'de', 'fr']);
  });
});

describe('the pack hook', () => {
  test('a pack adds its table once and tells the content script, which runs a fresh pass', () => {
    const added: string[] = [];
    installPackHook((lang) => added.push(lang));
    expect(typeof (globalThis as Record<symbol, unknown>)[Symbol.for(LANG_PACK_HOOK)]).toBe('function');
    expect(isOfferLine('今月の無料記事の上限に達しました')).toBe(false);
    // The built pack file, run in this world as the background's executeScript would.
    runInThisContext(packSource(ja));
    runInThisContext(packSource(ja));
    expect(added).toEqual(['ja']);
    expect(activeLangs()).toEqual(['en', 'ja']);
    expect(isOfferLine('今月の無料記事の上限に達しました')).toBe(true);
  });

  test('a malformed table is not announced', () => {
    const added: string[] = [];
    installPackHook((lang) => added.push(lang));
    (globalThis as unknown as Record<symbol, (t: unknown) => void>)[Symbol.for(LANG_PACK_HOOK)]({ lang: 'de', meter: ['('] });
    (globalThis as unknown as Record<symbol, (t: unknown) => void>)[Symbol.for(LANG_PACK_HOOK)]('de');
    expect(added).toEqual([]);
    expect(activeLangs()).not.toContain('de');
    expect(de.lang).toBe('de');
  });
});

describe('requestPacks', () => {
  test('nothing to ask: settles at once without messages', async () => {
    const ask = vi.fn(async () => true);
    await requestPacks([], ask, 1000);
    expect(ask).not.toHaveBeenCalled();
  });

  test('asks for each pack and settles when all answered', async () => {
    const asked: string[] = [];
    await requestPacks(['de', 'fr'], async (lang) => asked.push(lang), 60_000);
    expect(asked).toEqual(['de', 'fr']);
  });

  test('a lost or failing answer does not hold the page longer than the wait', async () => {
    vi.useFakeTimers();
    try {
      let settled = false;
      const done = requestPacks(['de', 'ru'], (lang) => (lang === 'de' ? Promise.reject(new Error('no receiver')) : new Promise(() => {})), 1500).then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(1499);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await done;
      expect(settled).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('packs the clutter text asks for', () => {
  test('a German line on an English page asks for the German pack once; the answer (pack or failure) brings a fresh pass', async () => {
    const { langPending, missingLangs } = await import('../core/lang/index');
    const passes: string[] = [];
    installPackHook((lang) => passes.push(lang));
    const asked: string[] = [];
    let answer: (ok: boolean) => void = () => {};
    await requestPacks([], (lang) => {
      asked.push(lang);
      return new Promise((r) => {
        answer = r;
      });
    }, 1000);
    const line = 'Sie haben Ihr Limit an kostenlosen Artikeln erreicht. Jetzt abonnieren und weiterlesen.';
    expect(isOfferLine(line)).toBe(false); // English table only
    expect(missingLangs(line)).toEqual(['de']);
    missingLangs(line);
    expect(asked).toEqual(['de']);
    expect(langPending(['de'])).toBe(true);
    // The background could not inject it: the detector judges again, now by structure.
    answer(false);
    await Promise.resolve();
    await Promise.resolve();
    expect(langPending(['de'])).toBe(false);
    expect(passes).toEqual(['de']);
  });

  test("the page's own lines may ask for MAX_SCAN_PACKS packs; a judged candidate's text still gets one after them", async () => {
    const { missingLangs, resetTextLangs, MAX_SCAN_PACKS } = await import('../core/lang/text-langs');
    resetTextLangs();
    const asked: string[] = [];
    await requestPacks([], async (lang) => asked.push(lang), 1000);
    const scanned = ['Connectez-vous à votre compte pour voir vos articles', 'Inicia sesión en tu cuenta para ver tus artículos', 'Accedi al tuo account per vedere i tuoi articoli'];
    for (const line of scanned) missingLangs(line, true);
    expect(asked).toHaveLength(MAX_SCAN_PACKS);
    expect(asked).not.toContain('it');
    expect(missingLangs('Sie haben Ihr Limit an kostenlosen Artikeln erreicht. Jetzt abonnieren und weiterlesen.')).toEqual(['de']);
    expect(asked).toContain('de');
    resetTextLangs();
  });
});
