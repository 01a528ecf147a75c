// Reads a Firefox (Gecko) profile, as Firefox writes it at shutdown under MOZ_PROFILER_SHUTDOWN,
// and says how much of the page's main thread ran code of given scripts: CPU time of the samples
// whose stack holds such a frame, and the longest unbroken run of them (Firefox's profile has no
// per-task events like Chrome's RunTask; its "Awake" periods span many tasks during a load).
// Pure: the profile's JSON in, numbers out.
import { isRecord } from '../../utils/guards';

interface Table {
  schema: Record<string, number>;
  data: unknown[][];
}
export interface GeckoThread {
  name: string;
  processType?: string;
  samples: Table;
  stackTable: Table;
  frameTable: Table;
  stringTable: string[];
}
export interface GeckoProfile {
  meta?: { interval?: number; sampleUnits?: { threadCPUDelta?: string } };
  threads: GeckoThread[];
  processes?: Array<GeckoProfile | string>;
}

export interface GeckoAttribution {
  /** CPU time of the matching samples (each sample carries the thread's CPU time since the one before). */
  cpuMs: number;
  samples: number;
  /** Wall time of the longest unbroken run of matching samples, and its CPU time. */
  longestRunMs: number;
  longestRunCpuMs: number;
}

/** A profile from its JSON (checked as far as its list of threads). */
export function parseProfile(json: string): GeckoProfile {
  const v: unknown = JSON.parse(json);
  if (!isGeckoProfile(v)) throw new Error('not a Gecko profile: no threads');
  return v;
}
const isGeckoProfile = (v: unknown): v is GeckoProfile => isRecord(v) && Array.isArray(v.threads);

/** A table cell that holds an index or a count, or null where the profile has none. */
const numberOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Every thread of the profile and of its child processes, each with its process's sample units. */
export function threadsOf(profile: GeckoProfile): Array<{ thread: GeckoThread; cpuUnitMs: number }> {
  const unit = profile.meta?.sampleUnits?.threadCPUDelta;
  const cpuUnitMs = unit === 'ns' ? 1e-6 : unit === 'µs' ? 1e-3 : 1;
  const own = profile.threads.map((thread) => ({ thread, cpuUnitMs }));
  const children = (profile.processes ?? []).flatMap((p) => threadsOf(typeof p === 'string' ? parseProfile(p) : p));
  return [...own, ...children];
}

export function attributeGecko(thread: GeckoThread, cpuUnitMs: number, matches: (location: string) => boolean): GeckoAttribution {
  const s = thread.samples.schema;
  const st = thread.stackTable.schema;
  const loc = thread.frameTable.schema.location;
  const frameMatches = thread.frameTable.data.map((f) => {
    const text = thread.stringTable[numberOrNull(f[loc]) ?? -1];
    return typeof text === 'string' && matches(text);
  });
  const ours = new Map<number, boolean>();
  const isOurs = (stack: number | null): boolean => {
    if (stack === null || stack === undefined) return false;
    const known = ours.get(stack);
    if (known !== undefined) return known;
    const row = thread.stackTable.data[stack];
    const value = frameMatches[numberOrNull(row[st.frame]) ?? -1] || isOurs(numberOrNull(row[st.prefix]));
    ours.set(stack, value);
    return value;
  };
  const rows = thread.samples.data;
  let count = 0;
  let cpu = 0;
  let runStart: number | null = null;
  let runCpu = 0;
  let longestRun = 0;
  let longestRunCpu = 0;
  for (let i = 0; i < rows.length; i++) {
    const time = Number(rows[i][s.time]);
    if (isOurs(numberOrNull(rows[i][s.stack]))) {
      count++;
      const delta = s.threadCPUDelta !== undefined ? (numberOrNull(rows[i][s.threadCPUDelta]) ?? 0) * cpuUnitMs : 0;
      cpu += delta;
      // A run starts at the sample before its first: the time since then is the run's.
      if (runStart === null) [runStart, runCpu] = [i > 0 ? Number(rows[i - 1][s.time]) : time, 0];
      runCpu += delta;
      if (time - runStart > longestRun) [longestRun, longestRunCpu] = [time - runStart, runCpu];
    } else {
      runStart = null;
    }
  }
  return {
    cpuMs: cpu,
    samples: count,
    longestRunMs: longestRun,
    longestRunCpuMs: longestRunCpu,
  };
}

/** The tab's main thread that loaded `url`: a content process's GeckoMain whose strings name it. */
export function pageThread(profile: GeckoProfile, url: string): { thread: GeckoThread; cpuUnitMs: number } | null {
  const candidates = threadsOf(profile).filter(
    ({ thread }) => thread.name === 'GeckoMain' && thread.processType === 'tab' && thread.stringTable.some((x) => x.includes(url)),
  );
  return candidates.sort((a, b) => b.thread.samples.data.length - a.thread.samples.data.length)[0] ?? null;
}
