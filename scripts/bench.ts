// `npm run bench`: what the extension costs the page, from Chrome traces. Each bench page is
// loaded, interleaved run by run, without any extension and with each of: ours, an empty WXT
// content script (tests/bench/bare), the floor (one read of the text and one regex pass) and, on
// the 5 MB page, mark.js marking the same terms and the highlights alone (the same matches
// painted as ours are, to tell the highlights' own cost from ours); warm (a running browser)
// and cold (a fresh browser on a fresh profile). A variant's cost is the median over runs of its renderer main
// thread's busy time minus that of the run without an extension beside it, split into script,
// style, layout, pre-paint and paint; thread CPU time (`tdur`) first, wall time beside it.
// Targets are ratios within this one run. Prints tables, writes artifacts/bench.json (every
// run), exits non-zero while a target is missed.
//   npm run bench [-- --runs=5 --cold-runs=5 --firefox-runs=3 --pages=example,free1,...]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../tests/e2e/harness/server';
import { ARTIFACTS, ROOT } from '../tests/e2e/harness/paths';
import { MARK_TERMS, densePage, examplePage, topicFreePage } from '../tests/bench/pages';
import { newsFrontPage, warHistoryPage } from '../tests/bench/near-topic-pages';
import { writeBaselines } from '../tests/bench/baselines';
import { HIGHLIGHT, styleNames } from '../entrypoints/content/highlight-names';
import { DEFAULT_SETTINGS } from '../utils/settings-model';
import { launchChromium, tracedLoad, type Chromium, type LoadRun } from '../tests/bench/chrome-runs';
import { profiledFirefoxLoad, type FirefoxRun } from '../tests/bench/firefox-runs';
import { byKind, type Kind } from '../tests/bench/trace';
import { isOneOf } from '../utils/guards';
import { median, pairedCost, spread } from '../tests/bench/stats';

// The engine as it was when these targets were set (main at 8974e6f, 6 Dec 2026): every
// language's lexicon and the whole card UI in one file. Measured from .output/chrome-mv3/engine.js
// with Node's gzipSync, as bundleKB below measures. Kept fixed: the target is a fraction of it.
const ENGINE_REFERENCE = { file: 'engine.js', rawKB: 285.4, gzKB: 85.5 };

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const RUNS = Number(arg('runs') ?? 5);
const COLD_RUNS = Number(arg('cold-runs') ?? 5);
const FIREFOX_RUNS = Number(arg('firefox-runs') ?? 3);
/** Firefox measures our JS only (its profile has no per-task events); on these pages. */
const FIREFOX_PAGES = ['example', 'news', 'dense5'];
const ONLY = arg('pages')?.split(',');

type Variant = 'none' | 'ours' | 'empty' | 'floor' | 'markjs' | 'highlights';
type Mode = 'warm' | 'cold';
const MODES: readonly Mode[] = ['warm', 'cold'];
const VARIANTS: readonly Variant[] = ['none', 'ours', 'empty', 'floor', 'markjs', 'highlights'];

interface BenchPage {
  key: string;
  label: string;
  html: string;
  /** The settle wait's minimum after the load event (our scan must have finished by then). */
  minMs: number;
  warm: Variant[];
  cold: Variant[];
  coldRuns: number;
  heap?: boolean;
}

const ALL: Variant[] = ['none', 'ours', 'empty', 'floor'];
const BENCH_PAGES: BenchPage[] = [
  { key: 'example', label: 'example.com-size', html: examplePage(), minMs: 1000, warm: ALL, cold: ALL, coldRuns: COLD_RUNS },
  { key: 'free1', label: '1 MB topic-free', html: topicFreePage(1), minMs: 1500, warm: ALL, cold: ALL, coldRuns: COLD_RUNS },
  {
    key: 'war',
    label: 'war history (Korea, Russia, troops)',
    html: warHistoryPage(true),
    minMs: 3000,
    warm: ['none', 'ours'],
    cold: ['none', 'ours'],
    coldRuns: 3,
  },
  { key: 'warTwin', label: 'its topic-free twin', html: warHistoryPage(false), minMs: 3000, warm: ['none', 'ours'], cold: [], coldRuns: 0 },
  {
    key: 'news',
    label: 'news front page (Korea, Russia)',
    html: newsFrontPage(true),
    minMs: 3000,
    warm: ['none', 'ours'],
    cold: ['none', 'ours'],
    coldRuns: 3,
  },
  { key: 'newsTwin', label: 'its topic-free twin', html: newsFrontPage(false), minMs: 3000, warm: ['none', 'ours'], cold: [], coldRuns: 0 },
  {
    key: 'dense5',
    label: '5 MB, ~200 mentions',
    html: densePage(),
    minMs: 5000,
    warm: [...ALL, 'markjs', 'highlights'],
    cold: ['none', 'ours'],
    coldRuns: 3,
    heap: true,
  },
];
const PAGES = BENCH_PAGES.filter((p) => !ONLY || ONLY.includes(p.key));

