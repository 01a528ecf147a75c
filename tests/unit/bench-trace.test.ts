import { describe, expect, it } from 'vitest';
import { busy, kindOf, mainThreadOf, matchingSamples, scriptsLoaded, spansOf, tasksOf, type TraceEvent } from '../bench/trace';

// Small hand-made traces in the shape Chrome's CDP `Tracing` writes (times in µs).
const PAGE = 'http://127.0.0.1/page.html';
const EXT = 'chrome-extension://abc/content-scripts/content.js';
const ours = (u: string) => u.startsWith('chrome-extension://');

const x = (name: string, ts: number, dur: number, tdur: number, extra: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  tdur,
  pid: 1,
  tid: 1,
  ...extra,
});
const nav = (pid: number, tid: number, url: string): TraceEvent => ({
  name: 'navigationStart',
  ph: 'R',
  ts: 0,
  pid,
  tid,
  args: { data: { documentLoaderURL: url, isLoadingMainFrame: true } },
});

// Task 1 (0–100 µs, 50 µs of CPU): our script calls into style, then the page lays out.
// Task 2 (200–230): paint. On thread 2 of the same process: a task that must be ignored.
const trace: TraceEvent[] = [
  nav(1, 2, 'http://127.0.0.1/other.html'),
  nav(1, 1, PAGE),
  x('RunTask', 0, 100, 50),
  x('FunctionCall', 10, 30, 20, { args: { data: { url: EXT } } }),
  x('UpdateLayoutTree', 20, 10, 5),
  x('Layout', 50, 20, 10),
  x('RunTask', 200, 30, 30),
  x('Paint', 205, 20, 20),
  x('RunTask', 0, 500, 500, { tid: 2 }),
];

describe('the main thread', () => {
  it('is the one whose navigationStart loaded the page', () => {
    expect(mainThreadOf(trace, PAGE)).toEqual({ pid: 1, tid: 1 });
    expect(mainThreadOf(trace, 'http://elsewhere/')).toBeNull();
  });
});

describe('spans', () => {
  it('nest by time, and B/E pairs become spans with thread time from tts', () => {
    const roots = spansOf(
      [
        { name: 'RunTask', ph: 'B', ts: 0, tts: 100, pid: 1, tid: 1 },
        x('ParseHTML', 5, 10, 8),
        { name: 'RunTask', ph: 'E', ts: 40, tts: 120, pid: 1, tid: 1 },
        x('RunTask', 40, 5, 5),
      ],
      1,
      1,
    );
    expect(roots.map((r) => [r.name, r.ts, r.dur, r.tdur])).toEqual([
      ['RunTask', 0, 40, 20],
      ['RunTask', 40, 5, 5],
    ]);
    expect(roots[0].children.map((c) => c.name)).toEqual(['ParseHTML']);
  });

  it('clip a child that overruns its parent by rounding', () => {
    const [root] = spansOf([x('RunTask', 0, 10, 10), x('Layout', 5, 6, 6)], 1, 1);
    expect(root.children[0].dur).toBe(5);
  });
});

