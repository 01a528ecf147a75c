/**
 * The detector's worst cases, timed: `npx tsx tests/bench/worst-cases.ts [--hash]`.
 * Prints ms per case (median of 5 after a warm-up) and, with --hash, a digest of every result so a
 * change to the detector can be checked to find exactly what it found before.
 */
import { createHash } from 'node:crypto';
import { findMentions } from '../../utils/detect';
import { SIZE, topicDense, topicFree } from './bench-texts';
import { noPunctuation, uniqueSentences } from './worst-texts';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function time(fn: () => unknown, runs = 5): number {
  fn();
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

const all: [string, string][] = [
  ['no punctuation, 1 MB, ~500 mentions', noPunctuation(1_000_000, 500, 7)],
  ['18,000 unique mention sentences, 1 MB', uniqueSentences(1_000_000, 3)],
  ['topic-dense, 5 MB', topicDense(SIZE, 2)],
  ['topic-free, 5 MB', topicFree(SIZE, 1)],
];
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const cases = only ? all.filter(([n]) => n.includes(only)) : all;
const hash = process.argv.includes('--hash');
for (const [name, text] of cases) {
  const found = findMentions(text);
  const ms = time(() => findMentions(text));
  const mb = text.length / (1024 * 1024);
  let line = `${name}: ${found.length} mentions, ${ms.toFixed(1)} ms, ${(mb / (ms / 1000)).toFixed(1)} MB/s`;
  if (name.startsWith('topic-free')) {
    const base = time(() => countThe(text));
    line += `, /\\bthe\\b/g ${base.toFixed(1)} ms, ratio ${(base / ms).toFixed(2)}`;
  }
  if (hash) line += `, digest ${createHash('sha1').update(JSON.stringify(found)).digest('hex').slice(0, 12)}`;
  console.log(line);
}
