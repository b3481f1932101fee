/**
 * Baseline for the bench: plain Readability 0.6.0 on the rendered page, exactly as a user of
 * the library would call it. Defines globalThis.__plainReadability() → { text, ms }.
 */
import { Readability } from '@mozilla/readability';

Object.defineProperty(globalThis, '__plainReadability', {
  configurable: true,
  value: () => {
    const t0 = performance.now();
    const res = new Readability(document.cloneNode(true) as Document).parse();
    return { text: res?.textContent ?? '', ms: performance.now() - t0 };
  },
});