const OUTPUT = join(ROOT, '.output');
const baselines = writeBaselines(
  OUTPUT,
  { markJs: join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), sheet: join(ROOT, 'public/highlights.css') },
  MARK_TERMS,
  [HIGHLIGHT, ...styleNames(DEFAULT_SETTINGS.highlightStyle)],
);
const EXTENSION: Record<Variant, string | null> = {
  none: null,
  ours: join(OUTPUT, 'chrome-mv3'),
  empty: join(OUTPUT, 'bench-bare/chrome-mv3'),
  floor: baselines.floor,
  markjs: baselines.markjs,
  highlights: baselines.highlights,
};

const server = await startServer([]);
const urls = new Map(PAGES.map((p) => [p.key, server.put(`${p.key}.html`, p.html)]));

interface RunRecord extends LoadRun {
  page: string;
  mode: Mode;
  variant: Variant;
  run: number;
}
const records: RunRecord[] = [];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
/** Every run so far, after each page: a run stopped half-way leaves its measurements. */
const savePartial = () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, 'bench-partial.json'), JSON.stringify({ records }, null, 1));
};
// Turn by turn, each run starting one variant further on, so that none always goes first.
const rotate = <T>(xs: T[], by: number) => xs.map((_, i) => xs[(i + by) % xs.length]);

// --- warm: one browser per variant, kept running; a first, unmeasured load warms each ---
const warmVariants = [...new Set(PAGES.flatMap((p) => p.warm))];
const browsers = new Map<Variant, Chromium>();
for (const v of warmVariants) browsers.set(v, await launchChromium(EXTENSION[v]));
const warmUp = server.put('warm-up.html', examplePage());
for (const b of browsers.values()) await tracedLoad(b.browser, warmUp, { minMs: 500 });
for (const p of PAGES) {
  for (let run = 0; run < RUNS; run++) {
    for (const variant of rotate(p.warm, run)) {
      const r = await tracedLoad(browsers.get(variant)!.browser, urls.get(p.key)!, { minMs: p.minMs, heap: p.heap && variant !== 'markjs' });
      records.push({ page: p.key, mode: 'warm', variant, run, ...r });
    }
  }
  console.log(`warm ${p.key}: ${RUNS} runs × ${p.warm.length} variants (${elapsed()})`);
  savePartial();
}
for (const b of browsers.values()) await b.close();

// --- cold: a fresh browser on a fresh profile for every measured load ---
for (const p of PAGES) {
  const runs = Math.min(p.coldRuns, COLD_RUNS);
  for (let run = 0; run < runs; run++) {
    for (const variant of rotate(p.cold, run)) {
      const b = await launchChromium(EXTENSION[variant]);
      const r = await tracedLoad(b.browser, urls.get(p.key)!, { minMs: p.minMs });
      await b.close();
      records.push({ page: p.key, mode: 'cold', variant, run, ...r });
    }
  }
  if (runs && p.cold.length) console.log(`cold ${p.key}: ${runs} runs × ${p.cold.length} variants (${elapsed()})`);
  savePartial();
}
// --- Firefox: our JS time and longest unbroken run of it, from the Gecko profiler ---
const firefox: Array<FirefoxRun & { page: string; run: number }> = [];
for (const p of PAGES.filter((x) => FIREFOX_PAGES.includes(x.key))) {
  for (let run = 0; run < FIREFOX_RUNS; run++) {
    const r = await profiledFirefoxLoad(join(OUTPUT, 'firefox-mv2'), urls.get(p.key)!, p.minMs);
    firefox.push({ page: p.key, run, ...r });
  }
  if (FIREFOX_RUNS) console.log(`firefox ${p.key}: ${FIREFOX_RUNS} runs (${elapsed()})`);
}
await server.close();

