/**
 * The local test server (127.0.0.1 only). Routes:
 *   /fixtures/...      → e2e/fixtures/
 *   /demo/...          → demo/
 *   /corpus/<id>.html  → the gunzipped aeb-dev page <id>
 *   /odd/plain.txt, /odd/data.xml, /odd/image.svg → served from e2e/fixtures/odd with their own types
 * Pages are served as-is; nothing is rewritten.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corpusDir, repoRoot } from './paths.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.pdf': 'application/pdf',
};

const mounts: Array<[prefix: string, dir: string]> = [
  ['/fixtures/', resolve(repoRoot, 'e2e/fixtures')],
  ['/demo/', resolve(repoRoot, 'demo')],
];

async function body(path: string): Promise<{ data: Buffer; type: string } | undefined> {
  const corpus = /^\/corpus\/([0-9a-f]{64})\.html$/.exec(path);
  if (corpus) {
    const data = gunzipSync(await readFile(join(corpusDir, 'html', `${corpus[1]}.html.gz`)));
    return { data, type: 'text/html; charset=utf-8' };
  }
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    let file = normalize(join(dir, decodeURIComponent(path.slice(prefix.length))));
    if (!file.startsWith(dir)) return undefined;
    if (path.endsWith('/')) file = join(file, 'index.html');
    return { data: await readFile(file), type: types[extname(file)] ?? 'application/octet-stream' };
  }
  return undefined;
}

export interface TestServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startServer(port = 0): Promise<TestServer> {
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    try {
      const found = await body(path);
      if (!found) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.data);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
