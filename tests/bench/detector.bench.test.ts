import { expect, test } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findMentions, mightMention } from '../../utils/detect';
import { SIZE, topicDense, topicFree } from './bench-texts';

/**
 * Detector throughput: MB/s on ~5 MB of topic-free text and on topic-dense text (a mention about
 * every 2 KB), each beside one plain regex pass (/\bthe\b/g, counted) over the same text in the
 * same run. Prints a table and writes artifacts/bench-detector.json. Timing is reported, not asserted.
 */

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, runs = 5): number {
  fn(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

const countThe = (t: string) => {
  const re = /\bthe\b/g;
  let c = 0;
  while (re.exec(t) !== null) c++;
  return c;
};

test('detector throughput', () => {
  const texts = { 'topic-free': topicFree(SIZE, 1), 'topic-dense': topicDense(SIZE, 2) };
  const rows: Record<string, number | string>[] = [];
  for (const [name, text] of Object.entries(texts)) {
    const mb = text.length / (1024 * 1024);
    const mentions = findMentions(text).length;
    const base = time(() => countThe(text));
    const pre = time(() => mightMention(text));
    const find = time(() => findMentions(text));
    rows.push({
      text: name,
      MB: +mb.toFixed(2),
      mentions,
      'the MB/s': Math.round(mb / (base / 1000)),
      'mightMention MB/s': Math.round(mb / (pre / 1000)),
      'findMentions MB/s': Math.round(mb / (find / 1000)),
      'findMentions / the': +(base / find).toFixed(2),
    });
  }
  console.table(rows);
  const out = resolve(__dirname, '../../artifacts');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench-detector.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2));
  // sanity, not speed: the dense text has mentions, the topic-free text none
  expect(rows[0].mentions).toBe(0);
  expect(rows[1].mentions as number).toBeGreaterThan(1000);
});
