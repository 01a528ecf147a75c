import { describe, expect, it } from 'vitest';
import { attributeGecko, pageThread, type GeckoProfile, type GeckoThread } from '../bench/gecko-profile';

// A hand-made Gecko profile in the raw format Firefox writes at shutdown: tables with a schema,
// strings by index, sample CPU deltas in ns.
const EXT = 'moz-extension://u/content-scripts/content.js';
const ours = (l: string) => l.includes('moz-extension://');

function thread(strings: string[], samples: Array<[number | null, number, number]>, processType = 'tab'): GeckoThread {
  return {
    name: 'GeckoMain',
    processType,
    stringTable: strings,
    // frames: 0 = the event loop (string 0), 1 = our function (string 1), 2 = page code (string 2)
    frameTable: { schema: { location: 0 }, data: [[0], [1], [2]] },
    // stacks: 0 = loop; 1 = loop > ours; 2 = loop > ours > page code; 3 = loop > page code
    stackTable: {
      schema: { prefix: 0, frame: 1 },
      data: [
        [null, 0],
        [0, 1],
        [1, 2],
        [0, 2],
      ],
    },
    samples: { schema: { stack: 0, time: 1, threadCPUDelta: 2 }, data: samples },
  };
}

describe('a Gecko profile', () => {
  const strings = ['(root)', `run (${EXT}:5:10)`, 'walk (http://127.0.0.1/generated/page.html:1:1)'];
  // times in ms, CPU deltas in ns: two of ours in a row (the second calls page code), a page
  // sample, then one of ours alone.
  const t = thread(strings, [
    [0, 0, 0],
    [1, 1, 900_000],
    [2, 3, 1_800_000],
    [3, 4, 1_000_000],
    [1, 6, 2_000_000],
    [0, 7, 500_000],
  ]);

  it('counts the CPU time of samples with our frame anywhere on the stack', () => {
    const a = attributeGecko(t, 1e-6, ours);
    expect(a.samples).toBe(3);
    expect(a.cpuMs).toBeCloseTo(0.9 + 1.8 + 2);
  });

  it('gives the longest unbroken run of them, from the sample before it', () => {
    const a = attributeGecko(t, 1e-6, ours);
    // 0 → 3 ms (two samples, 2.7 ms of CPU) beats 4 → 6 ms (one sample, 2 ms)
    expect(a.longestRunMs).toBe(3);
    expect(a.longestRunCpuMs).toBeCloseTo(2.7);
  });

  it("finds the page's thread among the child processes by its URL", () => {
    const other = thread(['(root)', 'x', 'y'], [[0, 0, 0]]);
    const parent = thread(strings, [[0, 0, 0]], 'default');
    const profile: GeckoProfile = {
      meta: { sampleUnits: { threadCPUDelta: 'ns' } },
      threads: [parent],
      processes: [JSON.stringify({ meta: { sampleUnits: { threadCPUDelta: 'µs' } }, threads: [other, t] })],
    };
    const found = pageThread(profile, '/generated/page.html');
    expect(found?.thread).toEqual(t);
    expect(found?.cpuUnitMs).toBe(1e-3);
    expect(pageThread(profile, '/generated/none.html')).toBeNull();
  });
});
