/**
 * Playwright `test` with worker-scoped fixtures: one Chromium with the
 * extension and one local server per worker.
 */
import { test as base } from '@playwright/test';
import { type ExtensionBrowser, launchChromium } from './chromium.ts';
import { startServer, type TestServer } from './server.ts';

export const test = base.extend<object, { ext: ExtensionBrowser; server: TestServer }>({
  ext: [
    async ({}, use) => {
      const ext = await launchChromium();
      await use(ext);
      await ext.close();
    },
    { scope: 'worker' },
  ],
  server: [
    async ({}, use) => {
      const server = await startServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
