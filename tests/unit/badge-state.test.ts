import { describe, expect, it } from 'vitest';
import { applyReport, aspectsOf, badgeText, totalOf } from '../../utils/badge-state';

describe('badge state', () => {
  it('sums the frames of a tab and replaces a frame’s older report', () => {
    let tab = applyReport(undefined, 0, 3, [{ aspect: 'numbers', count: 3 }], true);
    tab = applyReport(tab, 7, 2, [{ aspect: 'numbers', count: 1 }, { aspect: 'casualties', count: 1 }], false);
    expect(totalOf(tab)).toBe(5);
    tab = applyReport(tab, 7, 1, [{ aspect: 'casualties', count: 1 }], false);
    expect(totalOf(tab)).toBe(4);
    expect(aspectsOf(tab)).toEqual([
      { aspect: 'numbers', count: 3 },
      { aspect: 'casualties', count: 1 },
    ]);
  });

  it('starts again when the top frame loads a new document', () => {
    const old = applyReport(applyReport(undefined, 0, 3, [], false), 4, 2, [], false);
    const fresh = applyReport(old, 0, 1, [], true);
    expect(totalOf(fresh)).toBe(1);
    expect(Object.keys(fresh)).toEqual(['0']);
  });

  it('keeps the badge empty at zero and short when large', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(12345)).toBe('999+');
  });
});
