/**
 * Figures from seed outcomes, as the issue counts them:
 *  - hidden: clutter pieces (shown ones) whose every measured element is not visible;
 *  - scroll: scroll-locked pages taller than the viewport that moved under the wheel;
 *  - article: ground-truth paragraphs visible and uncovered on clutter pages, next to the same
 *    pages clean (same browser, same mode);
 *  - clean pages: paragraphs visible, pages that lost no text block seen without the extension,
 *    extension errors.
 * Grouped per kind, language and naming scheme (a page's scroll and article count for each of
 * its two kinds), and as the full kind x language x scheme cube in the JSON.
 */
import type { SeedOutcome } from './session.ts';

export interface Cell {
  pieces: number;
  hidden: number;
  lockedPages: number;
  scrolled: number;
  paragraphs: number;
  visible: number;
  cleanVisible: number;
}

export interface Summary {
  pages: number;
  clutterPages: number;
  overall: Cell;
  byKind: Record<string, Cell>;
  byLang: Record<string, Cell>;
  byScheme: Record<string, Cell>;
  cube: Record<string, Cell>;
  clean: { pages: number; paragraphs: number; visible: number; blockPages: number; blockPagesNoLoss: number };
  errors: number;
  failedLoads: number;
  seconds: number;
}

const emptyCell = (): Cell => ({ pieces: 0, hidden: 0, lockedPages: 0, scrolled: 0, paragraphs: 0, visible: 0, cleanVisible: 0 });

function addPage(cell: Cell, o: SeedOutcome, kind?: string): void {
  for (const p of o.pieces) {
    if (!p.shown || (kind && p.kind !== kind)) continue;
    cell.pieces++;
    if (p.hidden) cell.hidden++;
  }
  if (o.locked && o.scroll !== null) {
    cell.lockedPages++;
    if (o.scroll) cell.scrolled++;
  }
  if (o.cleanParagraphs) {
    // Paragraphs counted on both sides only where the clean page found them.
    cell.paragraphs += o.cleanParagraphs.located;
    cell.visible += Math.min(o.paragraphs.visible, o.cleanParagraphs.located);
    cell.cleanVisible += o.cleanParagraphs.visible;
  }
}

export function summarize(outcomes: SeedOutcome[], seconds = 0): Summary {
  const s: Summary = {
    pages: outcomes.length,
    clutterPages: 0,
    overall: emptyCell(),
    byKind: {},
    byLang: {},
    byScheme: {},
    cube: {},
    clean: { pages: 0, paragraphs: 0, visible: 0, blockPages: 0, blockPagesNoLoss: 0 },
    errors: 0,
    failedLoads: 0,
    seconds,
  };
  const cell = (map: Record<string, Cell>, key: string) => (map[key] ??= emptyCell());
  for (const o of outcomes) {
    s.errors += o.errors;
    if (o.error || (!o.clean && !o.installed)) {
      s.failedLoads++;
      continue;
    }
    if (o.clean) {
      s.clean.pages++;
      s.clean.paragraphs += o.paragraphs.located;
      s.clean.visible += o.paragraphs.visible;
      if (o.textBlocks) {
        s.clean.blockPages++;
        if (o.textBlocks.lost === 0) s.clean.blockPagesNoLoss++;
      }
      continue;
    }
    s.clutterPages++;
    addPage(s.overall, o);
    for (const k of new Set(o.kinds)) {
      addPage(cell(s.byKind, k), o, k);
      addPage(cell(s.cube, `${k}|${o.lang}|${o.scheme}`), o, k);
    }
    addPage(cell(s.byLang, o.lang), o);
    addPage(cell(s.byScheme, o.scheme), o);
  }
  return s;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

function row(name: string, c: Cell): string {
  return `| ${name} | ${c.pieces} | ${pct(c.hidden, c.pieces)} | ${c.lockedPages} | ${pct(c.scrolled, c.lockedPages)} | ${pct(c.visible, c.paragraphs)} | ${pct(c.cleanVisible, c.paragraphs)} |`;
}

function table(title: string, cells: Record<string, Cell>, order?: readonly string[]): string {
  const keys = order ? order.filter((k) => cells[k]) : Object.keys(cells).sort();
  return [`| ${title} | pieces | hidden | locked pages | scroll by wheel | article visible | same pages clean |`, '|---|---|---|---|---|---|---|', ...keys.map((k) => row(k, cells[k] as Cell))].join('\n');
}

export function markdown(s: Summary, heading: string, kinds?: readonly string[]): string {
  const c = s.clean;
  return [
    heading,
    '',
    `${s.pages} page loads (${s.clutterPages} with clutter, ${c.pages} clean${s.failedLoads ? `, ${s.failedLoads} failed to load or inject` : ''}); extension errors: ${s.errors}.`,
    '',
    table('all clutter pages', { all: s.overall }),
    '',
    table('kind', s.byKind, kinds),
    '',
    table('language', s.byLang),
    '',
    table('naming', s.byScheme),
    '',
    `Clean pages: article paragraphs visible ${pct(c.visible, c.paragraphs)} (${c.visible}/${c.paragraphs})${c.blockPages ? `; pages that lost no text block visible without the extension: ${pct(c.blockPagesNoLoss, c.blockPages)} (${c.blockPagesNoLoss}/${c.blockPages})` : ''}.`,
  ].join('\n');
}