// --- costs ---
const runsOf = (page: string, mode: Mode, variant: Variant) =>
  records.filter((r) => r.page === page && r.mode === mode && r.variant === variant).sort((a, b) => a.run - b.run);

interface Cost {
  /** Median paired difference from the runs without an extension, ms of thread CPU time. */
  cpuMs: number;
  wallMs: number;
  cpu: Record<Kind, number>;
  /** The CPU time of the tasks that ran the variant's code (median): all of a script's cost when it makes no rendering work. */
  ownCpuMs: number;
  /** The longest task that ran the variant's code: median and worst over the runs (CPU and wall). */
  longestCpuMs: number;
  longestCpuMaxMs: number;
  longestWallMs: number;
  longestWallMaxMs: number;
  runs: number;
}
function cost(page: string, mode: Mode, variant: Variant): Cost | null {
  const a = runsOf(page, mode, variant);
  const b = runsOf(page, mode, 'none');
  if (!a.length || !b.length) return null;
  const paired = (f: (r: LoadRun) => number) => pairedCost(a.map(f), b.map(f));
  return {
    cpuMs: paired((r) => r.busy.cpuMs),
    wallMs: paired((r) => r.busy.wallMs),
    cpu: byKind((k) => paired((r) => r.busy.cpu[k])),
    ownCpuMs: median(a.map((r) => r.busy.matchedCpuMs)),
    longestCpuMs: median(a.map((r) => r.busy.longestMatchedCpuMs)),
    longestCpuMaxMs: Math.max(...a.map((r) => r.busy.longestMatchedCpuMs)),
    longestWallMs: median(a.map((r) => r.busy.longestMatchedWallMs)),
    longestWallMaxMs: Math.max(...a.map((r) => r.busy.longestMatchedWallMs)),
    runs: Math.min(a.length, b.length),
  };
}

const f = (v: number | null | undefined, d = 1) => (v === null || v === undefined || Number.isNaN(v) ? '—' : v.toFixed(d));
const costs: Record<string, Partial<Record<Mode, Partial<Record<Variant, Cost>>>>> = {};
for (const p of PAGES) {
  costs[p.key] = {};
  for (const mode of MODES) {
    const row: Partial<Record<Variant, Cost>> = {};
    for (const v of mode === 'warm' ? p.warm : p.cold) {
      if (v === 'none') continue;
      const c = cost(p.key, mode, v);
      if (c) row[v] = c;
    }
    if (Object.keys(row).length) costs[p.key][mode] = row;
  }
}

const NAMES: Record<Variant, string> = {
  none: 'no extension',
  ours: 'Kursk Context',
  empty: 'empty WXT script',
  floor: 'floor (text + regex)',
  markjs: 'mark.js (one regex)',
  highlights: 'highlights alone (same matches)',
};
console.log('\nCost to the page: renderer main thread busy time with the variant minus without any extension');
console.log('(median of paired runs; ms of thread CPU time, wall time beside; the CPU time of the tasks that ran its code;');
console.log(' the longest such task, median / worst)');
for (const p of PAGES) {
  for (const mode of MODES) {
    const row = costs[p.key][mode];
    if (!row) continue;
    const base = runsOf(p.key, mode, 'none');
    console.log(
      `\n${p.label} (${p.key}), ${mode}: without an extension ${f(median(base.map((r) => r.busy.cpuMs)))} ms CPU / ${f(median(base.map((r) => r.busy.wallMs)))} ms wall`,
    );
    console.table(
      Object.fromEntries(
        Object.entries(row)
          .filter((e): e is [Variant, Cost] => isOneOf(VARIANTS, e[0]))
          .map(([v, c]) => {
            const rs = runsOf(p.key, mode, v);
            return [
              NAMES[v],
              {
                'CPU ms': f(c.cpuMs),
                script: f(c.cpu.script),
                style: f(c.cpu.style),
                layout: f(c.cpu.layout),
                'pre-paint': f(c.cpu.prePaint),
                paint: f(c.cpu.paint),
                other: f(c.cpu.other + c.cpu.parse),
                'wall ms': f(c.wallMs),
                'own tasks CPU': f(c.ownCpuMs),
                'longest CPU': `${f(c.longestCpuMs)} / ${f(c.longestCpuMaxMs)}`,
                'longest wall': `${f(c.longestWallMs)} / ${f(c.longestWallMaxMs)}`,
                found: median(rs.map((r) => r.highlights || r.marked)),
              },
            ];
          }),
      ),
    );
  }
}

