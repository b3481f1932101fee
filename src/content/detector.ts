/**
 * detector.js: the full clutter detector with its language tables, injected
 * by the background (`content/need-detector`) into a page's extension world
 * only when content.js's sentinel saw evidence of clutter (or the site has
 * rules). It stays for the page. It publishes:
 *  - its start function, for content.js (detector-handle.ts);
 *  - the language-pack hook (lang-packs.ts): packs it asks for add tables to
 *    its matcher and trigger a fresh pass;
 *  - its warm offer matcher, for extract.js (../core/lang/share.ts).
 * All under `Symbol.for` keys in this world only: nothing reaches the page.
 */
import { type Detector, type DetectorOptions, startDetector } from '../core/detect';
import { activeLangs } from '../core/lang/index';
import { publishLangShare } from '../core/lang/share';
import { ext as browser } from '../shared/ext';
import { DETECTOR_KEY, type DetectorModule } from './detector-handle';
import { installPackHook, requestPacks } from './lang-packs';
import { choosePacks } from './page-packs';

/**
 * How long the first pass waits for the page's language packs. The answer
 * usually takes a few tens of milliseconds (longer when the background has
 * to wake up); a pack that comes later still triggers a fresh pass.
 */
const PACK_WAIT_MS = 1500;

let running: Detector | undefined;
let packsAsked: Promise<void> | undefined;

/**
 * Asks once per page for the language packs it needs and does not have yet (the background
 * usually injected them right after this script); settles when they ran or after PACK_WAIT_MS.
 */
function loadPacks(doc: Document): Promise<void> {
  const have = activeLangs();
  packsAsked ??= requestPacks(choosePacks(doc).filter((l) => !have.includes(l)), (lang) => browser.runtime.sendMessage({ type: 'content/need-lang', lang }), PACK_WAIT_MS);
  return packsAsked;
}

const key = Symbol.for(DETECTOR_KEY);
const g = globalThis as unknown as Record<symbol, unknown>;
if (!Object.hasOwn(g, key)) {
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
  Object.defineProperty(g, key, { value: mod, enumerable: false, configurable: false, writable: false });
}
