import { defineConfig } from 'vitest/config';

// Real-browser tests: one file at a time (two cores), generous timeouts for browser start-up.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real browser over CDP/BiDi occasionally loses a race of its own (a realm swapped mid-call).
    // One retry keeps CI honest about real failures; `npm test` names every test that needed it.
    retry: 1,
  },
});
