/**
 * The trafilatura-dev corpus: 200 multilingual pages with with/without snippets
 * (test-data/trafilatura-dev/README.md). Pages are served with the charset they declare.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { trafilaturaDir } from '../../test-data/index.ts';
import type { SnippetPage } from '../snippet-metric';

export interface TrafPage extends SnippetPage {
  id: string;
  url: string;
  htmlPath: string;
}

export function listTrafilatura(dir = trafilaturaDir): TrafPage[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, { url: string; with: Array<string | null>; without: Array<string | null> }>;
  const files = new Set(readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz')));
  return Object.entries(data)
    .filter(([id]) => files.has(`${id}.html.gz`))
    .map(([id, d]) => ({ id, url: d.url, with: d.with ?? [], without: d.without ?? [], htmlPath: join(dir, 'html', `${id}.html.gz`) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
