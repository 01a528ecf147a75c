// The bench's few statistics: medians, and costs as the median of paired differences (run i with
// a variant minus run i without it, taken a moment apart, so that a spell of load on the machine
// slows both sides of a pair and drops out of it).

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The median of a[i] − b[i] over the runs both have. */
export function pairedCost(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  return median(Array.from({ length: n }, (_, i) => a[i] - b[i]));
}

export const spread = (xs: number[]): number => (xs.length ? Math.max(...xs) - Math.min(...xs) : NaN);
