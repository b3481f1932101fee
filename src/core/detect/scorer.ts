/**
 * The scorer: runs every signal on a candidate, sums the points and compares
 * with the threshold. A verdict also needs evidence (text, vendor shape,
 * frame body or backdrop pairing): geometry alone never hides anything, a
 * vendor name alone hides only a blocking layer (full-viewport or dialog), and
 * an inline panel needs its text to be clearly offer text.
 */
import { consent } from './signals/consent.ts';
import { frame } from './signals/frame.ts';
import { geometry } from './signals/geometry.ts';
import { page } from './signals/page.ts';
import { positioning } from './signals/positioning.ts';
import { stacking } from './signals/stacking.ts';
import { structure } from './signals/structure.ts';
import { text } from './signals/text.ts';
import { vendor } from './signals/vendor.ts';
import type { Candidate, Signal } from './types.ts';

export const THRESHOLD = 10;
/** Evidence points a layer needs besides its geometry. */
export const LAYER_EVIDENCE = 3;
/** Offer-text points an inline panel needs. */
export const INLINE_TEXT = 5;

const LAYER_SIGNALS: Signal[] = [positioning, geometry, stacking, text, vendor, frame, consent, structure, page];
const INLINE_SIGNALS: Signal[] = [text, vendor, consent, structure, page];

export interface Verdict {
  score: number;
  reasons: string[];
  clutter: boolean;
}

export function score(c: Candidate): Verdict {
  let total = 0;
  let evidence = 0;
  let textPts = 0;
  let vendorPts = 0;
  let blocking = false;
  const reasons: string[] = [];
  for (const s of c.kind === 'layer' ? LAYER_SIGNALS : INLINE_SIGNALS)
    s(c, (reason, pts, isEvidence) => {
      total += pts;
      if (isEvidence) evidence += pts;
      if (reason.startsWith('offer-text')) textPts = pts;
      if (reason.startsWith('vendor')) vendorPts = pts;
      if (reason === 'covers-viewport' || reason === 'dialog-box' || reason === 'signup-form') blocking = true;
      reasons.push(reason);
    });
  // A vendor name on a bar or corner box that says nothing is an empty slot: vendor
  // shape counts as evidence there only next to some offer text.
  if (!blocking && !textPts) evidence -= vendorPts;
  const clutter = total >= THRESHOLD && (c.kind === 'layer' ? evidence >= LAYER_EVIDENCE : textPts >= INLINE_TEXT);
  return { score: Math.round(total * 10) / 10, reasons, clutter };
}
