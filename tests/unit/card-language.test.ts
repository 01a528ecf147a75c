import { describe, expect, it } from 'vitest';
import { cardContent } from '../../utils/card-content';
import { findMentions } from '../../utils/detect';
import { referenceComparison } from '../../utils/fact-sheet';
import { chooseLocale, LOCALES, mainLanguage, supportedLocale } from '../../utils/i18n/locales';
import { translate } from '../../utils/i18n/translate';
import { numbersIn } from './numbers-in';

// Which language a card speaks, and the page's figures set beside the article's whatever
// language the page is written in and whatever language the reader reads.
const PAGES: Record<string, string> = {
  ko: '국가정보원은 북한군 약 3,000명이 러시아 쿠르스크 지역에 파병된 것으로 파악했다.',
  de: 'Nach Angaben aus Kiew kämpfen 3.000 nordkoreanische Soldaten an der Seite der russischen Armee in Kursk.',
  ru: 'По данным разведки, в Курской области воюют 3 000 северокорейских военных.',
  ar: 'أرسلت كوريا الشمالية 3000 جندي للقتال إلى جانب روسيا في منطقة كورسك.',
  ja: '北朝鮮兵3000人がロシアのクルスク州に派遣されたと報じられている。',
  zh: '据报道，约3000名朝鲜士兵已被派往俄罗斯库尔斯克地区参战。',
};

describe('the language of the card', () => {
  it('is the browser’s by default, the mention’s for "page" when we speak it, English for "en"', () => {
    expect(chooseLocale('browser', 'de-AT', 'ko')).toBe('de');
    expect(chooseLocale('page', 'de-AT', 'ko')).toBe('ko');
    expect(chooseLocale('page', 'de', 'nl')).toBe('de'); // Dutch: not ours, so the browser's
    expect(chooseLocale('page', 'sv', 'nl')).toBe('en');
    expect(chooseLocale('en', 'ar', 'ar')).toBe('en');
    expect(chooseLocale('browser', null)).toBe('en');
  });

  it('reads browser tags, and keeps traditional Chinese from the simplified text', () => {
    expect(supportedLocale('pt-BR')).toBe('pt');
    expect(supportedLocale('zh_CN')).toBe('zh');
    expect(supportedLocale('zh-Hans-CN')).toBe('zh');
    expect(supportedLocale('zh-TW')).toBeNull();
    expect(supportedLocale('zh-Hant')).toBeNull();
    expect(supportedLocale('')).toBeNull();
  });

  it('takes a page’s language from most of its mentions', () => {
    expect(mainLanguage(['ko', 'en', 'ko'])).toBe('ko');
    expect(mainLanguage([])).toBeNull();
  });

  it('is right to left in Arabic only', () => {
    expect(LOCALES.filter((l) => translate(l).dir === 'rtl')).toEqual(['ar']);
  });
});

describe.each(Object.entries(PAGES))('a page in %s', (pageLang, text) => {
  const [mention] = findMentions(text);

  it('has a troop figure the detector read as a number', () => {
    expect(mention.lang).toBe(pageLang);
    expect(mention.figures.map((f) => f.value)).toContain(3000);
  });

  it.each(LOCALES)('is compared with the article for a reader of %s, in the reader’s numbers', (reader) => {
    const t = translate(reader);
    const [line] = cardContent(mention, t).comparisons;
    expect(line).toBe(t.comparison(referenceComparison('troops', 3000)!));
    expect(numbersIn(line)).toEqual([3000, 10000, 11000]);
  });
});
