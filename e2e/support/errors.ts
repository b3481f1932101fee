/**
 * Collects uncaught errors and console errors that come from the extension
 * (any script at a chrome-extension:// URL, the content script's isolated
 * world included) in one page, through the DevTools protocol.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface ErrorWatch {
  errors: string[];
  stop(): Promise<void>;
}

interface CallFrame { url: string }
interface ExceptionDetails { text: string; url?: string; exception?: { description?: string }; stackTrace?: { callFrames: CallFrame[] } }
interface ConsoleCall { type: string; args: Array<{ value?: unknown; description?: string }>; stackTrace?: { callFrames: CallFrame[] } }

const fromExtension = (urls: Array<string | undefined>) => urls.some((url) => url?.startsWith('chrome-extension://'));

/** Start before navigating `page`, so errors during load are caught. */
export async function watchExtensionErrors(context: BrowserContext, page: Page): Promise<ErrorWatch> {
  const cdp = await context.newCDPSession(page);
  const errors: string[] = [];
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }: { exceptionDetails: ExceptionDetails }) => {
    const urls = [d.url, ...(d.stackTrace?.callFrames.map((f) => f.url) ?? [])];
    if (fromExtension(urls)) errors.push(d.exception?.description ?? d.text);
  });
  cdp.on('Runtime.consoleAPICalled', (call: ConsoleCall) => {
    if (call.type !== 'error' && call.type !== 'assert') return;
    if (fromExtension(call.stackTrace?.callFrames.map((f) => f.url) ?? [])) {
      errors.push(call.args.map((a) => a.description ?? String(a.value)).join(' '));
    }
  });
  await cdp.send('Runtime.enable');
  return { errors, stop: () => cdp.detach().catch(() => {}) };
}