// --- sizes: the content script, and the code loaded on pages without mentions ---
const bundleKB = (file: string) => {
  const bytes = readFileSync(join(EXTENSION.ours!, file));
  return { rawKB: bytes.length / 1000, gzKB: gzipSync(bytes).length / 1000 };
};
const contentScript = bundleKB('content-scripts/content.js');
const CONTENT = 'content-scripts/content.js';
const noMentionPages = PAGES.filter((p) => p.key !== 'dense5').map((p) => p.key);
/** Per page without mentions: the extension files its renderer loaded beyond the content script. */
const loadedBeyond: Record<string, { files: string[]; gzKB: number; rawKB: number }> = {};
for (const page of noMentionPages) {
  const files = [...new Set(records.filter((r) => r.page === page && r.variant === 'ours').flatMap((r) => r.scripts))]
    .map((u) => new URL(u).pathname.slice(1))
    .filter((file) => file !== CONTENT);
  const sizes = files.map(bundleKB);
  loadedBeyond[page] = { files, gzKB: sizes.reduce((a, s) => a + s.gzKB, 0), rawKB: sizes.reduce((a, s) => a + s.rawKB, 0) };
}
const worstLoaded = Math.max(0, ...Object.values(loadedBeyond).map((l) => l.gzKB));

// --- heap on the 5 MB page: ours and the empty script, after a full GC, paired runs ---
const heapOf = (v: Variant) => runsOf('dense5', 'warm', v).map((r) => r.heapBytes ?? NaN);
const heapAboveEmptyMB = pairedCost(heapOf('ours'), heapOf('empty')) / 1e6;

// --- targets ---
type Target = { label: string; value: number; limit: string; pass: boolean };
const targets: Target[] = [];
const check = (label: string, value: number | undefined, ok: (v: number) => boolean, limit: string) => {
  if (value === undefined || Number.isNaN(value)) return;
  targets.push({ label, value, limit, pass: ok(value) });
};
const c = (page: string, mode: Mode, v: Variant) => costs[page]?.[mode]?.[v];
const dense = costs.dense5?.warm;
// The floor and the empty script make no rendering work: their cost is that of their own
// tasks, which is far steadier than a difference of two whole-page totals (on the 5 MB page the
// page's own load varies run to run by more than the floor itself).
if (dense?.ours && dense.floor) check('5 MB warm: our cost ÷ floor (text + regex)', dense.ours.cpuMs / dense.floor.ownCpuMs, (v) => v <= 3, '≤ 3');
if (dense?.ours && dense.markjs) check('5 MB warm: mark.js cost ÷ ours', dense.markjs.cpuMs / dense.ours.cpuMs, (v) => v >= 5, '≥ 5');
for (const p of PAGES) {
  for (const mode of MODES) {
    const ours = c(p.key, mode, 'ours');
    if (ours) check(`${p.key} ${mode}: longest task running our code (CPU ms, median)`, ours.longestCpuMs, (v) => v <= 50, '≤ 50');
  }
}
for (const page of ['example', 'free1']) {
  for (const mode of MODES) {
    const [ours, empty, floor] = (['ours', 'empty', 'floor'] as Variant[]).map((v) => c(page, mode, v));
    if (ours && empty && floor) {
      const budget = empty.ownCpuMs + 2 * floor.ownCpuMs;
      check(`${page} ${mode}: our cost − (empty script + 2 × floor), ms (budget ${f(budget)})`, ours.cpuMs - budget, (v) => v <= 0, '≤ 0');
    }
    if (ours) {
      // Within noise: the style time of the runs without an extension varies by its range.
      const noise = spread(runsOf(page, mode, 'none').map((r) => r.busy.cpu.style));
      check(`${page} ${mode}: style time added, ms (noise: none's range ${f(noise)})`, ours.cpu.style - noise, (v) => v <= 0, '≤ 0');
    }
  }
}
for (const [near, twin] of [
  ['war', 'warTwin'],
  ['news', 'newsTwin'],
]) {
  const a = c(near, 'warm', 'ours');
  const b = c(twin, 'warm', 'ours');
  if (a && b) check(`${near} warm: our cost ÷ on its topic-free twin`, a.cpuMs / Math.max(b.cpuMs, 0.1), (v) => v <= 2, '≤ 2');
}
check('content script, kB gzipped', contentScript.gzKB, (v) => v <= 20, '≤ 20');
check(
  `code loaded beyond the content script on a page without mentions, kB gz (¼ of the reference engine: ${f(ENGINE_REFERENCE.gzKB / 4)})`,
  worstLoaded,
  (v) => v <= ENGINE_REFERENCE.gzKB / 4,
  `≤ ${f(ENGINE_REFERENCE.gzKB / 4)}`,
);
check('5 MB warm: our heap above the empty script, MB', heapAboveEmptyMB, (v) => v <= 5, '≤ 5');

