/**
 * The local test server (127.0.0.1 only). Routes:
 *   /fixtures/...      → e2e/fixtures/
 *   /demo/...          → demo/
 *   /corpus/<id>.html  → the gunzipped aeb-dev page <id>
 *                        (`?scripts=off`: served with `Content-Security-Policy: script-src 'none'`,
 *                        so the page's own scripts do not run; extension content scripts do)
 *   /bench/...         → bench/pages/
 * Pages are served as-is; nothing is rewritten, and each file's type
 * follows its extension (e2e/fixtures/odd has text, XML and SVG documents).
 *
 * `{ https: true }` serves the same routes over HTTPS with a throwaway
 * self-signed certificate (browsers are launched to accept it). Several
 * aeb-dev pages were saved from https sites and carry a script that sends
 * any http:// visit to https://; over plain http they would navigate away
 * before anything could read them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
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
  ['/bench/', resolve(repoRoot, 'bench/pages')],
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

/** A throwaway self-signed certificate for 127.0.0.1 (openssl). */
export function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'clear-read-tls-'));
  try {
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.on('error', () => {});
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  try {
    const found = await body(path);
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': found.type, 'cache-control': 'no-store' };
    if (url.searchParams.get('scripts') === 'off') headers['content-security-policy'] = "script-src 'none'";
    res.writeHead(200, headers).end(found.data);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}

export async function startServer(options: number | { port?: number; https?: boolean } = {}): Promise<TestServer> {
  const { port = 0, https = false } = typeof options === 'number' ? { port: options } : options;
  const server: Server = https ? createHttpsServer(selfSigned(), serve) : createServer(serve);
  // Browsers drop connections when tabs close; a reset socket is not a test failure.
  server.on('clientError', (_error, socket) => socket.destroy());
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const origin = `${https ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
