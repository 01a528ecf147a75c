import { describe, expect, it } from 'vitest';
import { guessLang, namesIn, runnersUp, voteFold } from '../../utils/detect/lang';
import { TextProbe } from '../../utils/detect/literals';

const guess = (text: string) => {
  const probe = new TextProbe(text);
  return guessLang(text, namesIn(text, probe), probe);
};

// Headlines: short, and often in capitals.
const HEADLINES: [string, string][] = [
  ['tr', 'Kuzey Koreli askerler Kursk’ta çatışmaya girdi'],
  ['tr', 'Şehit düşen askerler için tören'],
  ['tr', 'Kim Jong-un’un Kursk’taki askerleri'],
  ['de', 'Nordkoreanische Soldaten in Kursk getötet'],
  ['de', 'Große Verluste für Nordkoreas Armee'],
  ['da', 'Nordkoreanske soldater dræbt ved fronten'],
  ['sv', 'Nordkoreanska soldater stupade i Kursk'],
  ['pl', 'Żołnierze z Korei Północnej zginęli pod Kurskiem'],
  ['fr', 'Des soldats nord-coréens tués à Koursk'],
  ['sr', 'Severnokorejski vojnici poginuli u Kursku'],
  ['sr', 'Севернокорејски војници погинули у Курску'],
  ['kk', 'Солтүстік Корея әскерлері Курскіде қаза тапты'],
  ['kk', 'Пхеньян сарбаздарды Курск облысына жіберді'],
  ['en', 'Kim sends more soldiers to Russia'],
];

describe('guessLang on short and upper-case text', () => {
  it.each(HEADLINES)('%s, as written and in capitals: %s', (lang, text) => {
    expect(guess(text)).toBe(lang);
    expect(guess(text.toUpperCase())).toBe(lang);
  });

  it('folds Turkish dotted and dotless i for the function-word vote', () => {
    expect(voteFold('İÇİN')).toBe('için');
    expect(voteFold('için')).toBe('için');
    expect(voteFold('BIR')).toBe(voteFold('bir'));
    expect(voteFold('İÇİN')).toHaveLength(4); // no combining dot left to split the word
  });

  it('takes a case ending after an apostrophe as Turkish, not an elision or Uzbek o‘ and g‘', () => {
    expect(guess('Putin’in Kim’e teşekkürü')).toBe('tr');
    expect(guess('Qu’un soldat nord-coréen soit capturé à Koursk')).toBe('fr');
    expect(guess("Qo'shinlar bog'da turishdi va Rossiyaga ketdi")).toBe('uz');
  });

  it('tells Kazakh from Ukrainian by ы beside і, and Serbian from Russian by its function words', () => {
    expect(guess('Росія відправила війська до Курська')).toBe('uk');
    expect(guess('Путин и Ким у Москви')).toBe('sr');
    expect(guess('Путин и Ким в Москве')).toBe('ru');
    expect(guess('Северокорейские солдаты воюют в Курской области')).toBe('ru');
  });

  it('leaves no runners-up of an earlier sentence to a sentence in another script', () => {
    expect(guess('Nordkoreanske soldater drept i Kursk')).not.toBe('ru');
    expect(runnersUp(guess('Nordkoreanske soldater drept i Kursk')).length).toBeGreaterThan(0);
    expect(runnersUp(guess('Ким Чен Ын Ресейге әскер жіберді'))).toEqual([]);
  });
});
