/**
 * Vendor markers the sentinel looks for: id and class substrings that
 * paywall and meter vendors put on their containers (the stems the detector
 * seeds from, src/core/detect/signals/vendor.ts; a test keeps the two in
 * step). A marker is evidence only: the detector judges what it marks.
 */
export const VENDOR_STEMS: readonly string[] = ['paywall', 'piano', 'tp-modal', 'poool', 'zephr', 'pelcro', 'regwall', 'metered', 'lp_purchase', 'wkwp-', 'qiota', 'tp-container', 'tp-inline'];

/** One selector for all stems (attribute substring, case-insensitive). */
export const VENDOR_SELECTOR = VENDOR_STEMS.map((w) => `[id*="${w}" i],[class*="${w}" i]`).join(',');

/** An iframe in (or marked as) a vendor's container: a vendor's offer frame. */
export const VENDOR_FRAME = VENDOR_STEMS.map((w) => `[id*="${w}" i] iframe,[class*="${w}" i] iframe,iframe[id*="${w}" i],iframe[class*="${w}" i]`).join(',');

/**
 * A vendor's purchase box in the page's own markup: a short container with a vendor stem that
 * names two prices ("This article $0.49 · 30-day pass $4.99"). An ordinary container that merely
 * carries a stem (a `paywall` class on a clean article's wrapper) is long, or names no prices.
 * Only the first VENDOR_BOXES marked containers are read.
 */
export const VENDOR_BOX_TEXT = 1_500;
export const VENDOR_BOX_PRICES = 2;
export const VENDOR_BOXES = 8;
