/**
 * The aeb-dev pages over HTTPS on 127.0.0.1, with a throwaway self-signed certificate
 * (openssl), for the browser launched with `ignoreHTTPSErrors`.
 *
 * Why: several corpus pages were saved from https sites and carry a script that sends any
 * http:// visit to https:// (`location = document.URL.replace(/^http:/, "https:")`). Served
 * over plain http they navigate away before their body is parsed, and neither Clear Read nor
 * Readability gets an article (F1 0 for both, for a reason that has nothing to do with
 * extraction). Served over https, as they were published, they stay. Bytes are served as-is.
 * The blank page used before each corpus page is served here too, so the tab stays on one
 * site (https://127.0.0.1) and keeps its renderer and profiler.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corpusDir } from '../../e2e/support/paths';
import { selfSigned } from '../../e2e/support/server';

export interface HttpsCorpus {
  pageUrl(id: string): string;
  blankUrl: string;
  close(): Promise<void>;
}

const BLANK = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench blank</title></head><body></body></html>';

export async function startHttpsCorpus(): Promise<HttpsCorpus> {
  const server = createServer(selfSigned(), async (req, res) => {
    const path = new URL(req.url ?? '/', 'https://127.0.0.1').pathname;
    if (path === '/bench/blank.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(BLANK);
      return;
    }
    const m = /^\/corpus\/([0-9a-f]{64})\.html$/.exec(path);
    try {
      if (!m) throw new Error('not found');
      const data = gunzipSync(await readFile(join(corpusDir, 'html', `${m[1]}.html.gz`)));
      // Same content type as the lead's test server (every aeb-dev page is UTF-8 or undeclared).
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(data);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    pageUrl: (id) => `${origin}/corpus/${id}.html`,
    blankUrl: `${origin}/bench/blank.html`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
