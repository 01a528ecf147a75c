// Reads a V8 CPU profile (Chrome DevTools Protocol `Profiler.stop`) and says how much time
// code from given scripts took: in all, and in its longest unbroken run of samples.

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { url: string; functionName: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

export interface Attribution {
  /** Milliseconds of samples whose stack holds a frame of a matching script. */
  totalMs: number;
  /** The longest run of such samples with no other sample between them. */
  longestSliceMs: number;
  samples: number;
}

export function attribute(profile: CpuProfile, matches: (url: string) => boolean): Attribution {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const p = parent.get(id);
    const value = !!node && (matches(node.callFrame.url) || (p !== undefined && isOurs(p)));
    ours.set(id, value);
    return value;
  };
  let totalUs = 0;
  let runUs = 0;
  let longestUs = 0;
  let count = 0;
  const { samples, timeDeltas } = profile;
  // A sample stands for the time until the next one, but no longer than twice the usual
  // interval: a longer gap means the sampler did not run (on two busy cores the renderer is
  // sometimes descheduled), not that the sampled code ran all that time.
  const usual = [...timeDeltas].sort((a, b) => a - b)[timeDeltas.length >> 1] ?? 0;
  const cap = 2 * usual;
  for (let i = 0; i < samples.length; i++) {
    const us = i + 1 < timeDeltas.length ? Math.min(timeDeltas[i + 1], cap) : 0;
    if (isOurs(samples[i])) {
      totalUs += us;
      runUs += us;
      count++;
      if (runUs > longestUs) longestUs = runUs;
    } else {
      runUs = 0;
    }
  }
  return { totalMs: totalUs / 1000, longestSliceMs: longestUs / 1000, samples: count };
}
