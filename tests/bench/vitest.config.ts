import { defineConfig } from 'vitest/config';

// Benchmarks live outside the default test run: `npx vitest run --config tests/bench/vitest.config.ts`.
export default defineConfig({
  test: {
    include: ['tests/bench/**/*.bench.test.ts'],
    environment: 'node',
    testTimeout: 300_000,
  },
});
