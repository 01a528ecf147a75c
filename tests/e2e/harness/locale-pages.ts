import type { Locale } from '../../../utils/i18n/locales';

// One short news-style page per UI language, each with mentions in that language only, so that
// the popup's "the page's language" setting shows it in that language. Our own sentences.
export const FIRST_VIEW_TEXT: Record<Locale, string[]> = {
  en: [
    'North Korean troops have been sent to the Kursk region, officials said on Monday.',
    'Several North Korean soldiers were reported killed in the fighting.',
  ],
  ko: ['북한군 병력이 러시아 쿠르스크 지역에 배치된 것으로 알려졌다.', '정부는 북한군 사상자가 늘고 있다고 밝혔다.'],
  ru: ['Северокорейские военные переброшены в Курскую область.', 'В боях погибли несколько северокорейских солдат.'],
  uk: ['Північнокорейські військові воюють у Курській області.', 'Кілька північнокорейських солдатів загинули в боях.'],
  ja: ['北朝鮮兵がロシアのクルスク州に派遣されたと伝えられている。', '北朝鮮兵の死傷者が増えているという。'],
  zh: ['朝鲜士兵已被派往俄罗斯库尔斯克州。', '据称多名朝鲜士兵在战斗中阵亡。'],
  de: [
    'Nordkoreanische Soldaten wurden in die Region Kursk verlegt.',
    'Mehrere nordkoreanische Soldaten sollen bei den Kämpfen getötet worden sein.',
  ],
  fr: ['Des soldats nord-coréens ont été déployés dans la région de Koursk.', 'Plusieurs soldats nord-coréens auraient été tués dans les combats.'],
  es: ['Soldados norcoreanos han sido enviados a la región de Kursk.', 'Varios soldados norcoreanos habrían muerto en los combates.'],
  it: ['Soldati nordcoreani sono stati inviati nella regione di Kursk.', 'Diversi soldati nordcoreani sarebbero morti nei combattimenti.'],
  pt: ['Soldados norte-coreanos foram enviados para a região de Kursk.', 'Vários soldados norte-coreanos teriam morrido nos combates.'],
  ar: ['أُرسل جنود كوريون شماليون إلى منطقة كورسك الروسية.', 'وتفيد تقارير بمقتل عدد من الجنود الكوريين الشماليين في المعارك.'],
};

export function firstViewPage(locale: Locale): string {
  const dir = locale === 'ar' ? ' dir="rtl"' : '';
  const body = FIRST_VIEW_TEXT[locale].map((s) => `<p>${s}</p>`).join('\n');
  return `<!doctype html>\n<html lang="${locale}"${dir}><head><meta charset="utf-8"><title>${locale}</title></head>\n<body>\n${body}\n</body></html>`;
}
