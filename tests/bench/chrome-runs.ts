// One traced page load in real Chromium: open a tab, record a CDP trace of the navigation until
// the page has settled, read the renderer main thread's busy time from it, close the tab and wait
// for its renderer to exit (a renderer still tearing down would bleed into the next load).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { TargetType, type Browser } from 'puppeteer-core';
import { isRecord } from '../../utils/guards';
import { CHROMIUM_ARGS } from '../e2e/harness/browsers';
import { MARKED_ATTRIBUTE } from './baselines';
import { busy, mainThreadOf, scriptsLoaded, tasksOf, type Busy, type TraceEvent } from './trace';

/** The timeline's per-task events, V8's, the navigation marks, and CPU samples (for tasks with no URL). */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
  '__metadata',
];

export const isExtensionUrl = (url: string) => url.startsWith('chrome-extension://');

export interface LoadRun {
  busy: Busy;
  /** The extension scripts the page's renderer requested, compiled or ran. */
  scripts: string[];
  /** The largest highlight in the page's registry, and mark.js's count, when settled. */
  highlights: number;
  marked: number;
  /** How long the trace ran after the load event (the settle wait). */
  settleMs: number;
  /** The V8 heap of the page's renderer after a full GC (only when asked). */
  heapBytes: number | null;
}

export interface Chromium {
  browser: Browser;
  close(): Promise<void>;
}

/** A fresh Chromium on a fresh profile, with one unpacked extension (or none). */
export async function launchChromium(extensionDir: string | null): Promise<Chromium> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'kc-bench-'));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    userDataDir,
    pipe: true,
    enableExtensions: extensionDir ? [extensionDir] : false,
    args: CHROMIUM_ARGS,
  });
  const manifest: unknown = extensionDir ? JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) : null;
  if (isRecord(manifest) && manifest.background) {
    // An extension with a worker is ready once the worker runs.
    await browser.waitForTarget((t) => t.type() === TargetType.SERVICE_WORKER && isExtensionUrl(t.url()), { timeout: 20_000 });
  }
  return {
    browser,
    async close() {
      await browser.close().catch(() => undefined);
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

// What the page shows of the work done: our highlights' sizes and mark.js's done flag. Read
// from the page's own world, so that no message to an extension lands in the measured time.
const isPair = (v: unknown): v is [number, number] => Array.isArray(v) && v.length === 2 && v.every((n) => typeof n === 'number');
const isTrace = (v: unknown): v is { traceEvents: TraceEvent[] } => isRecord(v) && Array.isArray(v.traceEvents);

const PROGRESS = `(() => {
  let n = 0;
  if (globalThis.CSS && CSS.highlights) for (const h of CSS.highlights.values()) n = Math.max(n, h.size);
  return [n, Number(document.documentElement.getAttribute(${JSON.stringify(MARKED_ATTRIBUTE)}) || 0)];
})()`;

/**
 * How long the progress must hold still: longer than the period at which a long scan hands its
 * highlights over (highlight.ts FLUSH_AFTER_MS; a unit test compares), else a scan between two
 * hand-overs looks settled (Firefox's 5 MB runs once stopped at 100 of 200). Not imported here:
 * the bench runs under tsx, which cannot load the content script's CSS.
 */
export const QUIET_MS = 1500;

/**
 * Waits until the page's progress has held still for `quietMs`, and at least `minMs` after the
 * load event: the same rule for every variant, so that the windows compare.
 */
export async function settle(page: import('puppeteer-core').Page, minMs: number, quietMs = QUIET_MS): Promise<[number, number]> {
  const start = Date.now();
  let last = '';
  let since = start;
  let value: [number, number] = [0, 0];
  while (Date.now() - start < 120_000) {
    const progress: unknown = await page.evaluate(PROGRESS);
    if (!isPair(progress)) throw new Error(`the page's progress is not two numbers: ${JSON.stringify(progress)}`);
    value = progress;
    const key = value.join();
    if (key !== last) [last, since] = [key, Date.now()];
    else if (Date.now() - since >= quietMs && Date.now() - start >= minMs) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return value;
}

async function exited(pid: number, timeoutMs = 10_000): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    if (!existsSync(`/proc/${pid}`)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** Loads `url` in a new tab of `browser` under a trace and measures it (see LoadRun). */
export async function tracedLoad(
  browser: Browser,
  url: string,
  opts: { minMs: number; quietMs?: number; heap?: boolean; saveTo?: string },
): Promise<LoadRun> {
  const page = await browser.newPage();
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const loadedAt = Date.now();
  const [highlights, marked] = await settle(page, opts.minMs, opts.quietMs);
  const settleMs = Date.now() - loadedAt;
  const raw = await page.tracing.stop();
  if (opts.saveTo) writeFileSync(opts.saveTo, raw!);
  const trace: unknown = JSON.parse(Buffer.from(raw!).toString('utf8'));
  if (!isTrace(trace)) throw new Error('the trace has no traceEvents');
  const events = trace.traceEvents;
  const thread = mainThreadOf(events, url);
  if (!thread) throw new Error(`no navigationStart for ${url} in the trace`);
  let end = 0;
  for (const e of events) if (e.pid === thread.pid && e.tid === thread.tid) end = Math.max(end, e.ts + (e.dur ?? 0));
  const result: LoadRun = {
    busy: busy(tasksOf(events, thread, isExtensionUrl), -Infinity, end),
    scripts: scriptsLoaded(events, thread.pid, isExtensionUrl),
    highlights,
    marked,
    settleMs,
    heapBytes: null,
  };
  if (opts.heap) {
    const cdp = await page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    result.heapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    await cdp.detach();
  }
  await page.close();
  if (!(await exited(thread.pid))) console.warn(`  (renderer ${thread.pid} still running 10 s after its tab closed)`);
  return result;
}
