import { defineConfig } from 'vitest/config';

// End-to-end: Node drives Debian's Chromium (playwright-core) against the example pages served with the
// strict CSP. One file at a time: each launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    name: 'examples-e2e',
    environment: 'node',
    include: ['e2e/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
