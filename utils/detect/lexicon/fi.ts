import type { Lexicon } from './types';

export const fi: Lexicon = {
  lang: 'fi',
  spaced: true,
  nk: ['pohjois-kore', 'pohjoiskore', 'pjongjang', 'kim jong[\\s-]{0,2}un', 'kim(?:in|ille|iä|illä)?$', 'kcna'],
  nkWeak: ['korealai'],
  fusedWeak: ['korealaisjouk', 'korealaissotil'],
  fused: ['pohjoiskorealai', 'pohjois-korealai'],
  pers: ['sotila(?!allis|allinen|s(?:yhteistyö|liit|apu|tekno|tarvik|varust|paraati|harjoitu|tiedustel|kalust|teollis|asiantunt))', 'sotilai', 'joukko', 'joukot', 'joukkoj', 'joukkoi', 'yksikö', 'yksiköi', 'sotavank', 'vanki', 'vangi', 'palkkasotil', 'taistelij', 'kontingent', 'armeijakun', 'upseer', 'kenraal', 'tappio', 'kaatune', 'pioneer', 'miinanraivaaj'],
  persWeak: ['armeija'],
  ctx: ['ukrain', 'kursk', 'kiova', 'kiovan', 'zelenskyi', 'rintama', 'etulinja', 'taistelukenttä', 'taistelui', 'sotavank'],
  ctxWeak: ['venäj', 'venäläi', 'moskova', 'kreml', 'putin', 'lähett', 'sijoitet', 'taistel', 'sota', 'tappio', 'menehty', 'kaatu', 'kuoll', 'haavoittu', 'kunniamerk', 'sankari', 'muistomerk', 'marttyyr'],
  neg: ['demilitarisoi', '~paraati', 'maailmansod', 'sotaharjoitu', 'harjoitu', 'loikkar', 'loikkasi', 'korean sota', 'aselepo', 'työläi', 'työntekij', 'siirtotyöläi'],
  foreign: ['venäläi', 'ukrainalai', 'etelä-korea', 'eteläkorea', 'amerikkalai', 'kiinalai', 'länsimai'],
  killed: ['kuoli', 'kuollut', 'kaatu', 'surmattu', 'tapettu'], injured: ['haavoittu', 'loukkaantu'], casualties: ['tappio', 'uhre'], captured: ['vangittu', 'vangiksi', 'sotavank', 'antautu'],
  qualBefore: { over: ['yli'], approximately: ['noin', 'arviolta', 'suunnilleen'], 'at least': ['vähintään', 'ainakin'], 'up to': ['jopa', 'enintään'], under: ['alle', 'lähes', 'melkein'] },
  scale: { 'tuhatta': 1e3, 'tuhat$': 1e3, 'miljoonaa': 1e6 },
  vague: { 'tuhansia': 1000, 'satoja': 100, 'kymmeniätuhansia': 10000 },
  stop: ['ja', 'on', 'että', 'ovat', 'oli', 'mukaan', 'ei', 'se', 'myös', 'joka', 'kanssa', 'jo', 'kuin', 'ovat'],
  range: { and: ['ja'] },
  gates: { anyCase: ['kore'], capitalised: ['pjong', 'kim'] },
  abbreviations: ['milj', 'esim', 'kenr'],
};
