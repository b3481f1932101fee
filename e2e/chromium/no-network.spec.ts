/**
 * The extension makes no network request of its own from any context
 * (service worker, content script, popup, full-tab reader, options page).
 * Chromium runs behind a recording proxy that also sees loopback traffic;
 * the only requests allowed are the page's own and, in the reader, the
 * article's own images (and none of those when images are turned off).
 */
import { test as base, expect } from '@playwright/test';
import { launchChromium, openReader } from '../support/chromium.ts';
import { startRecordingProxy } from '../support/recording-proxy.ts';
import { startServer } from '../support/server.ts';

const test = base;

/**
 * Chromium's own service traffic that survives the quiet flags, by EXACT host
 * (never a whole domain): the component updater's check (update.googleapis.com,
 * as a CONNECT or its plain-http POST) and the download hosts it may then use,
 * and the account service's start-up ping. Measured on this machine
 * (2026-12-07: update.googleapis.com, accounts.google.com); the download hosts
 * are where an update check sends Chromium next. None of it comes from the
 * extension, which has no reason to reach these hosts. The tab's favicon is the
 * browser's request to the page's own server, allowed only there. Any other
 * host fails the test, a google one included.
 */
const CHROMIUM_SERVICE_HOSTS = new Set(['update.googleapis.com', 'accounts.google.com', 'clients2.google.com', 'redirector.gvt1.com', 'edgedl.me.gvt1.com']);

function isBrowsersOwn(url: string, pageOrigin: string): boolean {
  const host = url.includes('://') ? new URL(url).hostname : url.split(':')[0];
  return CHROMIUM_SERVICE_HOSTS.has(host ?? '') || url === `${pageOrigin}/favicon.ico`;
}

test('no request leaves the page’s own set, from any extension context', async () => {
  const proxy = await startRecordingProxy();
  const server = await startServer();
  const ext = await launchChromium({
    abortExternal: false,
    extraArgs: [`--proxy-server=http://${proxy.address}`, '--proxy-bypass-list=<-loopback>'],
  });
  try {
    const pageUrl = server.url('/fixtures/odd/images.html');
    const page = await ext.context.newPage();
    await page.goto(pageUrl);
    await page.waitForTimeout(1000);
    const reader = await openReader(ext, page);
    await expect(reader.locator('main')).toHaveAttribute('data-state', 'ready');
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/src/options/index.html`);
    await page.waitForTimeout(1500);

    const allowed = new Set([pageUrl, server.url('/fixtures/odd/image.svg?photo=1'), server.url('/fixtures/odd/image.svg?photo=2')]);
    const unexpected = proxy.requests.filter((r) => !allowed.has(r.url) && !isBrowsersOwn(r.url, new URL(pageUrl).origin));
    // The reader really showed the article's images through the proxy.
    expect(proxy.requests.filter((r) => r.url.includes('image.svg?photo=')).length).toBeGreaterThanOrEqual(2);
    expect(unexpected, 'requests outside the page’s own set').toEqual([]);
  } finally {
    await ext.close();
    await server.close();
    await proxy.close();
  }
});

test('with images turned off, the reader requests no image at all', async () => {
  const proxy = await startRecordingProxy();
  const server = await startServer();
  const ext = await launchChromium({
    abortExternal: false,
    extraArgs: [`--proxy-server=http://${proxy.address}`, '--proxy-bypass-list=<-loopback>'],
  });
  try {
    await ext.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      const current = (settings ?? { version: 1 }) as { reader?: Record<string, unknown> };
      await chrome.storage.local.set({ settings: { ...current, reader: { ...(current.reader ?? {}), images: false } } });
    });
    const page = await ext.context.newPage();
    await page.goto(server.url('/fixtures/odd/images.html'));
    await page.waitForTimeout(1000);
    const imageRequests = () => proxy.requests.filter((r) => r.url.includes('image.svg?photo=')).length;
    const beforeReader = imageRequests();
    expect(beforeReader).toBe(2); // the page's own two images
    const reader = await openReader(ext, page);
    await expect(reader.locator('main')).toHaveAttribute('data-state', 'ready');
    await reader.waitForTimeout(1000);
    expect(imageRequests()).toBe(beforeReader);
    expect(await reader.locator('img').count()).toBe(0);
  } finally {
    await ext.close();
    await server.close();
    await proxy.close();
  }
});
