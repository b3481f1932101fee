/**
 * Where the reader and plain Readability differ on trafilatura-dev, snippet by snippet, from the
 * texts of the last `crossval.ts --corpus traf` run (bench/results/crossval-traf.texts.jsonl):
 * - `-R` a `with` snippet plain Readability finds and the reader misses (a recall loss),
 * - `+P` a `without` snippet the reader keeps and plain Readability drops (a precision loss),
 * and, with `--all`, every snippet the reader gets wrong. One half only, to tune on it:
 *
 *   npx tsx bench/corpus/snippet-diff.ts [--half A|B] [--all] [--only id,id]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeSpace } from '../snippet-metric';
import { REPO_ROOT } from './bundle';
import { type Half, halfOf } from './split';
import { listTrafilatura } from './trafilatura';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const half = arg('half') as Half | undefined;
const only = arg('only')?.split(',');
const all = process.argv.includes('--all');
const jsonl = join(REPO_ROOT, 'bench/results/crossval-traf.texts.jsonl');
if (!existsSync(jsonl)) throw new Error('run crossval.ts --corpus traf first');
const texts = new Map<string, { reader: string; plain: string; readerError?: string }>();
for (const line of readFileSync(jsonl, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as { id: string; texts: { reader: string; plain: string; readerError?: string } };
  texts.set(row.id, row.texts);
}
let lostR = 0;
let lostP = 0;
for (const page of listTrafilatura()) {
  if (half && halfOf(page.id) !== half) continue;
  if (only && !only.some((o) => page.id.startsWith(o))) continue;
  const t = texts.get(page.id);
  if (!t) continue;
  const reader = normalizeSpace(t.reader);
  const plain = normalizeSpace(t.plain);
  const lines: string[] = [];
  for (const s of page.with) {
    if (s == null) continue;
    const n = normalizeSpace(s);
    const inR = reader.includes(n);
    const inP = plain.includes(n);
    if (!inR && (inP || all)) {
      lines.push(`  -R${inP ? '' : '(both)'} ${n.slice(0, 140)}`);
      if (inP) lostR++;
    }
  }
  for (const s of page.without) {
    if (s == null) continue;
    const n = normalizeSpace(s);
    const inR = reader.includes(n);
    const inP = plain.includes(n);
    if (inR && (!inP || all)) {
      lines.push(`  +P${inP ? '(both)' : ''} ${n.slice(0, 140)}`);
      if (!inP) lostP++;
    }
  }
  if (lines.length) console.log(`\n=== ${halfOf(page.id)} ${page.id.slice(0, 12)} ${page.url}${t.readerError ? ` ERROR ${t.readerError}` : ''}\n${lines.join('\n')}`);
}
console.log(`\nwith-snippets only Readability finds: ${lostR}; without-snippets only the reader keeps: ${lostP}`);