describe('tasks and busy time', () => {
  const thread = mainThreadOf(trace, PAGE)!;
  const tasks = tasksOf(trace, thread, ours);

  it("split each task's own time by kind, a nested event counting as its own kind", () => {
    expect(tasks).toHaveLength(2);
    // CPU: the call 20 − style 5 = 15 script; style 5; layout 10; the task's own 50 − 20 − 10 = 20.
    expect(tasks[0].cpu).toEqual({ script: 15, style: 5, layout: 10, prePaint: 0, paint: 0, parse: 0, other: 20 });
    expect(tasks[0].wall).toEqual({ script: 20, style: 10, layout: 20, prePaint: 0, paint: 0, parse: 0, other: 50 });
    expect(tasks[1].cpu.paint).toBe(20);
    expect(tasks[1].cpu.other).toBe(10);
  });

  it('mark the task that ran our script by URL', () => {
    expect(tasks.map((t) => t.matched)).toEqual([true, false]);
  });

  it('sum the thread in ms, and give the longest task that ran our code', () => {
    const b = busy(tasks, 0, 1000);
    expect(b.cpuMs).toBeCloseTo(0.08);
    expect(b.wallMs).toBeCloseTo(0.13);
    expect(b.cpu.paint).toBeCloseTo(0.02);
    expect(b.longestMatchedWallMs).toBeCloseTo(0.1);
    expect(b.longestMatchedCpuMs).toBeCloseTo(0.05);
    expect(b.matchedTasks).toBe(1);
    expect(b.matchedCpuMs).toBeCloseTo(0.05);
    expect(b.matchedWallMs).toBeCloseTo(0.1);
    expect(b.lastMatchedEndsBeforeEndMs).toBeCloseTo(0.9);
  });

  it('count only the tasks that start in the window', () => {
    const b = busy(tasks, 150, 1000);
    expect(b.tasks).toBe(1);
    expect(b.cpuMs).toBeCloseTo(0.03);
    expect(b.longestMatchedWallMs).toBe(0);
    expect(b.lastMatchedEndsBeforeEndMs).toBeNull();
  });
});

describe('CPU profile samples', () => {
  // Node 3 is page code called from our script (node 2): a sample there counts as ours.
  const profile: TraceEvent[] = [
    { name: 'Profile', ph: 'P', ts: 0, pid: 1, tid: 1, id: '0x1', args: { data: { startTime: 1000 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ts: 0,
      pid: 1,
      tid: 9,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '' } },
              { id: 2, parent: 1, callFrame: { url: EXT } },
              { id: 3, parent: 2, callFrame: { url: 'http://127.0.0.1/page.js' } },
              { id: 4, parent: 1, callFrame: { url: 'http://127.0.0.1/page.js' } },
            ],
            samples: [4, 3, 1],
          },
          timeDeltas: [10, 1200, 300],
        },
      },
    },
  ];

  it('are placed at startTime plus the running sum of deltas, and kept when the stack holds our frame', () => {
    expect(matchingSamples(profile, 1, 1, ours)).toEqual([2210]);
    expect(matchingSamples(profile, 1, 2, ours)).toEqual([]);
  });

  it('mark a task that no event names our script in', () => {
    const events = [nav(1, 1, PAGE), x('RunTask', 2000, 500, 400), x('RunMicrotasks', 2100, 300, 300), x('RunTask', 3000, 100, 100), ...profile];
    const t = tasksOf(events, { pid: 1, tid: 1 }, ours);
    expect(t.map((k) => k.matched)).toEqual([true, false]);
    expect(t[0].cpu.script).toBe(300);
  });
});

describe('kinds', () => {
  it("count V8's own events as script and leave unknown names to their parent", () => {
    expect(kindOf('v8.compile')).toBe('script');
    expect(kindOf('V8.GC_SCAVENGER')).toBe('script');
    expect(kindOf('PrePaint')).toBe('prePaint');
    expect(kindOf('SomethingElse')).toBeUndefined();
  });
});

describe('scripts loaded', () => {
  it("are the matching URLs that the page's process requested, compiled or ran, once each", () => {
    const events: TraceEvent[] = [
      x('EvaluateScript', 0, 1, 1, { args: { data: { url: EXT } } }),
      x('v8.compile', 0, 1, 1, { args: { data: { url: EXT }, fileName: EXT } }),
      x('v8.compileModule', 5, 1, 1, { args: { fileName: 'chrome-extension://abc/engine.js' } }),
      x('v8.compileModule', 5, 1, 1, { pid: 2, args: { fileName: 'chrome-extension://abc/popup.js' } }),
      x('FunctionCall', 9, 1, 1, { args: { data: { url: 'chrome-extension://abc/other.js' } } }),
      x('EvaluateScript', 9, 1, 1, { args: { data: { url: 'http://127.0.0.1/page.js' } } }),
    ];
    expect(scriptsLoaded(events, 1, ours)).toEqual(['chrome-extension://abc/content-scripts/content.js', 'chrome-extension://abc/engine.js']);
  });
});
