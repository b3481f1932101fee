/**
 * Decide whether the publisher shows only part of the article (`Article.partial`).
 *
 * Signals (each a named heuristic):
 * - "withheld text": paragraphs the visible clone left out because they were blurred,
 *   transparent or scrambled: the publisher shows a stand-in, not the text.
 * - "gate": a continue-reading or subscriber-only line inside the article (pruned from it),
 *   or in the page right after the article's last paragraph (visible or collapsed by the
 *   detector: either way it is the publisher's gate). A limit notice ("you've reached your
 *   limit of free articles") in the same panel makes it an upsell shown under a complete
 *   article, not a cut: many sites show the whole story with that panel after it.
 * - "truncated": any offer line after an article that stops mid-flow: on "…" or "...", or
 *   without the punctuation that ends a sentence.
 */
import type { Block, Partiality } from '../article';
import { localJudge, type OfferJudge } from './offer-judge';
import { inlineText } from '../article-text';
import { type HiddenRecord, WITHHELD_RULES } from './visible-clone';

/** Withheld text shorter than this (chars, in total) is decoration, not an article's paragraphs. */
const WITHHELD_MIN_CHARS = 200;
/** Offer lines that say the rest is withheld. */
const CUT_REASON = /^(?:gate|subOnly)(?::|$)/;
/** A limit notice: the panel is an upsell after a shown article. */
const METER_REASON = /^meter(?::|$)/;
/** How many offer lines after the article are read. */
const GATE_LINES_MAX = 12;
/** A paragraph that ends like a finished sentence (Latin, CJK, Devanagari, Arabic), maybe quoted. */
const SENTENCE_END = /[.!?。！？।؟…][\])"'”’»」』]*$/;
/** How far up from the article's last paragraph we look for a gate in the live page. */
const GATE_SEARCH_LEVELS = 4;
const GATE_LINE_MAX_CHARS = 300;
const ELLIPSIS_END = /(?:…|\.\.\.)\s*[\])"'”’»]?$/;

export function shownParagraphs(blocks: Block[]): number {
  let n = 0;
  for (const b of blocks) {
    if (b.type === 'paragraph' || b.type === 'list' || b.type === 'code' || b.type === 'table') n++;
    else if (b.type === 'quote') n += Math.max(1, shownParagraphs(b.blocks));
  }
  return n;
}

function lastParagraphText(blocks: Block[]): string {
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i];
    if (b?.type === 'paragraph') return inlineText(b.children).replace(/\s+/g, ' ').trim();
  }
  return '';
}

function offerReasons(text: string, judge: OfferJudge): string[] {
  if (!text || text.length > GATE_LINE_MAX_CHARS || !judge.isOfferLine(text)) return [];
  return judge.judgeOfferText(text).reasons;
}

/** The reasons of the offer lines in the live page after the article's last paragraph. */
export function offerReasonsAfter(doc: Document, lastText: string, judge: OfferJudge = localJudge): string[] {
  if (lastText.length < 20) return [];
  const probe = lastText.slice(0, 80);
  let last: Element | null = null;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.startsWith(probe)) last = p;
  }
  if (!last) return [];
  let scope: Element = last;
  for (let i = 0; i < GATE_SEARCH_LEVELS && scope.parentElement && scope.parentElement !== doc.body; i++) {
    scope = scope.parentElement;
  }
  const reasons: string[] = [];
  let lines = 0;
  for (const el of Array.from(scope.querySelectorAll('p, div, span, h2, h3, h4, h5, strong, a, li, button'))) {
    if (!(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (el.querySelector('p, div, li')) continue; // leaf blocks only
    const found = offerReasons((el.textContent ?? '').replace(/\s+/g, ' ').trim(), judge);
    if (found.length === 0) continue;
    reasons.push(...found);
    if (++lines >= GATE_LINES_MAX) break;
  }
  return reasons;
}

export interface PartialInput {
  doc: Document;
  blocks: Block[];
  hidden: HiddenRecord[];
  /** Gate lines pruned from the article. */
  gateText: string[];
  /** Offer judgements (default: this bundle's language module). */
  judge?: OfferJudge;
}

export function detectPartial({ doc, blocks, hidden, gateText, judge = localJudge }: PartialInput): Partiality | undefined {
  const shown = shownParagraphs(blocks);
  const withheld = hidden.filter((h) => WITHHELD_RULES.has(h.rule));
  const withheldChars = withheld.reduce((a, h) => a + h.textLength, 0);
  const withheldParas = withheld.reduce((a, h) => a + h.paragraphs, 0);
  if (withheldChars >= WITHHELD_MIN_CHARS && withheldParas > 0) {
    return { reason: 'hidden-text', shownParagraphs: shown, hiddenParagraphs: withheldParas };
  }
  const last = lastParagraphText(blocks);
  const reasons = [...gateText.flatMap((t) => offerReasons(t, judge)), ...offerReasonsAfter(doc, last, judge)];
  if (reasons.length === 0) return undefined;
  // An article that stops mid-sentence right before an offer was cut.
  if (ELLIPSIS_END.test(last) || (last.length > 0 && !SENTENCE_END.test(last))) {
    return { reason: 'truncated', shownParagraphs: shown };
  }
  const cut = reasons.some((r) => CUT_REASON.test(r));
  const meter = reasons.some((r) => METER_REASON.test(r));
  return cut && !meter ? { reason: 'gate', shownParagraphs: shown } : undefined;
}
