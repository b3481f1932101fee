/**
 * A recording HTTP proxy on 127.0.0.1 for tests that must see every request
 * the browser makes, from pages, extension pages and the service worker
 * alike. Plain-HTTP requests to 127.0.0.1 are forwarded (the test pages
 * load); everything else is recorded and refused (CONNECT tunnels included).
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  url: string;
  referer?: string;
}

export interface RecordingProxy {
  /** `--proxy-server=` value. */
  address: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: Recorded[] = [];
  const server: Server = createServer((req, res) => {
    // A browser may drop a connection mid-way (tab closed, request aborted): never let a
    // socket error escape as an uncaught exception in the test process.
    req.on('error', () => {});
    res.on('error', () => {});
    const url = req.url ?? '';
    requests.push({ method: req.method ?? 'GET', url, referer: req.headers.referer });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (target.hostname !== '127.0.0.1' || target.protocol !== 'http:') {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test proxy');
      return;
    }
    const upstream = httpRequest(
      { host: '127.0.0.1', port: target.port, path: target.pathname + target.search, method: req.method, headers: req.headers },
      (up) => {
        up.on('error', () => res.destroy());
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.on('clientError', (_error, socket) => socket.destroy());
  server.on('connect', (req, socket) => {
    socket.on('error', () => {});
    requests.push({ method: 'CONNECT', url: req.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    address: `127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
  };
}
