import { describe, expect, it } from 'vitest';
import { namesNorthKorea, referenceSplit } from './own-reference';
import type { Scored } from './real-scores';

describe('namesNorthKorea', () => {
  it.each([
    ['Pyongyang has sent more soldiers to the front.', 'en', true],
    ['Kim Jong Un met the returning engineers.', 'en', true],
    ['He died of his wounds two days later.', 'en', false],
    ['The estimate is twice the earlier one.', 'en', false],
    ['Северная Корея направила новых военных.', 'ru', true],
    ['Их отправили на фронт.', 'ru', false],
    ['북한군 포로 두 명이 심문을 받았다.', 'ko', true],
    ['North Korea sent troops.', 'xx', false],
  ])('%s (%s) -> %s', (text, lang, want) => {
    expect(namesNorthKorea(text, lang)).toBe(want);
  });
});

describe('referenceSplit', () => {
  const row = (text: string, label: 0 | 1, plain: boolean, page: boolean): Scored => ({
    text,
    label,
    plain,
    page,
    lang: 'en',
    kind: 'positive',
    url: 'u',
    part: 'dev',
  });
  it('bounds recall without context by the mentions that name North Korea', () => {
    const scored = [
      row('North Korea sent troops.', 1, true, true),
      row('Pyongyang lost many soldiers.', 1, false, true),
      row('They were captured near Kursk.', 1, false, true),
      row('He died of his wounds.', 1, false, false),
      row('North Korea tested a missile.', 0, false, false),
    ];
    expect(referenceSplit(scored, 'dev')).toBe(
      'dev: 2 of 4 mentions name North Korea themselves (R 0.500 plain, 1.000 page); 2 only through the page (R 0.000 plain, 0.500 page). Recall without page context is at most 0.500.',
    );
  });
});
