/**
 * One Firefox with the built extension and one test server for a whole test file: started
 * before its first test, closed after its last. Call at the top of a file; read the fields in
 * tests and hooks (they are set once the suite has started).
 */
import { afterAll, beforeAll } from 'vitest';
import { type FirefoxWithExtension, launchFirefox } from './firefox.ts';
import { startServer, type TestServer } from './server.ts';

export interface FirefoxSuite {
  firefox: FirefoxWithExtension;
  server: TestServer;
}

export function firefoxSuite(): FirefoxSuite {
  const suite = {} as FirefoxSuite;
  beforeAll(async () => {
    suite.server = await startServer();
    suite.firefox = await launchFirefox();
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.server?.close();
  });
  return suite;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
