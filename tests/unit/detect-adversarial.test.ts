import { describe, expect, it } from 'vitest';
import { findMentions, mightMention } from '../../utils/detect';

// Inputs built to provoke slow paths: each must finish well under a second on 1 MB.
const MB = 1_000_000;
const rep = (s: string, n = MB) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
const timed = (text: string) => {
  const t0 = performance.now();
  const m = findMentions(text);
  mightMention(text);
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
