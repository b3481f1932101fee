/**
 * The extension makes no network request of its own from any context
 * (background, content script, reader, options page), in Firefox ESR.
 * Firefox runs behind a recording proxy that also sees loopback traffic
 * (Firefox sends 127.0.0.1 through a proxy only when told to hijack
 * localhost); the only requests allowed are the page's own and, in the
 * reader, the article's own images (and none of those when images are off).
 * The Chromium twin is e2e/chromium/no-network.spec.ts.
 */
import type { Page } from 'puppeteer-core';
import { expect, test } from 'vitest';
import { type FirefoxWithExtension, launchFirefox, openExtensionPage, openReaderFor } from '../support/firefox.ts';
import { type Recorded, type RecordingProxy, startRecordingProxy } from '../support/recording-proxy.ts';
import { startServer, type TestServer } from '../support/server.ts';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Firefox's own service traffic that survives the quiet prefs: Remote
 * Settings (blocklists, certificate revocation and other data Firefox syncs
 * at start-up; in release builds it ignores the `services.settings.server`
 * override puppeteer sets) and the two CDNs that serve its signatures and
 * attachments. Only HTTPS tunnels (CONNECT) to exactly these hosts are
 * allowed; the extension has no reason to reach them, and any other host,
 * loopback included, fails the test.
 */
const FIREFOX_SERVICE_HOSTS = new Set([
  'firefox.settings.services.mozilla.com',
  'content-signature-2.cdn.mozilla.net',
  'firefox-settings-attachments.cdn.mozilla.net',
]);

function isFirefoxsOwn(request: Recorded): boolean {
  if (request.method !== 'CONNECT') return false;
  const [host, port] = request.url.split(':');
  return port === '443' && FIREFOX_SERVICE_HOSTS.has(host);
}

/** Every recorded request that is neither one of `allowed` nor Firefox's own. */
function outside(proxy: RecordingProxy, allowed: string[]): Recorded[] {
  return proxy.requests.filter((r) => !allowed.includes(r.url) && !isFirefoxsOwn(r));
}

/** Firefox with every request (loopback too) sent through the recording proxy. */
function proxiedFirefox(proxy: RecordingProxy): Promise<FirefoxWithExtension> {
  const [host, port] = proxy.address.split(':');
  return launchFirefox({
    prefs: {
      'network.proxy.type': 1, // manual proxy configuration
      'network.proxy.http': host,
      'network.proxy.http_port': Number(port),
      'network.proxy.ssl': host,
      'network.proxy.ssl_port': Number(port),
      'network.proxy.share_proxy_settings': false,
      // Without these Firefox never proxies 127.0.0.1 / localhost, and the
      // page's and reader's loopback requests would go unseen.
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // The tab's favicon is Firefox's request, not the page's nor ours:
      // turn it off rather than allow-list a loopback URL.
      'browser.chrome.site_icons': false,
    },
  });
}

const IMAGES_PAGE = '/fixtures/odd/images.html';
const photoUrls = (server: TestServer) => [server.url('/fixtures/odd/image.svg?photo=1'), server.url('/fixtures/odd/image.svg?photo=2')];

async function openPage(firefox: FirefoxWithExtension, url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  // Let the content script run its passes (and, if it ever fetched, be seen).
  await sleep(1000);
  return page;
}

/** Waits until every image the reader shows has loaded (or failed). */
async function imagesSettled(reader: Page): Promise<void> {
  await reader.waitForFunction(() => [...document.images].every((img) => img.complete), { timeout: 10_000 });
}

test('no request leaves the page’s own set, from any extension context', async () => {
  const proxy = await startRecordingProxy();
  const server = await startServer();
  const firefox = await proxiedFirefox(proxy);
  try {
    const pageUrl = server.url(IMAGES_PAGE);
    const photos = photoUrls(server);
    await openPage(firefox, pageUrl);
    const beforeReader = proxy.requests.length;
    const reader = await openReaderFor(firefox.browser, pageUrl);
    expect(await reader.evaluate(() => document.querySelector('main')?.dataset.state)).toBe('ready');
    await imagesSettled(reader);
    const shown = await reader.evaluate(() => [...document.images].map((img) => ({ src: img.src, width: img.naturalWidth })));
    const options = await openExtensionPage(firefox.browser, 'src/options/index.html');
    await options.waitForSelector('main h1', { timeout: 10_000 }); // settings loaded and shown
    await sleep(1500);

    // Not vacuous: the page's images came through the proxy with the page as referrer,
    // and the reader loaded both article images again, through the proxy too
    // (the server sends no-store, so nothing is served from a cache).
    for (const photo of photos) {
      expect(proxy.requests.some((r) => r.url === photo && r.referer === pageUrl), `page request for ${photo}`).toBe(true);
      expect(proxy.requests.slice(beforeReader).some((r) => r.url === photo), `reader request for ${photo}`).toBe(true);
    }
    expect(shown.map((img) => img.src).sort()).toEqual([...photos].sort());
    for (const img of shown) expect(img.width, `${img.src} decoded in the reader`).toBeGreaterThan(0);
    // The page itself was fetched once: nothing re-fetched it behind the page's back.
    expect(proxy.requests.filter((r) => r.url === pageUrl)).toHaveLength(1);

    expect(outside(proxy, [pageUrl, ...photos]), 'requests outside the page’s own set').toEqual([]);
  } finally {
    await firefox.close();
    await server.close();
    await proxy.close();
  }
});

test('with images turned off, the reader requests no image at all', async () => {
  const proxy = await startRecordingProxy();
  const server = await startServer();
  const firefox = await proxiedFirefox(proxy);
  try {
    const settingsPage = await openExtensionPage(firefox.browser, 'src/options/index.html');
    const stored = await settingsPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      const { settings } = await api.storage.local.get('settings');
      const current = (settings ?? { version: 1 }) as { reader?: Record<string, unknown> };
      await api.storage.local.set({ settings: { ...current, reader: { ...(current.reader ?? {}), images: false } } });
      return ((await api.storage.local.get('settings')).settings as { reader: { images: unknown } }).reader.images;
    });
    expect(stored).toBe(false);
    await settingsPage.close();

    const pageUrl = server.url(IMAGES_PAGE);
    await openPage(firefox, pageUrl);
    const imageRequests = () => proxy.requests.filter((r) => r.url.includes('image.svg?photo=')).length;
    const beforeReader = imageRequests();
    expect(beforeReader).toBe(2); // the page's own two images
    const reader = await openReaderFor(firefox.browser, pageUrl);
    expect(await reader.evaluate(() => document.querySelector('main')?.dataset.state)).toBe('ready');
    // The article is there, only without its images.
    expect(await reader.evaluate(() => document.querySelector('article')?.textContent ?? '')).toContain('The restoration took three winters.');
    await sleep(1000);
    expect(imageRequests()).toBe(beforeReader);
    expect(await reader.evaluate(() => document.images.length)).toBe(0);
    expect(outside(proxy, [pageUrl, ...photoUrls(server)]), 'requests outside the page’s own set').toEqual([]);
  } finally {
    await firefox.close();
    await server.close();
    await proxy.close();
  }
});
