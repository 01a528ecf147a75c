import { describe, expect, it } from 'vitest';
import { applyReport, aspectsOf, badgeText, totalOf } from '../../utils/badge-state';

describe('badge state', () => {
  it('sums the frames of a tab and replaces a frame’s older report', () => {
    let tab = applyReport(undefined, 0, { count: 3, byAspect: [{ aspect: 'numbers', count: 3 }] });
    tab = applyReport(tab, 7, {
      count: 2,
      byAspect: [
        { aspect: 'numbers', count: 1 },
        { aspect: 'casualties', count: 1 },
      ],
    });
    expect(totalOf(tab)).toBe(5);
    tab = applyReport(tab, 7, { count: 1, byAspect: [{ aspect: 'casualties', count: 1 }] });
    expect(totalOf(tab)).toBe(4);
    expect(aspectsOf(tab)).toEqual([
      { aspect: 'numbers', count: 3 },
      { aspect: 'casualties', count: 1 },
    ]);
  });

  it('keeps the badge empty at zero and short when large', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(12345)).toBe('999+');
  });
});
