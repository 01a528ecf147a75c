import { describe, expect, it } from 'vitest';
import { findMentions } from '../../utils/detect';
import type { PageFigure } from '../../utils/detect';

const figs = (text: string): PageFigure[] => {
  const ms = findMentions(text);
  expect(ms.length).toBe(1);
  for (const f of ms[0].figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  return ms[0].figures;
};
const brief = (f: PageFigure) => ({ value: f.value, max: f.max, kind: f.kind, qualifier: f.qualifier, vague: f.vague ?? false });

describe('figures', () => {
  it.each([
    ['North Korea has sent more than 11,000 troops to Russia.', 11000, 'over'],
    ['Nordkorea hat rund 11.000 Soldaten nach Russland geschickt.', 11000, 'approximately'],
    ['La Corée du Nord a envoyé 11 000 soldats en Russie.', 11000, null],
    ['북한군 1만1천 명이 러시아에 파병됐다.', 11000, null],
    ['북한군 1만 명 이상이 러시아에 파병됐다.', 10000, 'over'],
    ['КНДР направила в Россию около 11 тысяч военных.', 11000, 'approximately'],
    ['По данным разведки, КНДР направила в Россию более 10 000 солдат.', 10000, 'over'],
    ['朝鲜向俄罗斯派遣了约1.1万名士兵。', 11000, 'approximately'],
    ['北朝鮮はロシアに1万1千人の兵士を派遣した。', 11000, null],
    ['North Korea has deployed at least 12,000 soldiers to Russia.', 12000, 'at least'],
    ['Up to 15,000 North Korean troops could be sent to Russia.', 15000, 'up to'],
  ])('%s', (text, value, qualifier) => {
    const f = figs(text).find((x) => x.kind === 'troops');
    expect(f).toBeDefined();
    expect(f!.value).toBe(value);
    expect(f!.qualifier).toBe(qualifier);
  });

  it('tells killed from wounded and keeps the qualifier of each', () => {
    const f = figs("Seoul's spy agency said about 100 North Korean troops had been killed and 1,000 wounded in Kursk.");
    expect(f.map(brief)).toEqual([
      { value: 100, max: undefined, kind: 'killed', qualifier: 'approximately', vague: false },
      { value: 1000, max: undefined, kind: 'injured', qualifier: null, vague: false },
    ]);
  });

  it('reads ranges', () => {
    const f = figs('Between 10,000 and 12,000 North Korean soldiers are in Russia.');
    expect(f.map(brief)).toEqual([{ value: 10000, max: 12000, kind: 'troops', qualifier: null, vague: false }]);
    const r = figs('КНДР отправила в Россию от 10 до 12 тысяч солдат.');
    expect(r[0].value).toBe(10000);
    expect(r[0].max).toBe(12000);
  });

  it('marks vague amounts', () => {
    const f = figs('Kim Jong Un dispatched thousands of soldiers to help Moscow.');
    expect(f.map(brief)).toEqual([{ value: 1000, max: undefined, kind: 'troops', qualifier: null, vague: true }]);
    expect(figs('수천 명의 북한군이 러시아에 파병됐다.')[0].vague).toBe(true);
  });

  it('counts captives written as words and ignores years, ordinals and dates', () => {
    const f = figs('In 2024, Ukraine captured two North Korean soldiers of the 11th Corps in Kursk.');
    expect(f.map(brief)).toEqual([{ value: 2, max: undefined, kind: 'captured', qualifier: null, vague: false }]);
  });

  it('reads digits of other scripts', () => {
    const f = figs('أرسلت كوريا الشمالية نحو ١١٠٠٠ جندي إلى روسيا.');
    expect(f[0].value).toBe(11000);
  });
});

describe('numbers written as words', () => {
  it('count people only when the people come right after them', () => {
    expect(figs('Ukraine captured two North Korean soldiers in Kursk.').map(brief)).toEqual([
      { value: 2, max: undefined, kind: 'captured', qualifier: null, vague: false },
    ]);
    // "One estimate ... 3,000 troops": the word "One" counts nothing.
    expect(figs('One estimate put the North Korean contingent in Russia at 3,000 troops, far below other figures.').map((f) => f.value)).toEqual([
      3000,
    ]);
  });
});

describe('what a number counts', () => {
  it('stops at a colon, bracket or markup sign', () => {
    const kinds = (t: string) => findMentions(t).flatMap((m) => m.figures.map((f) => [f.value, f.kind]));
    expect(kinds('Version 2 of the report: North Korean troops were sent to Kursk.')).toEqual([[2, 'other']]);
    expect(kinds('<img src=x onerror=alert(1)> North Korean troops were sent to the Kursk region.')).toEqual([[1, 'other']]);
    expect(kinds('Pyongyang sent 11,000 soldiers (mostly from the Storm Corps) to Kursk.')).toEqual([[11000, 'troops']]);
  });
});
