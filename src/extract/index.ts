/**
 * On-demand extraction entry, bundled to a self-contained classic script `extract.js`.
 *
 * The background injects it into the ISOLATED world with
 * `scripting.executeScript({ files: ['extract.js'] })`, then calls
 * `executeScript({ func: () => globalThis.__clearReadExtract?.() })`. The function returns a
 * structured-clone-safe result: plain objects only (the article model, or a failure reason).
 * Injecting twice is harmless: the function is defined once.
 */
import { extractArticle } from '../core/extract/index';
import type { ExtractWorld } from '../shared/injected';

declare global {
  // eslint-disable-next-line no-var
  var __clearReadExtract: ExtractWorld['__clearReadExtract'];
}

if (typeof globalThis.__clearReadExtract !== 'function') {
  Object.defineProperty(globalThis, '__clearReadExtract', {
    value: () => {
      const result = extractArticle(document, { url: location.href });
      // Plain data only: a JSON round-trip drops anything structured clone would choke on.
      return JSON.parse(JSON.stringify(result));
    },
    enumerable: false,
    configurable: false,
    writable: false,
  });
}
