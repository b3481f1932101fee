/** Shadow roots looked into when hit-testing (nested open roots deeper than this are rare). */
const SHADOW_DEPTH = 5;

/** The element the browser shows at (x, y), looking into open shadow roots. Shared by the sentinel and the detector. */
export function hitAt(doc: Document, x: number, y: number): Element | null {
  let el = doc.elementFromPoint(x, y);
  for (let i = 0; el?.shadowRoot && i < SHADOW_DEPTH; i++) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}
