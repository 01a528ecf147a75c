import { describe, expect, it } from 'vitest';
import { attribute, type CpuProfile } from '../bench/profile';

const frame = (url: string) => ({ url, functionName: 'f' });

describe('attribute', () => {
  // root → page.js → ext.js (called from the page's stack) ; root → ext.js
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame(''), children: [2, 4] },
      { id: 2, callFrame: frame('http://page/page.js'), children: [3] },
      { id: 3, callFrame: frame('chrome-extension://x/content.js') },
      { id: 4, callFrame: frame('chrome-extension://x/content.js'), children: [5] },
      { id: 5, callFrame: frame('') },
    ],
    samples: [2, 4, 5, 3, 2, 4, 1],
    timeDeltas: [0, 1000, 2000, 1000, 3000, 500, 4000],
  };

  it('counts samples with our script anywhere on the stack, and the longest unbroken run', () => {
    const a = attribute(profile, (u) => u.startsWith('chrome-extension://'));
    // samples 1,2,3 are ours (2000 + 1000 + 3000 µs), then 5 (4000 µs); the usual interval is
    // 1000 µs, so no sample counts for more than 2000 µs
    expect(a.samples).toBe(4);
    expect(a.totalMs).toBeCloseTo(2 + 1 + 2 + 2);
    expect(a.longestSliceMs).toBeCloseTo(2 + 1 + 2);
  });

  it('counts a late sample for twice the usual interval at most', () => {
    const steady: CpuProfile = {
      nodes: [{ id: 1, callFrame: frame('chrome-extension://x/content.js') }, { id: 2, callFrame: frame('') }],
      samples: [2, 1, 1, 2, 2],
      timeDeltas: [0, 100, 100, 5000, 100],
    };
    expect(attribute(steady, (u) => u.startsWith('chrome-extension://')).totalMs).toBeCloseTo(0.1 + 0.2);
  });

  it('finds nothing when no script matches', () => {
    expect(attribute(profile, () => false)).toEqual({ totalMs: 0, longestSliceMs: 0, samples: 0 });
  });
});
