import { describe, expect, it } from 'vitest';
import { MAX_REACH, sentenceAround, splitSentences } from '../../utils/detect/sentences';

const split = (t: string) => splitSentences(t).map(([s, e]) => t.slice(s, e));

describe('sentence splitting', () => {
  it('splits on full stops followed by a space, keeping closing quotes', () => {
    expect(split('One sentence. "Another one." A third!')).toEqual(['One sentence.', '"Another one."', 'A third!']);
  });

  it('does not split after abbreviations, initials, decimals or before lower case', () => {
    expect(split('U.S. officials met Dr. Lee on Monday. He agreed.')).toEqual(['U.S. officials met Dr. Lee on Monday.', 'He agreed.']);
    expect(split('Es sind ca. 11.000 Soldaten, z. B. im 11. Korps. Neu.')).toEqual(['Es sind ca. 11.000 Soldaten, z. B. im 11. Korps.', 'Neu.']);
    expect(split('Около 11 тыс. военных КНДР. Новое.')).toEqual(['Около 11 тыс. военных КНДР.', 'Новое.']);
    expect(split('It rose 1.5 percent. J. Smith said so.')).toEqual(['It rose 1.5 percent.', 'J. Smith said so.']);
  });

  it('splits CJK text on 。！？ without spaces', () => {
    expect(split('北朝鮮兵が派遣された。ロシアは認めた！本当か？')).toEqual(['北朝鮮兵が派遣された。', 'ロシアは認めた！', '本当か？']);
  });

  it('splits Armenian text on its full stop (U+0589), with or without a space after it', () => {
    expect(split('Զինվորները ժամանել են։ Նրանք կռվում են։Սա նոր է։')).toEqual(['Զինվորները ժամանել են։', 'Նրանք կռվում են։', 'Սա նոր է։']);
  });

  it('splits Armenian text on a colon typed for its full stop, only between Armenian words before a capital', () => {
    expect(split('Զինվորները ժամանել են: Նրանք կռվում են: Սա նոր է:')).toEqual(['Զինվորները ժամանել են:', 'Նրանք կռվում են:', 'Սա նոր է:']);
    // a colon before lower case, or after a Latin word, introduces what follows
    expect(split('Նա ասաց: զինվորները ժամանել են:')).toEqual(['Նա ասաց: զինվորները ժամանել են:']);
    expect(split('Kim said: Զինվորները ժամանել են.')).toEqual(['Kim said: Զինվորները ժամանել են.']);
    expect(split('The report says: The troops arrived.')).toEqual(['The report says: The troops arrived.']);
  });

  it('treats newlines and U+2029 as hard boundaries', () => {
    expect(split('Title without stop\u2029Body text\nNext line')).toEqual(['Title without stop', 'Body text', 'Next line']);
  });

  it('caps a sentence without punctuation at a bounded length around the anchor', () => {
    const t = 'word '.repeat(10_000);
    const [s, e] = sentenceAround(t, 25_000, 25_004);
    expect(e - s).toBeLessThanOrEqual(2 * MAX_REACH + 4);
    expect(s).toBeLessThanOrEqual(25_000);
    expect(e).toBeGreaterThanOrEqual(25_004);
  });

  it('never starts before the floor', () => {
    const t = 'First sentence goes on and on without a stop North Korean troops';
    const [s] = sentenceAround(t, 45, 57, 20);
    expect(s).toBeGreaterThanOrEqual(20);
  });
});
