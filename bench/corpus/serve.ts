/** A tiny static server for corpus pages on 127.0.0.1: GET /page/<id>.html. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CorpusPage, contentTypeFor, readPageBytes } from './corpus';

export interface CorpusServer {
  origin: string;
  urlOf(page: Pick<CorpusPage, 'id'>): string;
  close(): Promise<void>;
}

export async function serveCorpus(pages: Array<Pick<CorpusPage, 'id' | 'htmlPath'>>): Promise<CorpusServer> {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const server: Server = createServer((req, res) => {
    const m = /^\/page\/([0-9a-f]+)\.html$/.exec(req.url ?? '');
    const page = m?.[1] ? byId.get(m[1]) : undefined;
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const bytes = readPageBytes(page);
    res.writeHead(200, { 'content-type': contentTypeFor(bytes), 'cache-control': 'no-store' }).end(bytes);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    urlOf: (p) => `${origin}/page/${p.id}.html`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
