/**
 * detector.js: the full clutter detector with its language tables, injected
 * by the background (`content/need-detector`, src/background/inject.ts)
 * into a page's extension world only when content.js's sentinel saw evidence
 * of clutter (or the site has rules), together with the page's language
 * packs. It stays for the page. It publishes, under `Symbol.for` keys in this
 * world only (nothing reaches the page):
 *  - its module, for content.js (`DETECTOR_KEY`, src/shared/injected.ts);
 *  - the language-pack hook (lang-packs.ts): a pack adds its table to the
 *    matcher and, once the detector runs, triggers a fresh pass;
 *  - its warm offer matcher, for extract.js (src/core/lang/share.ts).
 */
import { type Detector, type DetectorOptions, startDetector } from '../core/detect';
import { activeLangs } from '../core/lang/index';
import { publishLangShare } from '../core/lang/share';
import { DETECTOR_KEY, type DetectorModule } from '../shared/injected';
import { notifyBackground } from '../shared/protocol';
import { installPackHook, requestPacks } from './lang-packs';
import { choosePacks } from './page-packs';

/**
 * How long the first pass waits for a language pack the page needs and does
 * not have yet (the background injects the page's packs with this script, so
 * this is rare); a pack that comes later still triggers a fresh pass.
 */
const PACK_WAIT_MS = 1500;

let running: Detector | undefined;
let packsAsked: Promise<void> | undefined;

/** Asks once per page for the packs the page needs and still lacks; settles when they ran or after PACK_WAIT_MS. */
function loadPacks(doc: Document): Promise<void> {
  const have = activeLangs();
  packsAsked ??= requestPacks(
    choosePacks(doc).filter((lang) => !have.includes(lang)),
    (lang) => notifyBackground('content/need-lang', { lang }),
    PACK_WAIT_MS,
  );
  return packsAsked;
}

const key = Symbol.for(DETECTOR_KEY);
const world = globalThis as unknown as Record<symbol, unknown>;
if (!Object.hasOwn(world, key)) {
  // A pack that arrives after the first pass: the detector looks at the whole page again.
  installPackHook(() => running?.updateOptions({}));
  // The reader's extract.js, injected into this same world later, judges offer text with this
  // script's matcher, already compiled and warm (and with this page's packs), not a cold copy.
  publishLangShare();
  const mod: DetectorModule = Object.freeze({
    async start(doc: Document, opts: DetectorOptions) {
      await loadPacks(doc);
      running = startDetector(doc, opts);
      return running;
    },
  });
  Object.defineProperty(world, key, { value: mod, enumerable: false, configurable: false, writable: false });
}
