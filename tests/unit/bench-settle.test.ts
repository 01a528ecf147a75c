import { expect, it } from 'vitest';
import { FLUSH_AFTER_MS } from '../../entrypoints/content/highlight';
import { QUIET_MS } from '../bench/chrome-runs';

it("the bench's settle wait outlasts the period at which a long scan hands its highlights over", () => {
  expect(QUIET_MS).toBeGreaterThan(FLUSH_AFTER_MS);
});
