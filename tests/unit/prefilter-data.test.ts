import { describe, expect, it } from 'vitest';
import { ANCHORS, LOOSE_SOURCE, PREFILTER_SOURCES, withPlainSeparators, withoutUnicodeMode } from '../../utils/detect/prefilter-build';
import { PREFILTER_DATA } from '../../utils/detect/prefilter.data';
import { anchors, anchorsForGate, looseOf } from '../../utils/detect/prefilter';
import { QUICK_FILTER_DATA } from '../../utils/detect/quick-filter.data';

// The detector reads the pre-filter's gates and anchors from a generated file (so loading it does
// no lexicon-wide work): it must be what the lexicons and gate lists give now.
describe('the pre-filter data', () => {
  it('is built from the lexicons and gates as they are now (else run `npm run gen:prefilter`)', () => {
    // compared piece by piece first, so a stale file shows a readable difference
    expect(PREFILTER_DATA.latin, 'stale: run `npm run gen:prefilter`').toBe(PREFILTER_SOURCES.latin);
    expect(PREFILTER_DATA.script, 'stale: run `npm run gen:prefilter`').toBe(PREFILTER_SOURCES.script);
    expect(PREFILTER_DATA.anchors.map((a) => a[0]), 'stale: run `npm run gen:prefilter`').toEqual(PREFILTER_SOURCES.anchors.map((a) => a[0]));
    expect(PREFILTER_DATA, 'stale: run `npm run gen:prefilter`').toEqual(PREFILTER_SOURCES);
  });

  it('reads back as the anchors the lexicons give', () => {
    const read = anchors();
    expect(read.length).toBe(ANCHORS.length);
    read.forEach((a, i) => {
      const want = ANCHORS[i];
      expect({ term: a.term, loose: looseOf(a), runs: [...a.runs], raw: a.raw, north: a.north }, want.term).toEqual(want);
    });
  });

  it('gives the same names as the quick filter (else run both `npm run gen:prefilter` and `npm run gen:quick-filter`)', () => {
    expect(PREFILTER_DATA.latin).toBe(QUICK_FILTER_DATA.latin);
    expect(PREFILTER_DATA.script).toBe(QUICK_FILTER_DATA.script);
    expect(withPlainSeparators(withoutUnicodeMode(LOOSE_SOURCE))).toBe(QUICK_FILTER_DATA.loose);
  });

  it('falls back to every anchor for a gate no anchor contains', () => {
    const { re, north } = anchorsForGate('\u0000no such gate\u0000');
    expect(re.source).toBe(new RegExp(LOOSE_SOURCE, 'giu').source);
    expect(re.flags).toBe('giu');
    expect(north).toBe(false);
  });
});