if (firefox.length) {
  console.log('\nFirefox ESR, cold (fresh browser each run): our JS from the Gecko profiler (ms; median / worst)');
  console.table(
    Object.fromEntries(
      FIREFOX_PAGES.filter((k) => firefox.some((r) => r.page === k)).map((k) => {
        const rs = firefox.filter((r) => r.page === k);
        const mw = (g: (r: FirefoxRun) => number) => `${f(median(rs.map(g)))} / ${f(Math.max(...rs.map(g)))}`;
        return [
          k,
          {
            'JS CPU ms': mw((r) => r.cpuMs),
            'longest run CPU ms': mw((r) => r.longestRunCpuMs),
            'longest run wall ms': mw((r) => r.longestRunMs),
            found: median(rs.map((r) => r.highlights)),
          },
        ];
      }),
    ),
  );
}
console.log(
  `\ncontent script ${f(contentScript.gzKB)} kB gz (${f(contentScript.rawKB)} kB); reference engine ${ENGINE_REFERENCE.gzKB} kB gz (${ENGINE_REFERENCE.rawKB} kB)`,
);
for (const [page, l] of Object.entries(loadedBeyond))
  console.log(`  loaded on ${page}: ${l.files.join(', ') || 'nothing more'} ${l.files.length ? `(${f(l.gzKB)} kB gz)` : ''}`);
console.log(
  `heap on the 5 MB page (median): ours ${f(median(heapOf('ours')) / 1e6)} MB, empty script ${f(median(heapOf('empty')) / 1e6)} MB, none ${f(median(heapOf('none')) / 1e6)} MB`,
);
// Not a target: what painting the same matches as ours costs the page, whoever finds them.
if (dense?.highlights && dense.floor && dense.ours)
  console.log(
    `5 MB warm: the highlights alone cost ${f(dense.highlights.cpuMs)} ms (${f(dense.highlights.cpuMs / dense.floor.ownCpuMs, 2)}× the floor; their own tasks ${f(dense.highlights.ownCpuMs)}), ours ${f(dense.ours.cpuMs)}`,
  );
const unsettled = records.filter(
  (r) => r.variant === 'ours' && r.busy.lastMatchedEndsBeforeEndMs !== null && r.busy.lastMatchedEndsBeforeEndMs < 300,
);
if (unsettled.length)
  console.log(
    `⚠ ${unsettled.length} runs of ours still ran code in the last 300 ms of their trace: ${unsettled.map((r) => `${r.page}/${r.mode}/${r.run}`).join(', ')}`,
  );
// How noisy the machine was: wall time over CPU time of the same work (1 = the renderer had a core to itself).
const stretch = median(records.map((r) => r.busy.wallMs / Math.max(r.busy.cpuMs, 0.1)));
console.log(`machine: wall ÷ CPU time of the main thread, median over all runs: ${f(stretch, 2)}; bench took ${elapsed()}`);

console.log('\nTargets:');
for (const t of targets) console.log(`  ${t.pass ? '✓' : '✗'} ${t.label}: ${f(t.value, 2)} (${t.limit})`);
mkdirSync(ARTIFACTS, { recursive: true });
writeFileSync(
  join(ARTIFACTS, 'bench.json'),
  JSON.stringify(
    {
      when: new Date().toISOString(),
      runs: RUNS,
      coldRuns: COLD_RUNS,
      firefoxRuns: FIREFOX_RUNS,
      costs,
      firefox,
      contentScript,
      engineReference: ENGINE_REFERENCE,
      loadedBeyond,
      heapAboveEmptyMB,
      wallOverCpu: stretch,
      targets,
      records,
    },
    null,
    1,
  ),
);
console.log(`\nwrote ${join(ARTIFACTS, 'bench.json')}`);
process.exit(targets.some((t) => !t.pass) ? 1 : 0);
