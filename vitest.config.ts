import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and DOM tests only; the real-browser tests run from tests/e2e with their own config.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/dom/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.ts'],
    environment: 'node',
    // The corpus and property tests take 1 to 3 s on this 2-core machine, and up to 6 s when
    // it is slowed by its neighbours: vitest's default of 5 s failed them then.
    testTimeout: 30_000,
    // WXT's content-script context reads import.meta.env as it loads: transformed by Vite, as in a build.
    server: { deps: { inline: ['wxt'] } },
  },
});
