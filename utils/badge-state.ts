import type { AspectCount, FrameCount } from './messages';

// Per tab, the last report of every frame; the badge shows their sum.
export type TabCounts = Record<string, { count: number; byAspect: AspectCount[] }>;

/** A frame's new count replaces its last one (a navigation clears the tab's counts: the background). */
export function applyReport(frames: TabCounts | undefined, frameId: number, report: FrameCount): TabCounts {
  return { ...(frames ?? {}), [String(frameId)]: { count: report.count, byAspect: report.byAspect } };
}

export function totalOf(frames: TabCounts | undefined): number {
  let total = 0;
  for (const f of Object.values(frames ?? {})) total += f.count;
  return total;
}

export function aspectsOf(frames: TabCounts | undefined): AspectCount[] {
  const sums = new Map<string, number>();
  for (const f of Object.values(frames ?? {})) {
    for (const a of f.byAspect) sums.set(a.aspect, (sums.get(a.aspect) ?? 0) + a.count);
  }
  return [...sums].map(([aspect, count]) => ({ aspect, count })).sort((a, b) => b.count - a.count);
}

/** Badge text: empty at zero so the toolbar stays quiet on the pages that don't mention the topic. */
export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}
