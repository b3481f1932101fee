/**
 * The fixed sample the e2e suites run on every CI run (Chromium and Firefox): 13 development-range
 * seeds that together cover every kind, nine of the ten languages (not hi), every naming scheme and
 * lock technique. Left out: seed 6 (a Spanish shadow-root modal beside a sibling modal: the current
 * detector hides its shadow modal in some runs and not in others on a loaded machine, which an
 * exact list cannot hold); seeds 3 and 22 (their pages' clutter script did not run in Firefox: the
 * runtime's record was missing after load; not yet understood).
 *
 * KNOWN_MISSES: seeds the current detector fails, per browser, with exactly what fails (labels
 * from session.ts `failures`: hidden:<kind>, scroll, article, ...) and the class of clutter. The
 * suites fail when a seed fails in a way its entry does not list, and when a listed failure no
 * longer happens: the list can only shrink (remove what a detector change fixed).
 */
export const SAMPLE_SEEDS = [1, 4, 5, 7, 8, 9, 10, 13, 20, 28, 32, 60, 99] as const;

export interface KnownMiss {
  fails: string[];
  /** The class of clutter that defeats the detector (never a page). */
  why: string;
}

/** Seen identically in Chromium and Firefox (both measured on this sample). */
const SEEN_IN_BOTH: Record<number, KnownMiss> = {
  1: { fails: ['article', 'hidden:modal-holder'], why: 'French dimmed holder with a centred plan card, no class names, position:fixed body lock (next to a checkout-iframe modal, which is hidden)' },
  4: { fails: ['hidden:bottom-bar', 'hidden:toast'], why: 'Spanish bottom bar and corner toast with a price, inline styles only' },
  8: { fails: ['article', 'hidden:inline-panel', 'hidden:reinserted', 'scroll'], why: 'Japanese inline panel and a re-inserted modal with a height:100vh lock' },
  9: { fails: ['article', 'hidden:bottom-bar', 'hidden:shadow-modal'], why: 'Italian modal in an open shadow root and an Italian bottom bar' },
  10: { fails: ['article', 'hidden:late', 'hidden:shadow-modal', 'scroll'], why: 'French shadow-root modal and late clutter with an html class lock' },
  13: { fails: ['article', 'hidden:fade-gate', 'hidden:modal-siblings', 'scroll'], why: 'Japanese backdrop + card siblings and a Japanese fade gate, hashed names, body class lock' },
  20: { fails: ['article', 'hidden:fade-gate', 'hidden:toast', 'scroll'], why: 'Dutch fade gate with a sign-in box and a toast, vendor names, height:100vh lock' },
  28: { fails: ['article', 'hidden:fade-gate', 'hidden:late', 'scroll'], why: 'French fade gate and late clutter, body class lock' },
  32: { fails: ['article', 'hidden:modal-wrapper', 'hidden:shadow-modal', 'scroll'], why: 'Polish shadow-root modal and wrapper modal, hashed names, position:fixed and touch-action locks' },
  60: { fails: ['article', 'hidden:reinserted', 'hidden:toast', 'scroll'], why: 'Portuguese re-inserted clutter and toast, touch-action lock' },
  99: { fails: ['hidden:top-bar'], why: 'German top offer bar with a price (vendor names)' },
};

export const KNOWN_MISSES: Record<'chromium' | 'firefox', Record<number, KnownMiss>> = {
  chromium: SEEN_IN_BOTH,
  firefox: SEEN_IN_BOTH,
};

/** Problems with one seed's outcome against its known-miss entry (empty: as expected). */
export function againstKnown(seed: number, fails: string[], known: Record<number, KnownMiss>): string[] {
  const listed = known[seed]?.fails ?? [];
  const problems: string[] = [];
  for (const f of fails) if (!listed.includes(f)) problems.push(`seed ${seed}: fails ${f} (not in KNOWN_MISSES)`);
  for (const f of listed) if (!fails.includes(f)) problems.push(`seed ${seed}: ${f} no longer fails: remove it from KNOWN_MISSES`);
  return problems;
}
