/**
 * The benchmark's pages: the lead's test server (/fixtures/, /demo/, /corpus/<id>.html) plus
 * a second tiny server on 127.0.0.1 for bench/pages (/bench/<file>). Both are the same site
 * (127.0.0.1), so a tab navigating between them keeps its renderer process and profiler.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize, resolve } from 'node:path';
import { repoRoot } from '../../e2e/support/paths';
import { startServer, type TestServer } from '../../e2e/support/server';

const pagesDir = resolve(repoRoot, 'bench/pages');

export interface BenchServer {
  /** /fixtures/, /demo/, /corpus/ */
  main: TestServer;
  /** bench/pages/<file> */
  benchUrl(file: string): string;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const main = await startServer();
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(pagesDir, decodeURIComponent(path.replace(/^\/bench\//, ''))));
    if (!path.startsWith('/bench/') || !file.startsWith(pagesDir)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const data = await readFile(file);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    main,
    benchUrl: (file) => `${origin}/bench/${file}`,
    close: async () => {
      await main.close();
      await new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      });
    },
  };
}
