/**
 * Chromium with the BUILT extension, for the benchmark.
 *
 * The build is copied to a private snapshot first, so a helper or test that rebuilds
 * dist/chrome while the benchmark runs cannot change the extension under it. Each bench
 * worker gets its own browser: the V8 profiler samples a whole renderer process, and two
 * tabs of the same site in one browser may share one.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { chromiumFlags, isExternal } from '../../e2e/support/chromium';
import { chromiumPath, distDir, requireBuild } from '../../e2e/support/paths';
import type { FieldsFor, ResponseOf, UiRequests } from '../../src/shared/protocol';
import type { CpuProfile } from './profile';

export function snapshotBuild(): { dir: string; remove(): void } {
  const source = requireBuild('chrome');
  const dir = mkdtempSync(join(tmpdir(), 'clear-read-bench-ext-'));
  cpSync(source, dir, { recursive: true });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface BenchBrowser {
  context: BrowserContext;
  /** Empty string when launched without the extension. */
  extensionId: string;
  /** An extension page kept open to talk to the background (tab ids, reader, status). */
  helper?: Page;
  close(): Promise<void>;
}

const viewport = { width: 1280, height: 800 };

/** Everything that is not one of our servers on 127.0.0.1. */
function leavesTheBench(url: URL): boolean {
  return isExternal(url);
}

export async function launch(extensionDir?: string): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'clear-read-bench-profile-'));
  const args = [...chromiumFlags];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  // ignoreHTTPSErrors: the corpus is served over https with a self-signed certificate (https-corpus.ts).
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath, headless: process.env.HEADED !== '1', viewport, args, ignoreHTTPSErrors: true });
  await context.route(leavesTheBench, (route) => {
    const request = route.request();
    // A page that sends the tab elsewhere (a consent redirect, a canonical host) would land on
    // an error page; a 204 answer makes the browser stay where it is.
    if (request.isNavigationRequest() && request.frame().parentFrame() === null) return route.fulfill({ status: 204 });
    return route.abort();
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  };
  if (!extensionDir) return { context, extensionId: '', close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const helper = await context.newPage();
  await helper.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  return { context, extensionId, helper, close };
}

function helperOf(b: BenchBrowser): Page {
  if (!b.helper) throw new Error('This browser has no extension');
  return b.helper;
}

export async function tabIdOf(b: BenchBrowser, page: Page): Promise<number> {
  const id = await helperOf(b).evaluate(async (target: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.filter((tab) => tab.url === target).at(-1)?.id;
  }, page.url());
  if (typeof id !== 'number') throw new Error(`No tab found for ${page.url()}`);
  return id;
}

/** Sends a protocol request (typed by the page-UI map) from the helper extension page, as the popup does. */
export async function request<T extends keyof UiRequests & string>(b: BenchBrowser, type: T, fields: FieldsFor<UiRequests, T>): Promise<ResponseOf<UiRequests, T>> {
  const answer: ResponseOf<UiRequests, T> = await helperOf(b).evaluate((m) => chrome.runtime.sendMessage(m), { ...fields, type });
  return answer;
}

export const readerGet = (b: BenchBrowser, tabId: number) => request(b, 'reader/get', { tabId });
export const pageStatus = (b: BenchBrowser, tabId: number) => request(b, 'page/status', { tabId });
export const pageRestore = (b: BenchBrowser, tabId: number) => request(b, 'page/restore', { tabId });

export function popupUrl(b: BenchBrowser, tabId: number): string {
  return `chrome-extension://${b.extensionId}/src/popup/index.html?tabId=${tabId}`;
}

export function extensionScript(b: BenchBrowser, file: string): string {
  return `chrome-extension://${b.extensionId}/${file}`;
}

/** Opens the popup for `tabId` in a tab; ms from navigation start to `main[data-state]` leaving loading. */
export async function timePopup(b: BenchBrowser, tabId: number): Promise<{ ms: number; state: string }> {
  const popup = await b.context.newPage();
  try {
    const t0 = performance.now();
    await popup.goto(popupUrl(b, tabId), { waitUntil: 'commit' });
    const handle = await popup.waitForSelector('main[data-state]:not([data-state="loading"])', { timeout: 30_000 });
    const ms = performance.now() - t0;
    return { ms, state: (await handle.getAttribute('data-state')) ?? '' };
  } finally {
    await popup.close();
  }
}

/** V8 sampling profiler on one page's renderer. */
export class Profiler {
  private constructor(private readonly cdp: CDPSession) {}

  static async attach(context: BrowserContext, page: Page, intervalUs = 100): Promise<Profiler> {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
    return new Profiler(cdp);
  }

  start(): Promise<unknown> {
    return this.cdp.send('Profiler.start');
  }

  async stop(): Promise<CpuProfile> {
    const { profile } = await this.cdp.send('Profiler.stop');
    return profile as unknown as CpuProfile;
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}

/** Trace categories: tasks on the main thread, script calls, and the CPU sampler. */
export const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.cpu_profiler',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

/** Records a trace while `during` runs (CDP Tracing on the page's session, streamed back). */
export async function recordTrace(context: BrowserContext, page: Page, during: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordContinuously' } });
    await during();
    const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream as string)));
    await cdp.send('Tracing.end');
    const stream = await done;
    const chunks: string[] = [];
    for (;;) {
      const { data, eof, base64Encoded } = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
      chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
      if (eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(chunks.join('')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export { distDir };
