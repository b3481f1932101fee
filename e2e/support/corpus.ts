/** The aeb-dev corpus: page ids and their human ground truth. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusDir } from './paths.ts';

export interface CorpusPage {
  id: string;
  url: string;
  articleBody: string;
}

export function corpusPages(): CorpusPage[] {
  const truth = JSON.parse(readFileSync(resolve(corpusDir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.entries(truth)
    .map(([id, { url, articleBody }]) => ({ id, url, articleBody }))
    .sort((a, b) => a.id.localeCompare(b.id));
}
