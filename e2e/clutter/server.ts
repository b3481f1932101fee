/**
 * Serves generated pages over HTTPS on 127.0.0.1 (several aeb-dev pages send an http visit to
 * https), on two ports: the page origin and a second origin for cross-origin checkout iframes.
 *
 *   page origin   /clean/<id>.html      the aeb-dev page as published
 *                 /clutter/<seed>.html  the page with the seed's clutter runtime injected
 *                 /blank.html
 *   other origin  /checkout.html?lang=..&cur=..   a checkout form in that language
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { corpusDir } from '../support/paths.ts';
import { selfSigned } from '../support/server.ts';
import { generate, OTHER_ORIGIN, type PageInfo, type Scenario } from './generate.ts';
import { locateParagraphs } from './measure.ts';
import { type Lang, LANGS, PHRASES } from './phrases.ts';
import { installClutter } from './runtime.ts';
import { pageCall, ref } from './script.ts';

export interface ClutterServer {
  origin: string;
  otherOrigin: string;
  cleanUrl(id: string): string;
  clutterUrl(seed: number): string;
  blankUrl: string;
  scenario(seed: number): Scenario;
  close(): Promise<void>;
}

const HTML = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };

async function page(id: string): Promise<string> {
  if (!/^[0-9a-f]{64}$/.test(id)) throw new Error('bad id');
  return gunzipSync(await readFile(join(corpusDir, 'html', `${id}.html.gz`))).toString('utf8');
}

/** The page with the runtime and plan in one inline script at the end of <body>. */
export function inject(html: string, scenario: Scenario, otherOrigin: string): string {
  const plan = JSON.parse(JSON.stringify({ pieces: scenario.pieces, css: scenario.css, anchors: scenario.anchors }).replaceAll(OTHER_ORIGIN, otherOrigin));
  const script = `<script>${pageCall(installClutter, [plan, ref(locateParagraphs)], [locateParagraphs]).replaceAll('</', '<\\/')}</script>`;
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at < 0 ? html + script : html.slice(0, at) + script + html.slice(at);
}

function checkout(params: URLSearchParams): string {
  const lang = (LANGS as readonly string[]).includes(params.get('lang') ?? '') ? (params.get('lang') as Lang) : 'en';
  const p = PHRASES[lang];
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(p.checkoutTitle[0] as string)}</title></head>
<body style="font:15px sans-serif;margin:0;padding:16px;background:#fafafa">
<h2 style="margin:0 0 12px">${esc(p.checkoutTitle[0] as string)}</h2>
<p>${esc(p.plans[0] as string)} · ${esc(p.perks.join(' · '))}</p>
<label>${esc(p.cardNumber)}<br><input style="width:100%;padding:8px" inputmode="numeric" placeholder="4242 4242 4242 4242"></label>
<p><button style="padding:10px 20px;background:#1a7f37;color:#fff;border:0">${esc(p.pay[0] as string)} (${esc(params.get('cur') ?? 'USD')})</button></p>
<p style="font-size:13px">${esc(p.signInPrompt[0] as string)} <a href="#">${esc(p.signIn[0] as string)}</a></p>
</body></html>`;
}

function listen(server: Server): Promise<string> {
  server.on('clientError', (_e, socket) => socket.destroy());
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`https://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

export async function startClutterServer(pages: PageInfo[]): Promise<ClutterServer> {
  const tls = selfSigned();
  const scenarios = new Map<number, Scenario>();
  const scenario = (seed: number) => {
    const known = scenarios.get(seed);
    if (known) return known;
    const s = generate(seed, pages);
    scenarios.set(seed, s);
    return s;
  };
  let otherOrigin = '';
  const main = createServer(tls, async (req, res) => {
    res.on('error', () => {});
    const path = new URL(req.url ?? '/', 'https://127.0.0.1').pathname;
    try {
      if (path === '/blank.html') return void res.writeHead(200, HTML).end('<!doctype html><title>blank</title><body></body>');
      const clean = /^\/clean\/([0-9a-f]{64})\.html$/.exec(path);
      if (clean) return void res.writeHead(200, HTML).end(await page(clean[1] as string));
      const clutter = /^\/clutter\/(\d+)\.html$/.exec(path);
      if (clutter) {
        const s = scenario(Number(clutter[1]));
        const html = await page(s.pageId);
        return void res.writeHead(200, HTML).end(s.clean ? html : inject(html, s, otherOrigin));
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  const other = createServer(tls, (req, res) => {
    res.on('error', () => {});
    const url = new URL(req.url ?? '/', 'https://127.0.0.1');
    if (url.pathname === '/checkout.html') res.writeHead(200, HTML).end(checkout(url.searchParams));
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  const origin = await listen(main);
  otherOrigin = await listen(other);
  const close = (s: Server) => new Promise<void>((done) => { s.closeAllConnections(); s.close(() => done()); });
  return {
    origin,
    otherOrigin,
    cleanUrl: (id) => `${origin}/clean/${id}.html`,
    clutterUrl: (seed) => `${origin}/clutter/${seed}.html`,
    blankUrl: `${origin}/blank.html`,
    scenario,
    close: async () => { await close(main); await close(other); },
  };
}
