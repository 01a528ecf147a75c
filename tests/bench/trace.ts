// Reads a Chrome trace (CDP `Tracing`, JSON trace events) and says how busy one renderer's main
// thread was: in all, split by kind of work (script, style, layout, pre-paint, paint, parse,
// other), in wall time (`dur`) and in the thread's CPU time (`tdur`), and the longest task that
// ran code of a given script (the extension's). Pure: trace events in, numbers out.

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  tts?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
}

export const KINDS = ['script', 'style', 'layout', 'prePaint', 'paint', 'parse', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type ByKind = Record<Kind, number>;

/** What a trace event's own time counts as; events not named here count as their parent does. */
const KIND_OF: Record<string, Kind> = {
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireIdleCallback: 'script',
  FireAnimationFrame: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  MajorGC: 'script',
  MinorGC: 'script',
  GCEvent: 'script',
  BlinkGC: 'script',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  'IntersectionObserverController::computeIntersections': 'layout',
  PrePaint: 'prePaint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  Commit: 'paint',
  RasterTask: 'paint',
  ParseHTML: 'parse',
};

export function kindOf(name: string): Kind | undefined {
  const k = KIND_OF[name];
  if (k) return k;
  // V8's own events (compile, run, GC phases) are all the script's cost.
  if (/^(v8|V8)\./.test(name)) return 'script';
  return undefined;
}

/** One complete event on a thread, with its children (events that ran inside it). */
export interface Span {
  name: string;
  ts: number;
  dur: number;
  /** Thread (CPU) time; the wall time when the trace has none for this event. */
  tdur: number;
  url: string | undefined;
  children: Span[];
}

export interface Task {
  ts: number;
  dur: number;
  tdur: number;
  /** Did this task run code whose URL matches (an event's URL, or a CPU profile sample)? */
  matched: boolean;
  wall: ByKind;
  cpu: ByKind;
}

export interface Busy {
  /** Sum over the thread's top-level tasks in the window. */
  wallMs: number;
  cpuMs: number;
  wall: ByKind;
  cpu: ByKind;
  tasks: number;
  /** The longest task (by wall time, and by CPU time) that ran matching code; 0 if none did. */
  longestMatchedWallMs: number;
  longestMatchedCpuMs: number;
  matchedTasks: number;
  /** The time of all the tasks that ran matching code (all of a script's cost when it makes no rendering work). */
  matchedWallMs: number;
  matchedCpuMs: number;
  /** When the last task that ran matching code ended, in ms before the window's end (null: none). */
  lastMatchedEndsBeforeEndMs: number | null;
}

const zero = (): ByKind => ({ script: 0, style: 0, layout: 0, prePaint: 0, paint: 0, parse: 0, other: 0 });
/** A value for each kind. */
export const byKind = (f: (k: Kind) => number): ByKind => ({
  script: f('script'),
  style: f('style'),
  layout: f('layout'),
  prePaint: f('prePaint'),
  paint: f('paint'),
  parse: f('parse'),
  other: f('other'),
});

function urlOf(e: TraceEvent): string | undefined {
  const a = e.args as { data?: { url?: unknown }; fileName?: unknown } | undefined;
  const u = a?.data?.url ?? a?.fileName;
  return typeof u === 'string' && u ? u : undefined;
}

/** The thread that rendered `url`: where its main frame's `navigationStart` was recorded. */
export function mainThreadOf(events: TraceEvent[], url: string): { pid: number; tid: number } | null {
  for (const e of events) {
    if (e.name !== 'navigationStart') continue;
    const data = (e.args as { data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } } | undefined)?.data;
    if (data?.documentLoaderURL === url && data.isLoadingMainFrame !== false) return { pid: e.pid, tid: e.tid };
  }
  return null;
}

/**
 * The complete spans of one thread, nested: `X` events as they are, `B`/`E` pairs joined.
 * Children's times are clipped to their parent's (timestamps are rounded to the microsecond).
 */
export function spansOf(events: TraceEvent[], pid: number, tid: number): Span[] {
  const flat: Span[] = [];
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') {
      flat.push({ name: e.name, ts: e.ts, dur: e.dur, tdur: e.tdur ?? e.dur, url: urlOf(e), children: [] });
    } else if (e.ph === 'B') {
      const stack = open.get(e.name) ?? [];
      stack.push(e);
      open.set(e.name, stack);
    } else if (e.ph === 'E') {
      const begin = open.get(e.name)?.pop();
      if (!begin) continue;
      const dur = e.ts - begin.ts;
      const tdur = begin.tts !== undefined && e.tts !== undefined ? e.tts - begin.tts : dur;
      flat.push({ name: e.name, ts: begin.ts, dur, tdur, url: urlOf(begin) ?? urlOf(e), children: [] });
    }
  }
  // Parents before children: earlier start first, and the longer of two that start together.
  flat.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const roots: Span[] = [];
  const stack: Span[] = [];
  for (const s of flat) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= s.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      const end = Math.min(s.ts + s.dur, parent.ts + parent.dur);
      s.dur = end - s.ts;
      s.tdur = Math.min(s.tdur, parent.tdur);
      parent.children.push(s);
    } else {
      roots.push(s);
    }
    stack.push(s);
  }
  return roots;
}

