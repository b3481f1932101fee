/**
 * Language packs for the on-demand detector (detector.js). It carries the
 * English table only; the background injects the page's packs with it
 * (page-packs.ts), and later it may ask for another language's pack
 * (`content/need-lang`), which the background injects into this isolated
 * world. The pack calls the hook installed here, the table is added to the
 * matchers (rebuilt lazily, once) and the detector is asked for a fresh pass.
 *
 * Which packs a page gets is decided first from what the page says of itself:
 * its declared languages (`<html lang>`, the content-language meta, og:locale)
 * and the scripts of its title and first heading. English-only pages load
 * nothing extra at first. Later, the clutter's own text may ask for more: a
 * candidate or a scanned line written in a language whose table is not active
 * (src/core/lang/text-langs.ts) asks through the same channel, and the
 * detector looks at the page again once the pack ran (or failed).
 */
import { activeLangs, addLangTable, setPackAsker } from '../core/lang/index';
import { LANG_PACK_HOOK, type PackLang } from '../core/lang/packs';
import type { LangTable } from '../core/lang/tables/types';
import type { LangPackHook as Hook } from '../shared/injected';

/** What installPackHook was given: run after a table was added (and after a text-asked pack failed). */
let added: ((lang: string) => void) | undefined;

/**
 * Installs the function packs call, under a `Symbol.for` key on this world's
 * globalThis (page scripts run in another world and cannot reach it).
 * `onAdded` runs after a table was added (not for a repeat or a malformed one).
 */
export function installPackHook(onAdded: (lang: string) => void): void {
  added = onAdded;
  const hook: Hook = (table) => {
    if (addLangTable(table as LangTable)) onAdded((table as LangTable).lang);
  };
  (globalThis as unknown as Record<symbol, Hook>)[Symbol.for(LANG_PACK_HOOK)] = hook;
}

/**
 * Asks for each pack (`ask` sends the message; the background answers once
 * the pack has run; `ask` is also kept for the packs text asks for later) and settles when all have answered or after `waitMs`,
 * whichever comes first. Never rejects: a page without its pack is still
 * cleaned with the English table, and a late pack still triggers a pass.
 */
export function requestPacks(langs: PackLang[], ask: (lang: PackLang) => Promise<unknown>, waitMs: number): Promise<void> {
  // Text in another language asks through the same channel; a pack that did not come still
  // means a fresh look (the detector then judges that text by its structure).
  setPackAsker(ask, (lang) => {
    if (!activeLangs().includes(lang)) added?.(lang);
  });
  if (!langs.length) return Promise.resolve();
  const all = Promise.all(langs.map((lang) => ask(lang).catch(() => undefined)));
  return new Promise((done) => {
    const timer = setTimeout(done, waitMs);
    all.then(() => {
      clearTimeout(timer);
      done();
    });
  });
}
