// What our heap holds on the bench's 5 MB page: `npx tsx scripts/heap-diff.ts [build folder]`
// (after `npm run bench` has built both extensions; the folder defaults to .output/chrome-mv3).
// Takes a heap snapshot with our extension and with the empty script, once the highlights have held
// still, and prints the nodes (by type and name) whose self size grew most.
import { join } from 'node:path';
import { startServer } from '../tests/e2e/harness/server';
import { ROOT } from '../tests/e2e/harness/paths';
import { densePage } from '../tests/bench/pages';
import { launchChromium, QUIET_MS, settle } from '../tests/bench/chrome-runs';
import { isRecord } from '../utils/guards';

/** The parts of V8's heap snapshot format read here. */
interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}
const isSnapshot = (v: unknown): v is Snapshot =>
  isRecord(v) && isRecord(v.snapshot) && isRecord(v.snapshot.meta) && Array.isArray(v.nodes) && Array.isArray(v.strings);

const server = await startServer([]);
const url = server.put('dense5.html', densePage());
type Summary = Map<string, { n: number; size: number }>;
async function snap(ext: string): Promise<{ used: number; sum: Summary; highlights: number }> {
  const c = await launchChromium(ext);
  const page = await c.browser.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Twice the bench's quiet time: on a busy machine a snapshot taken mid-scan holds the page's text.
  const [highlights] = await settle(page, 5000, 2 * QUIET_MS);
  const cdp = await page.createCDPSession();
  await cdp.send('HeapProfiler.collectGarbage');
  const used = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  const s: unknown = JSON.parse(chunks.join(''));
  if (!isSnapshot(s)) throw new Error('not a V8 heap snapshot');
  const f = s.snapshot.meta.node_fields;
  const types = s.snapshot.meta.node_types[0];
  const [ti, ni, si] = ['type', 'name', 'self_size'].map((k) => f.indexOf(k));
  const sum: Summary = new Map();
  for (let i = 0; i < s.nodes.length; i += f.length) {
    const type = types[s.nodes[i + ti]];
    let name = s.strings[s.nodes[i + ni]];
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = '';
    if (type === 'code') name = name.slice(0, 40);
    const key = `${type} ${name.slice(0, 60)}`;
    const e = sum.get(key) ?? { n: 0, size: 0 };
    e.n++;
    e.size += s.nodes[i + si];
    sum.set(key, e);
  }
  await c.close();
  return { used, sum, highlights };
}
const ours = await snap(join(ROOT, process.argv[2] ?? '.output/chrome-mv3'));
const empty = await snap(join(ROOT, '.output/bench-bare/chrome-mv3'));
console.log(`used: ours ${(ours.used / 1e6).toFixed(2)} MB (${ours.highlights} highlights), empty ${(empty.used / 1e6).toFixed(2)} MB`);
const rows = [...ours.sum].map(([k, v]) => ({ k, d: v.size - (empty.sum.get(k)?.size ?? 0), n: v.n - (empty.sum.get(k)?.n ?? 0) }));
rows.sort((a, b) => b.d - a.d);
for (const r of rows.slice(0, 40)) console.log(`${(r.d / 1e3).toFixed(0).padStart(8)} kB ${String(r.n).padStart(7)}  ${r.k}`);
await server.close?.();
process.exit(0);