/** Adds each span's own time (its time minus its children's) to the kind it counts as. */
function addSelfTimes(s: Span, inherited: Kind, wall: ByKind, cpu: ByKind): void {
  const kind = kindOf(s.name) ?? inherited;
  let childWall = 0;
  let childCpu = 0;
  for (const c of s.children) {
    childWall += c.dur;
    childCpu += c.tdur;
    addSelfTimes(c, kind, wall, cpu);
  }
  wall[kind] += Math.max(0, s.dur - childWall);
  cpu[kind] += Math.max(0, s.tdur - childCpu);
}

function hasUrl(s: Span, matches: (url: string) => boolean): boolean {
  return (s.url !== undefined && matches(s.url)) || s.children.some((c) => hasUrl(c, matches));
}

/** Times (µs, trace clock) of CPU profile samples whose stack holds a frame of a matching script. */
export function matchingSamples(events: TraceEvent[], pid: number, tid: number, matches: (url: string) => boolean): number[] {
  // A `Profile` event names the profiled thread and the profile's id; its `ProfileChunk`s
  // (recorded from another thread) carry the nodes and samples, with time deltas from startTime.
  const ids = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid && e.id !== undefined) {
      const start = (e.args as { data?: { startTime?: number } } | undefined)?.data?.startTime;
      ids.set(e.id, start ?? e.ts);
    }
  }
  const times: number[] = [];
  for (const [id, startTime] of ids) {
    const parent = new Map<number, number>();
    const url = new Map<number, string>();
    const ours = new Map<number, boolean>();
    const isOurs = (node: number): boolean => {
      const known = ours.get(node);
      if (known !== undefined) return known;
      const u = url.get(node);
      const p = parent.get(node);
      const value = (u !== undefined && u !== '' && matches(u)) || (p !== undefined && isOurs(p));
      ours.set(node, value);
      return value;
    };
    let t = startTime;
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== id) continue;
      const data = (e.args as { data?: ChunkData } | undefined)?.data;
      for (const n of data?.cpuProfile?.nodes ?? []) {
        if (n.parent !== undefined) parent.set(n.id, n.parent);
        if (n.callFrame?.url) url.set(n.id, n.callFrame.url);
      }
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        t += deltas[i] ?? 0;
        if (isOurs(samples[i])) times.push(t);
      }
    }
  }
  return times.sort((a, b) => a - b);
}

interface ChunkData {
  cpuProfile?: { nodes?: Array<{ id: number; parent?: number; callFrame?: { url?: string } }>; samples?: number[] };
  timeDeltas?: number[];
}

/**
 * The main thread's tasks, each split by kind, and whether it ran matching code: a task
 * matches when an event inside it names a matching URL (a script's evaluation or compile, a
 * call into it) or a matching CPU profile sample falls inside it (a promise continuation or an
 * event listener of that script, which the timeline's events leave unnamed).
 */
export function tasksOf(events: TraceEvent[], thread: { pid: number; tid: number }, matches: (url: string) => boolean): Task[] {
  const samples = matchingSamples(events, thread.pid, thread.tid, matches);
  let next = 0;
  return spansOf(events, thread.pid, thread.tid).map((s) => {
    const wall = zero();
    const cpu = zero();
    addSelfTimes(s, 'other', wall, cpu);
    while (next < samples.length && samples[next] < s.ts) next++;
    const sampled = next < samples.length && samples[next] <= s.ts + s.dur;
    return { ts: s.ts, dur: s.dur, tdur: s.tdur, matched: sampled || hasUrl(s, matches), wall, cpu };
  });
}

/** Sums the tasks that start within [from, to] (trace clock, µs). */
export function busy(tasks: Task[], from: number, to: number): Busy {
  const wall = zero();
  const cpu = zero();
  let longestWall = 0;
  let longestCpu = 0;
  let matched = 0;
  let matchedWall = 0;
  let matchedCpu = 0;
  let lastEnd: number | null = null;
  let n = 0;
  for (const t of tasks) {
    if (t.ts < from || t.ts > to) continue;
    n++;
    for (const k of KINDS) {
      wall[k] += t.wall[k];
      cpu[k] += t.cpu[k];
    }
    if (t.matched) {
      matched++;
      matchedWall += t.dur;
      matchedCpu += t.tdur;
      longestWall = Math.max(longestWall, t.dur);
      longestCpu = Math.max(longestCpu, t.tdur);
      lastEnd = Math.max(lastEnd ?? -Infinity, t.ts + t.dur);
    }
  }
  const ms = (b: ByKind) => byKind((k) => b[k] / 1000);
  const sum = (b: ByKind) => KINDS.reduce((a, k) => a + b[k], 0) / 1000;
  return {
    wallMs: sum(wall),
    cpuMs: sum(cpu),
    wall: ms(wall),
    cpu: ms(cpu),
    tasks: n,
    longestMatchedWallMs: longestWall / 1000,
    longestMatchedCpuMs: longestCpu / 1000,
    matchedTasks: matched,
    matchedWallMs: matchedWall / 1000,
    matchedCpuMs: matchedCpu / 1000,
    lastMatchedEndsBeforeEndMs: lastEnd === null ? null : (to - lastEnd) / 1000,
  };
}

const LOADS = new Set(['EvaluateScript', 'v8.compile', 'v8.compileModule', 'ResourceSendRequest']);

/** The matching scripts that the process `pid` requested, compiled or ran, each once, sorted. */
export function scriptsLoaded(events: TraceEvent[], pid: number, matches: (url: string) => boolean): string[] {
  const urls = new Set<string>();
  for (const e of events) {
    if (e.pid !== pid || !LOADS.has(e.name)) continue;
    const u = urlOf(e);
    if (u !== undefined && matches(u)) urls.add(u);
  }
  return [...urls].sort();
}
