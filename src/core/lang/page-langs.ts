/**
 * What a page says of its own language, for choosing language tables: the always-on content
 * script picks its packs with it (src/content/lang-packs.ts) and the reader's extraction its
 * tables (src/core/extract/needed-langs.ts).
 */

/**
 * Scripts that name their language well enough, in test order. Kana means Japanese; Han
 * without kana may be Chinese or a kanji-only Japanese headline, so it names both. Hangul has
 * no table yet.
 */
export const SCRIPT_LANGS: ReadonlyArray<[script: RegExp, langs: string[]]> = [
  [/[\u0900-\u097f]/, ['hi']], //                                 Devanagari
  [/[\u3040-\u30ff]/, ['ja']], //                                 Hiragana, Katakana
  [/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/, ['zh', 'ja']], // Han
  [/[\u0400-\u04ff]/, ['ru']], //                                 Cyrillic
  [/[\u0600-\u06ff\u0750-\u077f]/, ['ar']], //                    Arabic
];

/** "de-AT", "pt_BR", "zh-Hant-TW" → "de", "pt", "zh"; a list ("de, en") gives each. */
export function primaryTags(value: string | null | undefined): string[] {
  if (!value) return [];
  return value
    .split(',')
    .map((tag) => tag.trim().toLowerCase().split(/[-_]/)[0] ?? '')
    .filter(Boolean);
}

/** The languages the document declares: `<html lang>` (and `xml:lang`), the content-language meta, og:locale. */
export function declaredLangs(doc: Document): string[] {
  const root = doc.documentElement;
  return [
    ...primaryTags(root?.getAttribute('lang')),
    ...primaryTags(root?.getAttribute('xml:lang')),
    ...primaryTags(doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
    ...primaryTags(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')),
  ];
}

/** The languages of the first script in SCRIPT_LANGS that `text` is written in. */
export function scriptLangs(text: string): string[] {
  for (const [script, langs] of SCRIPT_LANGS) if (script.test(text)) return langs;
  return [];
}

/** The page's title and first heading: short, always there when the article is, and cheap to read. */
export const headingSample = (doc: Document) => `${doc.title} ${doc.querySelector('h1')?.textContent ?? ''}`.slice(0, 400);
