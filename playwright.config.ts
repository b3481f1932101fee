import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'e2e/chromium',
  testMatch: '**/*.spec.ts',
  // Each worker runs its own Chromium with the extension; two fit two cores.
  workers: process.env.CI ? 2 : 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/chromium.json' }]] : 'list',
  use: { trace: 'off' },
});
