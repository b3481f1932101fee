/**
 * Vendor markers the sentinel looks for: id and class substrings that
 * paywall and meter vendors put on their containers (the stems the detector
 * seeds from, src/core/detect/signals/vendor.ts; a test keeps the two in
 * step). A marker is evidence only: the detector judges what it marks.
 *
 * Matched with one case-insensitive regex on an element's id and class, over
 * `[class],[id]` elements only: a selector of 13 case-insensitive attribute
 * substrings (26 selectors) matched against every element of a page cost
 * several milliseconds on an ordinary article page; the regex loop a fraction.
 */
export const VENDOR_STEMS: readonly string[] = ['paywall', 'piano', 'tp-modal', 'poool', 'zephr', 'pelcro', 'regwall', 'metered', 'lp_purchase', 'wkwp-', 'qiota', 'tp-container', 'tp-inline'];

const VENDOR_RE = new RegExp(VENDOR_STEMS.join('|'), 'i');

/** Whether `el`'s id or class carries a vendor stem (tested one after the other: no string is built per element). */
export const vendorMarked = (el: Element) => VENDOR_RE.test(el.id) || VENDOR_RE.test(el.getAttribute('class') ?? '');

/** The first `max` marked elements in `root` (itself included), in document order; the search stops there. */
export function vendorMarks(root: Element, max = Number.POSITIVE_INFINITY): Element[] {
  const marks: Element[] = [];
  if (max > 0 && vendorMarked(root)) marks.push(root);
  if (marks.length >= max) return marks;
  for (const el of root.querySelectorAll('[class],[id]')) if (vendorMarked(el) && marks.push(el) >= max) break;
  return marks;
}

/** An iframe below `root` in (or marked as) a vendor's container (`root` included): a vendor's offer frame. */
export function vendorFrame(root: Element): boolean {
  for (const frame of root.getElementsByTagName('iframe')) {
    for (let el: Element | null = frame; el; el = el === root ? null : el.parentElement) if (vendorMarked(el)) return true;
  }
  return false;
}

/**
 * A vendor's purchase box in the page's own markup: a short container with a vendor stem that
 * names two prices ("This article $0.49 · 30-day pass $4.99"), at most VENDOR_BOX_TEXT characters long. An ordinary container that merely
 * carries a stem (a `paywall` class on a clean article's wrapper) is long, or names no prices.
 * Only the first VENDOR_BOXES marked containers are read.
 */
export const VENDOR_BOX_TEXT = 1_500;
export const VENDOR_BOXES = 8;
