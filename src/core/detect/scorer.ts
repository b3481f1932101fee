/**
 * The scorer: runs every signal on a candidate, sums the points and compares
 * with the threshold. A verdict also needs evidence (text, vendor shape,
 * frame body, sign-up form, backdrop pairing, a subscription price on a
 * floating layer, or a blocking layer with a price or some offer words on a
 * locked or dimmed page): geometry alone never hides anything, a vendor name alone
 * hides only a blocking layer (full-viewport or dialog), and an inline panel
 * needs its text to be clearly offer text (a little less when it is laid over
 * the article's paragraphs; a gradient fade laid over them needs only some offer word; a
 * plan panel, a subscription price with a control, needs a little).
 *
 * The scorer decides by signal ids (types.ts `SignalId`), never by the reason
 * text shown to the user.
 */
import { besideContent } from './signals/beside-content.ts';
import { blocking } from './signals/blocking.ts';
import { consent } from './signals/consent.ts';
import { dismiss } from './signals/dismiss.ts';
import { coversArticle } from './signals/covers-article.ts';
import { frame } from './signals/frame.ts';
import { geometry } from './signals/geometry.ts';
import { page } from './signals/page.ts';
import { planPanel } from './signals/plan-panel.ts';
import { positioning } from './signals/positioning.ts';
import { price } from './signals/price.ts';
import { stacking } from './signals/stacking.ts';
import { structure } from './signals/structure.ts';
import { text } from './signals/offer-text.ts';
import { vendor } from './signals/vendor.ts';
import type { Candidate, Signal, SignalId } from './types.ts';

export const THRESHOLD = 10;
/** Evidence points a layer needs besides its geometry. */
export const LAYER_EVIDENCE = 3;
/** Offer-text points an inline panel needs. */
export const INLINE_TEXT = 5;
/** Offer-text points an inline plan panel (a subscription price and a control) needs. */
export const INLINE_TEXT_PLAN = 2;
/** Offer-text points an inline panel laid over article paragraphs needs (one gate or meter phrase). */
export const INLINE_TEXT_OVER_ARTICLE = 3;

const LAYER_SIGNALS: Signal[] = [positioning, geometry, stacking, text, price, vendor, frame, blocking, consent, structure, page, dismiss];
const INLINE_SIGNALS: Signal[] = [text, vendor, consent, structure, page, coversArticle, planPanel, besideContent];

/** Shapes that block the page: with them a vendor shape is evidence even without offer text. */
const BLOCKING: ReadonlySet<SignalId> = new Set<SignalId>(['covers-viewport', 'dialog-box', 'signup-form']);

export interface Verdict {
  score: number;
  /** What fired, as shown to the user: the id, with its detail in brackets when it has one. */
  reasons: string[];
  /** What fired, by id. */
  ids: SignalId[];
  clutter: boolean;
}

export function score(c: Candidate): Verdict {
  let total = 0;
  let evidence = 0;
  const pts = new Map<SignalId, number>();
  const reasons: string[] = [];
  const ids: SignalId[] = [];
  for (const s of c.kind === 'layer' ? LAYER_SIGNALS : INLINE_SIGNALS)
    s(c, (id, points, isEvidence, detail) => {
      total += points;
      if (isEvidence) evidence += points;
      pts.set(id, (pts.get(id) ?? 0) + points);
      ids.push(id);
      reasons.push(detail ? `${id}(${detail})` : id);
    });
  const textPts = pts.get('offer-text') ?? 0;
  // A vendor name on a bar or corner box that says nothing is an empty slot: vendor
  // shape counts as evidence there only next to some offer text.
  if (!ids.some((id) => BLOCKING.has(id)) && !textPts) evidence -= pts.get('vendor') ?? 0;
  const inlineText = pts.has('covers-article') ? INLINE_TEXT_OVER_ARTICLE : INLINE_TEXT;
  // A fade gate laid over the article carries itself with any offer word (covers-article.ts).
  const inlineOk = textPts >= inlineText || pts.has('fade-over-article') || (pts.has('plan-panel') && textPts >= INLINE_TEXT_PLAN);
  const clutter = total >= THRESHOLD && (c.kind === 'layer' ? evidence >= LAYER_EVIDENCE : inlineOk);
  return { score: Math.round(total * 10) / 10, reasons, ids, clutter };
}
