import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';
import { pageMightMention } from '../../utils/detect/page-prefilter';
import { topicDense, topicFree } from '../bench/bench-texts';
import { noPunctuation, uniqueSentences } from '../bench/worst-texts';

// Inputs built to provoke slow paths: each must finish well under a second on 1 MB.
const MB = 1_000_000;
const rep = (s: string, n = MB) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const timed = (text: string) => {
  const t0 = performance.now();
  const m = findMentions(text);
  pageMightMention(text);
  return { ms: performance.now() - t0, m };
};

describe('linear time on adversarial input', () => {
  findMentions('warm-up: North Korean troops in Kursk.');

  it.each([
    ['a phrase repeated with no spaces', rep('NorthKoreantroopsinKursk')],
    ['100k digits around a mention', '7'.repeat(100_000) + ' North Korean troops in Kursk ' + '9'.repeat(100_000)],
    ['"North Korean " repeated', rep('North Korean ')],
    ['one giant sentence with no punctuation', rep('North Korean troops fight in Kursk and ')],
    ['1 MB of CJK', rep('北朝鮮軍がクルスクで戦っている朝鲜士兵在库尔斯克作战')],
    ['1 MB of Hangul mentions', rep('북한군 쿠르스크 ')],
    ['repeated Kim', rep('Kim ')],
    ['repeated abbreviations', rep('U.S. ')],
    ['grouped numbers', rep('North Korea 1,000,000,000 ')],
    ['long letters runs', rep('k'.repeat(5000) + 'ore ')],
    ['mixed scripts', rep('КНДР 北朝鮮 North Korea 북한 كوريا الشمالية ')],
  ])('%s', (_name, text) => {
    const { ms } = timed(text);
    expect(ms).toBeLessThan(1000);
  });

  it('keeps finding mentions in a 1 MB page of short sentences', () => {
    const { ms, m } = timed(rep('North Korean troops were sent to Kursk.\u2029'));
    expect(m.length).toBeGreaterThan(20_000);
    expect(ms).toBeLessThan(1000);
  });
});

// The fastest of three runs: a loaded CI machine adds noise, never speed.
const best = (text: string) => {
  findMentions(text.slice(0, 20_000)); // warm the compiled lexicons
  let ms = Infinity;
  let n = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    n = findMentions(text).length;
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, n };
};

// The two sizes take turns, fastest of five each: a spell of load on a shared machine then slows
// both, and their ratio holds (measured apart, one size could land in a quiet moment).
const bestPaired = (a: string, b: string) => {
  findMentions(b.slice(0, 20_000));
  const out = [
    { ms: Infinity, n: 0 },
    { ms: Infinity, n: 0 },
  ];
  for (let i = 0; i < 5; i++) {
    [a, b].forEach((text, k) => {
      const t0 = performance.now();
      out[k].n = findMentions(text).length;
      out[k].ms = Math.min(out[k].ms, performance.now() - t0);
    });
  }
  return out;
};

describe('worst cases stay fast and scale linearly', () => {
  // Each input at full size and at a quarter: linear code takes ~4x, quadratic ~16x. The bound
  // (8x) leaves room for noise; the absolute bounds are ~5-10x what a laptop needs.
  it.each([
    ['one 1 MB sentence without punctuation, ~500 unique mentions', (n: number) => noPunctuation(n, n / 2000, 7), MB, 1000, 400],
    ['short unique mention sentences', (n: number) => uniqueSentences(n, 3), 120_000, 2000, 2500],
    ['topic-dense mixed scripts (a mention every ~2 KB)', (n: number) => topicDense(n, 2), MB, 1000, 400],
    ['topic-free text', (n: number) => topicFree(n, 1), 4 * MB, 500, 0],
  ] as const)('%s', (_name, make, size, maxMs, minMentions) => {
    const [full, quarter] = bestPaired(make(size), make(size / 4));
    expect(full.n).toBeGreaterThanOrEqual(minMentions);
    expect(full.ms).toBeLessThan(maxMs);
    // below ~5 ms the ratio is noise: only a slow full run has to explain itself
    if (full.ms > 5) expect(full.ms / Math.max(quarter.ms, 1)).toBeLessThan(8);
  });

  it('scans Latin text with a few CJK letters at full speed (the script gates skip to their letters)', () => {
    const latin = topicFree(2 * MB, 3);
    const mixed = latin.slice(0, MB) + ' 東京 ' + latin.slice(MB);
    const a = best(latin).ms;
    const b = best(mixed).ms;
    expect(b).toBeLessThan(Math.max(4 * a, 40));
  });
});
