// A quick A/B of what a page feels: Chrome traces of the same pages loaded without the extension
// and with each of two builds, interleaved round by round in warm browsers (one per variant),
// reporting the renderer main thread's CPU time (the top-level tasks' tdur) and, within it, style,
// layout, pre-paint and paint, plus the longest task. Not the bench: a tool to compare two builds.
//
//   npx tsx scripts/trace-ab.ts <build A> <build B> [rounds] [page names, comma-separated]
//   e.g. npx tsx scripts/trace-ab.ts /tmp/base/.output/chrome-mv3 .output/chrome-mv3 7
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../tests/e2e/harness/browsers';
import { startServer } from '../tests/e2e/harness/server';
import { densePage, examplePage, topicFreePage } from '../tests/bench/pages';

const [buildA, buildB, roundsArg, pagesArg] = process.argv.slice(2);
if (!buildA || !buildB) throw new Error('usage: trace-ab.ts <build A> <build B> [rounds]');
const ROUNDS = Number(roundsArg ?? 5);
const SETTLE_MS = 4000;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { documentLoaderURL?: string; isLoadingMainFrame?: boolean } };
}

const PARTS: Record<string, string[]> = {
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  prepaint: ['PrePaint'],
  paint: ['Paint', 'PaintImage'],
};

async function trace(browser: Browser, url: string): Promise<Record<string, number>> {
  const page = await browser.newPage();
  const cdp = await page.createCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e: { value: TraceEvent[] }) => events.push(...e.value));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  await new Promise((r) => setTimeout(r, 500)); // let the renderer go before the next load
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  if (!nav) throw new Error('no navigationStart for ' + url);
  const main = events.filter((e) => e.pid === nav.pid && e.tid === nav.tid && e.ts >= nav.ts);
  const tasks = main.filter((e) => e.name === 'RunTask' && e.ph === 'X');
  const out: Record<string, number> = {
    cpu: tasks.reduce((s, e) => s + (e.tdur ?? 0), 0) / 1000,
    longest: Math.max(0, ...tasks.map((e) => e.dur ?? 0)) / 1000,
  };
  for (const [part, names] of Object.entries(PARTS)) {
    out[part] = main.filter((e) => e.ph === 'X' && names.includes(e.name)).reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
  }
  return out;
}

const dir = await mkdtemp(join(tmpdir(), 'trace-ab-'));
const all: Record<string, () => string> = { example: examplePage, 'free-1mb': () => topicFreePage(1), 'dense-5mb': densePage };
const chosen = pagesArg ? pagesArg.split(',') : Object.keys(all);
const pages: Record<string, string> = {};
for (const name of chosen) {
  const make = all[name];
  if (!make) throw new Error(`unknown page ${name}: one of ${Object.keys(all).join(', ')}`);
  pages[`${name}.html`] = make();
}
for (const [name, html] of Object.entries(pages)) await writeFile(join(dir, name), html);
const server = await startServer([dir]);

const launch = (ext: string | null) =>
  puppeteer.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    userDataDir: undefined,
    pipe: true,
    ...(ext ? { enableExtensions: [resolve(ext)] } : {}),
    args: CHROMIUM_ARGS,
  });
const variants: Array<[string, Browser]> = [
  ['none', await launch(null)],
  ['A', await launch(buildA)],
  ['B', await launch(buildB)],
];

const results: Record<string, Record<string, Array<Record<string, number>>>> = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const page of Object.keys(pages)) {
    // A different order each round, so a drift of the machine's speed does not favour one variant.
    const order = round % 2 ? [...variants].reverse() : variants;
    for (const [name, browser] of order) {
      const r = await trace(browser, server.url('/' + page));
      ((results[page] ??= {})[name] ??= []).push(r);
    }
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS}\n`);
}
for (const [, b] of variants) await b.close();
await server.close();

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`medians of ${ROUNDS} interleaved rounds (ms); A = ${buildA}, B = ${buildB}`);
for (const [page, byVariant] of Object.entries(results)) {
  console.log(`\n${page}`);
  console.log('variant   cpu      style    layout   prepaint paint    longest   | paired cpu over none');
  for (const [name, runs] of Object.entries(byVariant)) {
    const m = (k: string) =>
      median(runs.map((r) => r[k]))
        .toFixed(1)
        .padStart(8);
    const paired = name === 'none' ? '' : median(runs.map((r, i) => r.cpu - byVariant.none[i].cpu)).toFixed(1);
    console.log(`${name.padEnd(8)}${m('cpu')} ${m('style')} ${m('layout')} ${m('prepaint')} ${m('paint')} ${m('longest')}   | ${paired}`);
  }
}
