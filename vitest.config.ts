import { defineConfig } from 'vitest/config';

// Unit tests of pure logic (node, or jsdom per file with `// @vitest-environment jsdom`).
export default defineConfig({
  define: { __BROWSER__: JSON.stringify('chrome') },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts', 'scripts/**/*.test.ts', 'e2e/fixtures/**/*.test.ts', 'e2e/clutter/**/*.test.ts', 'e2e/support/**/*.test.ts'],
    environment: 'node',
  },
});
