/**
 * The verdict on one aeb-dev page in the false-positive gate, shared by the Chromium and
 * Firefox suites. A page passes only when it was really checked: it loaded, the content script
 * answered for its tab, and at least one ground-truth paragraph was found on it. A page that
 * fails any of these is a FAILURE of the gate, never "nothing hidden". Then no located
 * ground-truth line may be collapsed by us (an ancestor with our inline display:none) or
 * covered by something when scrolled into view (the in-page check samples every fifth line).
 */
import type { GroundTruthCheck } from './ground-truth-check.ts';

export interface PageObservation {
  id: string;
  /** Why the page did not load, when it did not. */
  loadError?: string;
  /** The content script's status answer; null when it never answered. */
  items: Array<{ label: string; reasons: string[] }> | null;
  gt: GroundTruthCheck | null;
}

export interface PageVerdict {
  /** Reasons the gate fails on this page (empty: the page passes). */
  failures: string[];
  /** Items hidden on the page (allowed on at most 5% of pages). */
  hidden: string[];
}

export function judgeCorpusPage(o: PageObservation): PageVerdict {
  const id = o.id.slice(0, 12);
  const failures: string[] = [];
  if (o.loadError) failures.push(`${id}: the page did not load (${o.loadError})`);
  if (o.items === null) failures.push(`${id}: the content script never answered page/status`);
  if (!o.gt) failures.push(`${id}: the ground-truth check did not run`);
  else {
    if (o.gt.found === 0) failures.push(`${id}: none of the ${o.gt.total} ground-truth lines was located on the page`);
    if (o.gt.hidden > 0) failures.push(`${id}: ${o.gt.hidden} ground-truth lines hidden by the extension`);
    if (o.gt.covered > 0) failures.push(`${id}: ${o.gt.covered} sampled ground-truth lines covered by another element: ${o.gt.coveredBy.join('; ')}`);
  }
  const hidden = (o.items ?? []).map((i) => `${i.label} [${i.reasons.join(' ')}]`);
  return { failures, hidden };
}
