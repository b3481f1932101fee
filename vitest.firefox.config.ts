import { defineConfig } from 'vitest/config';

// Firefox ESR end-to-end tests (puppeteer-core over WebDriver BiDi).
// One file at a time: each starts its own Firefox.
export default defineConfig({
  test: {
    include: ['e2e/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
