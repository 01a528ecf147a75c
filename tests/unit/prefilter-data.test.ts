import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ANCHORS, LOOSE_SOURCE, prefilterDataFile } from '../../utils/detect/prefilter-build';
import { anchors, anchorsForGate, looseOf } from '../../utils/detect/anchor-search';

// Both pre-filters read their gates and names from one generated file (so loading them does no
// lexicon-wide work): it must be what the lexicons and gate lists give now.
describe('the pre-filter data', () => {
  it("is the generator's output for the lexicons and gates as they are now (else run `npm run gen:prefilter`)", () => {
    const onDisk = readFileSync(resolve(__dirname, '../../utils/detect/prefilter.data.ts'), 'utf8');
    expect(onDisk, 'stale: run `npm run gen:prefilter`').toBe(prefilterDataFile());
  });

  it('reads back as the anchors the lexicons give', () => {
    const read = anchors();
    expect(read.length).toBe(ANCHORS.length);
    read.forEach((a, i) => {
      const want = ANCHORS[i];
      expect({ term: a.term, loose: looseOf(a), runs: [...a.runs], raw: a.raw, north: a.north }, want.term).toEqual(want);
    });
  });

  it('falls back to every anchor for a gate no anchor contains', () => {
    const { re, north } = anchorsForGate('\u0000no such gate\u0000');
    expect(re.source).toBe(new RegExp(LOOSE_SOURCE, 'giu').source);
    expect(re.flags).toBe('giu');
    expect(north).toBe(false);
  });
});
