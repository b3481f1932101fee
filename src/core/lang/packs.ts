/**
 * Language packs: every table except the always-on ones (tables/initial.content.ts) is built as
 * its own classic script, `lang/<code>.js`, which the background injects into a tab's isolated
 * world when the content script asks for it. The pack hands its table to the function the
 * content script keeps under `Symbol.for(LANG_PACK_HOOK)` on its own globalThis (the page's
 * scripts live in another world and cannot see or call it).
 *
 * This file carries names only, no table data: the background imports it for its allowlist.
 * The build refuses to run when this list and tables/index.ts disagree.
 */
export const PACK_LANGS = ['de', 'fr', 'es', 'it', 'pt', 'nl', 'hi', 'ja', 'zh', 'ru', 'ar', 'pl', 'sv', 'tr'] as const;
export type PackLang = (typeof PACK_LANGS)[number];

/** Languages the always-on content script carries itself. */
export const ALWAYS_ON_LANGS = ['en'] as const;

import { LANG_PACK_HOOK } from '../../shared/injected.ts';

export { LANG_PACK_HOOK };

export function isPackLang(lang: unknown): lang is PackLang {
  return (PACK_LANGS as readonly unknown[]).includes(lang);
}

/** The pack's file in the built extension, relative to its root. */
export const packFile = (lang: PackLang) => `lang/${lang}.js`;

/** At most this many packs per page: a page is rarely written in more languages, and each one costs compile time. */
export const MAX_PAGE_PACKS = 3;

/**
 * The source of one pack file: the table as a JSON literal handed to the hook, if the content
 * script installed one. Data only: no bundler is needed and the file carries nothing the table
 * file does not say. Written by scripts/build/classic-scripts.ts.
 */
export function packSource(table: { lang: string }): string {
  return `(()=>{const r=globalThis[Symbol.for(${JSON.stringify(LANG_PACK_HOOK)})];typeof r=="function"&&r(${JSON.stringify(table)})})();\n`;
}
