/**
 * One Firefox with the built extension and one test server for a whole test file: started
 * before its first test, closed after its last. Call at the top of a file; read the fields in
 * tests and hooks (they are set once the suite has started).
 *
 * Every test of such a file also fails when the extension raised an error during it, from
 * any context (content script, popup, options, background: firefox-errors.ts), as the
 * Chromium suites do with e2e/support/errors.ts. A file whose test provokes an error on
 * purpose passes `{ allowExtensionErrors: true }` and says why.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { type FirefoxWithExtension, type LaunchFirefoxOptions, launchFirefox } from './firefox.ts';
import { type FirefoxErrorWatch, watchFirefoxExtensionErrors } from './firefox-errors.ts';
import { startServer, type TestServer } from './server.ts';

export interface FirefoxSuite {
  firefox: FirefoxWithExtension;
  server: TestServer;
  errors: FirefoxErrorWatch;
}

export function firefoxSuite(options: { allowExtensionErrors?: boolean; launch?: LaunchFirefoxOptions } = {}): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.firefox = await launchFirefox(options.launch);
    suite.errors = await watchFirefoxExtensionErrors(suite.firefox.browser);
  });
  beforeEach(() => suite.errors?.reset());
  afterEach(async () => {
    if (options.allowExtensionErrors || !suite.errors) return;
    // Errors logged as the test ends (a rejected message port) land a moment later.
    await new Promise((r) => setTimeout(r, 200));
    expect(await suite.errors.errors(), 'errors raised by the extension').toEqual([]);
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.server?.close();
  });
  return suite;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
