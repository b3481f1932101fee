/**
 * Keeps a corpus page where it is in Chromium: top-level navigations away (https upgrades, app
 * redirects, offline error pages) are answered with 204, https://127.0.0.1 is mapped to the
 * http test server, and every other host is aborted. The tests then judge the article page,
 * not where offline scripts go.
 */
import type { Page } from '@playwright/test';

export async function holdPage(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    const req = route.request();
    const u = new URL(req.url());
    const ours = u.hostname === '127.0.0.1';
    try {
      const frame = req.frame();
      const topNav = req.isNavigationRequest() && frame.parentFrame() === null && frame.url() !== 'about:blank';
      if (topNav && !(ours && new URL(frame.url()).pathname === u.pathname)) return route.fulfill({ status: 204, body: '' });
    } catch {
      // service-worker requests have no frame
    }
    if (!ours) return route.abort();
    if (u.protocol === 'https:') {
      u.protocol = 'http:';
      const response = await route.fetch({ url: u.href }).catch(() => null);
      return response ? route.fulfill({ response }) : route.abort();
    }
    return route.fallback();
  });
}
