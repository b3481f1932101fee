/**
 * Decide whether the publisher shows only part of the article (`Article.partial`).
 *
 * Signals (each a named heuristic):
 * - "withheld text": paragraphs the visible clone left out because they were blurred,
 *   transparent or scrambled: the publisher shows a stand-in, not the text.
 * - "gate": a limit/continue-reading/subscriber-only line inside the article (pruned from it),
 *   or in the page right after the article's last paragraph (visible or collapsed by the
 *   detector: either way it is the publisher's gate).
 * - "truncated": the gate plus an article that stops mid-flow, on "…" or "...".
 */
import type { Block, Partial } from '../article';
import { isOfferLine, judgeOfferText } from '../lang/index';
import { inlineText } from './to-model';
import { type HiddenRecord, WITHHELD_RULES } from './visible-clone';

/** Withheld text shorter than this (chars, in total) is decoration, not an article's paragraphs. */
const WITHHELD_MIN_CHARS = 200;
const GATE_REASON = /^(?:meter|gate|subOnly|register)(?::|$)/;
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

function isGateLine(text: string): boolean {
  if (!text || text.length > GATE_LINE_MAX_CHARS || !isOfferLine(text)) return false;
  return judgeOfferText(text).reasons.some((r) => GATE_REASON.test(r));
}

/** Find a gate line in the live page after the article's last paragraph. */
export function findGateAfter(doc: Document, lastText: string): string | null {
  if (lastText.length < 20) return null;
  const probe = lastText.slice(0, 80);
  let last: Element | null = null;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.startsWith(probe)) last = p;
  }
  if (!last) return null;
  let scope: Element = last;
  for (let i = 0; i < GATE_SEARCH_LEVELS && scope.parentElement && scope.parentElement !== doc.body; i++) {
    scope = scope.parentElement;
  }
  for (const el of Array.from(scope.querySelectorAll('p, div, span, h2, h3, h4, h5, strong, a, li, button'))) {
    if (!(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    if (el.querySelector('p, div, li')) continue; // leaf blocks only
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (isGateLine(t)) return t;
  }
  return null;
}

export interface PartialInput {
  doc: Document;
  blocks: Block[];
  hidden: HiddenRecord[];
  /** Gate lines pruned from the article. */
  gateText: string[];
}

export function detectPartial({ doc, blocks, hidden, gateText }: PartialInput): Partial | undefined {
  const shown = shownParagraphs(blocks);
  const withheld = hidden.filter((h) => WITHHELD_RULES.has(h.rule));
  const withheldChars = withheld.reduce((a, h) => a + h.textLength, 0);
  const withheldParas = withheld.reduce((a, h) => a + h.paragraphs, 0);
  if (withheldChars >= WITHHELD_MIN_CHARS && withheldParas > 0) {
    return { reason: 'hidden-text', shownParagraphs: shown, hiddenParagraphs: withheldParas };
  }
  const last = lastParagraphText(blocks);
  const gate = gateText.length > 0 || findGateAfter(doc, last) !== null;
  if (!gate) return undefined;
  return { reason: ELLIPSIS_END.test(last) ? 'truncated' : 'gate', shownParagraphs: shown };
}
