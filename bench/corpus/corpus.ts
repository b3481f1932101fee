/**
 * The aeb-dev corpus: 131 gzipped article pages with human ground truth (read-only, shared).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { aebDir } from '../../test-data/index.ts';

export const CORPUS_DIR = process.env.AEB_DIR ?? aebDir;

export interface CorpusPage {
  id: string;
  url: string;
  truth: string;
  htmlPath: string;
}

export function listCorpus(dir = CORPUS_DIR): CorpusPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody?: string }
  >;
  const files = readdirSync(join(dir, 'html')).filter((f) => f.endsWith('.html.gz'));
  return files
    .map((f) => {
      const id = f.replace(/\.html\.gz$/, '');
      const t = truth[id];
      return t ? { id, url: t.url, truth: t.articleBody ?? '', htmlPath: join(dir, 'html', f) } : null;
    })
    .filter((p): p is CorpusPage => p !== null)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The page's raw bytes (gunzipped). */
export function readPageBytes(page: Pick<CorpusPage, 'htmlPath'>): Buffer {
  return gunzipSync(readFileSync(page.htmlPath));
}

/**
 * The charset a page declares in its first bytes (<meta charset> or http-equiv), lower case,
 * or null. Pages are served as UTF-8 unless they declare otherwise.
 */
export function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset=([\w-]+)/i.exec(head);
  return m?.[1] ? m[1].toLowerCase() : null;
}

export function contentTypeFor(bytes: Buffer): string {
  const cs = declaredCharset(bytes);
  return `text/html; charset=${cs && cs !== 'utf8' ? cs : 'utf-8'}`;
}
