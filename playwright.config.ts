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
  projects: [
    { name: 'chromium', testIgnore: '**/*.timed.spec.ts' },
    // Tests with a wall-clock budget run alone, after the rest, so the other worker's load does
    // not count against the budget (see reader-deep-chain.timed.spec.ts).
    { name: 'timed', testMatch: '**/*.timed.spec.ts', dependencies: ['chromium'] },
  ],
});
