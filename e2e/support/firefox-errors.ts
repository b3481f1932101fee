/**
 * Errors raised by the extension in Firefox, from every context (content script, popup and
 * options pages, background), for the Firefox suites.
 *
 * Two sources, because neither alone sees everything over WebDriver BiDi:
 *  - Firefox's console service in the parent process (read through a chrome-scope BiDi
 *    realm, which `--remote-allow-system-access` opens to the test): every uncaught error and
 *    unhandled rejection, from the content process and the extension process alike, as an
 *    nsIScriptError whose source is a moz-extension:// URL of our add-on. The BiDi
 *    `pageerror` event misses these for extension pages and gives rejections no source.
 *  - BiDi `console` events of level error/assert on the tabs the test opens, whose call site
 *    is our moz-extension:// URL (console.error is not an nsIScriptError).
 */
import type { Browser, ConsoleMessage, Page } from 'puppeteer-core';
import { extensionOrigin } from './firefox.ts';

interface RawConnection {
  send(method: string, params: unknown): Promise<{ result: unknown }>;
}

const connection = (browser: Browser) => (browser as unknown as { connection: RawConnection }).connection;

/**
 * Firefox's own notices about a context that went away, logged under our script's name: the page
 * navigated, reloaded or went into the back-forward cache while one of our extension API calls
 * (a runtime message) was still in flight, and Firefox dropped its answer. The browser raises them,
 * not our code, and no code can prevent a page from unloading mid-message; a real error or
 * rejection of ours is still counted.
 */
const CONTEXT_GONE = /^Promise (resolved|rejected) (after context unloaded|while context is inactive)\b/;

/** nsIScriptError flags: warning 0x1, info 0x8; an error has neither. */
const NOT_AN_ERROR = 0x1 | 0x8;

async function chromeContext(browser: Browser): Promise<string> {
  const tree = (await connection(browser).send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })).result as { contexts: Array<{ context: string }> };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('no chrome-scope browsing context (is --remote-allow-system-access set?)');
  return context;
}

/** Uncaught errors from our add-on's scripts logged at or after `sinceMs` (epoch ms). */
async function scriptErrors(browser: Browser, context: string, sinceMs: number): Promise<string[]> {
  const expression = `JSON.stringify((Services.console.getMessageArray() || [])
    .filter((m) => m instanceof Ci.nsIScriptError && m.timeStamp >= ${sinceMs} && !(m.flags & ${NOT_AN_ERROR}) && String(m.sourceName).startsWith(${JSON.stringify(extensionOrigin)}))
    .map((m) => m.errorMessage + ' (' + m.sourceName.slice(${extensionOrigin.length}) + ':' + m.lineNumber + ')'))`;
  const answer = (await connection(browser).send('script.evaluate', { expression, target: { context }, awaitPromise: false })).result as {
    type: string;
    result?: { value?: string };
    exceptionDetails?: { text?: string };
  };
  if (answer.type !== 'success') throw new Error(`reading Firefox's console service failed: ${answer.exceptionDetails?.text ?? answer.type}`);
  return (JSON.parse(answer.result?.value ?? '[]') as string[]).filter((m) => !CONTEXT_GONE.test(m));
}

export interface FirefoxErrorWatch {
  /** Also listen to console.error calls of our scripts in `page`. */
  watch(page: Page): void;
  /** Every error raised by the extension since the watch started or was last reset. */
  errors(): Promise<string[]>;
  /** Start counting afresh (e.g. between tests). */
  reset(): void;
}

export async function watchFirefoxExtensionErrors(browser: Browser): Promise<FirefoxErrorWatch> {
  const context = await chromeContext(browser);
  let since = Date.now();
  let consoleErrors: string[] = [];
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() !== 'error' && m.type() !== 'assert') return;
    const url = m.location()?.url ?? '';
    if (url.startsWith(extensionOrigin) || m.stackTrace().some((f) => f.url?.startsWith(extensionOrigin))) consoleErrors.push(`console.${m.type()}: ${m.text()}`);
  };
  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', onConsole);
  };
  // Every tab and extension page opened from now on.
  browser.on('targetcreated', (target) => {
    target.page().then((p) => p && watch(p), () => undefined);
  });
  for (const p of await browser.pages()) watch(p);
  return {
    watch,
    errors: async () => [...(await scriptErrors(browser, context, since)), ...consoleErrors],
    reset: () => {
      since = Date.now();
      consoleErrors = [];
    },
  };
}
