import type { Lexicon } from './types';

// Kazakh in the Latin alphabet of 2021 (і → ı, и and й → i, я → ia, ң → ñ, ұ → ū, ү → ü, ш → ş,
// қ → q, ғ → ğ; ı is written [ıi], a capital I being either): no function words tell it among the
// Latin-script languages, so its sentences are read in the group of the language they are guessed
// as, which takes kk in where kk's names are the ones that name North Korea (analyze.ts).
const KOREIA = 'kore(?:ia|ıa|ya)';
const NORTH = `solt[üú]st[ıi]k ?${KOREIA}`;
const LATIN = {
  nk: [NORTH, 'phenian', 'khdr$', 'kim chen yn', 'kim chen ın'],
  fused: [`${NORTH}lyqtar`, `${NORTH}lyq(?:ty|qa|tyñ|pen|tan)$`, 'koreia halyq armi', 'koreıa halyq armi', 'koreya halyq armi'],
  pers: [
    'sarbaz', 'äsker(?![ıi])', 'äsker[ıi]ler', 'jauynger', 'tūtqyn', 'böl[ıi]mşe', 'kontingent', 'korpus', 'äsker[ıi] qyzmetş', 'ofitser', 'general', 'şyğyn', 'qaza tapqan', 'soldat',
    'brigada', 'batalon', 'snaiper', 'saper', 'komandir', 'qolbasşy', 'injener', 'divizi', 'küşter', 'jasaq', 'ūşqyş',
  ],
  ctx: ['ukrain', 'kursk', 'kiev', 'zelensk', 'maidan', 'ūrys', 'şaiqas', 'donbass', 'donetsk', 'harkov', 'belgorod', 'sudja', 'aldyñğy şep'],
  ctxWeak: ['resei', 'mäskeu', 'kreml', 'putin', 'j[ıi]ber', 'ornalastyr', 'soğys', 'şyğyn', 'qaza', 'jaralan', 'batyr', 'medal', 'eskertk[ıi]ş', 'tūtqyn', 'attandyr', 'marapat', 'dron'],
  neg: ['şeru', 'parad', 'jattyğu', 'qaşqyn', 'kore[ıi] soğys', `${KOREIA} soğys`],
  labour: ['jūmysşy', 'jūmys [ıi]ste', 'qūrylys'],
  foreign: ['resei(?:d[ıi]ñ)?$', 'reseil[ıi]k', 'orys', 'ukraina(?:nyñ)?$', 'ukrainalyq', `oñt[üú]st[ıi]k ${KOREIA}`, 'amerika', 'qytai'],
};

export const kk: Lexicon = {
  lang: 'kk',
  oblique: ['оларды', 'оларға', 'олардың', 'олардан', 'олармен', 'оларда'],
  dispatch: ['жіберіл', 'орналастырыл'],
  spaced: true,
  support: ['қолдау', 'қолдай', 'қолдад', 'ынтымақ'],
  range: { and: ['және'] },
  pronouns: ['олар'],
  standIns: ['олардың бірі', 'олардың біреуі'],
  anaphora: ['осы', 'екі'],
  nk: ['солтүстік ?корея', 'кхдр$', 'пхеньян', 'ким чен ын', ...LATIN.nk],
  // "North Koreans" as people, in one word or two
  fused: ['солтүстік ?кореялықтар', 'солтүстік ?кореялық(?:ты|қа|тың|пен|тан)$', 'корея халық армия', ...LATIN.fused],
  nkWeak: ['кореялық'],
  fusedWeak: ['корейлер'],
  strong: ['дауыл корпус', 'штурм\\p{L}{0,3} корпус', 'storm corps'],
  // munitions: "delivering North Korean shells" is no troop deployment
  munitions: ['оқ-дәрі', 'оқ дәрі', 'снаряд', 'зымыран', 'ракета', 'қару'],
  pers: ['сарбаз', 'әскер(?!и)', 'әскерилер', 'жауынгер', 'тұтқын', 'бөлімше', 'контингент', 'корпус', 'әскери қызметш', 'офицер', 'генерал', 'шығын', 'қаза тапқан', 'шейіт', 'солдат', 'бригада', 'батальон', 'жалдамалы', 'снайпер', 'сапер', 'командир', 'қолбасшы', 'инженер', 'дивизия',
    // forces, detachments, units, pilots, military builders, deminers
    'күштер', 'қарулы күш', 'арнайы күш', 'жасақ', 'әскери бөлім', 'бөлімдер', 'ұшқыш', 'әскери құрылысшы', 'минадан тазартушы', 'миналардан тазартушы', 'барлаушы', 'десантшы', 'жаяу әскер', 'әскери қызметкер',
    ...LATIN.pers,
  ],
  // counted people ("12 мың адам"): weak, so that civilian workers counted so stay a near miss (labour)
  persWeak: ['адам(?<=(?:\\d\\d\\d|мың\\p{L}{0,3}|жүз\\p{L}{0,3})[\\s\\u00a0]+(?:(?:жуық|астам|шамасында)[\\s\\u00a0]+)?адам)', 'армия'],
  ctx: ['украин', 'курск', 'киев', 'зеленск', 'майдан', 'ұрыс', 'шайқас', 'алдыңғы шеп', 'донбасс', 'донецк', 'запорож', 'харьков', 'белгород', 'суджа', 'окоп', 'соғыс қимыл', ...LATIN.ctx],
  ctxWeak: ['ресей', 'мәскеу', 'кремль', 'путин', 'жібер', 'орналастыр', 'соғыс', 'шығын', 'қаза', 'жараланд', 'батыр', 'медаль', 'ескерткіш', 'азат ет', 'дрон', 'тұтқын', 'миналардан тазарт', 'жөнелт', 'аттандыр', 'дрон', 'марапат', 'контингент', 'жаралан', 'мерт болд', 'орден', 'шабуыл', 'қиыр шығыс', 'владивосток', ...LATIN.ctxWeak],
  neg: ['шеру', 'парад', 'жаттығу', 'қашқын', 'қашып', 'корей соғысы', 'корея соғысы', 'демилитарл', 'демилитаризац', ...LATIN.neg],
  labour: ['жұмысшы', 'жұмыс іст', 'құрылыс', ...LATIN.labour],
  foreign: ['ресей(?:дің)?$', 'ресейлік', 'орыс', 'украина(?:ның)?$', 'украиналық', 'украиндық', 'оңтүстік корея', 'америка', 'қытай', 'бейжің$', ...LATIN.foreign],
  killed: ['қаза', 'өлтірілді', 'мерт'], injured: ['жараланды', 'жаралы'], captured: ['тұтқын', 'қолға түс'],
  scale: { 'мың$': 1e3, 'миллион': 1e6 },
  vague: { 'мыңдаған': 1000, 'жүздеген': 100 },
  stop: ['және', 'мен', 'бұл', 'үшін', 'деп', 'бір', 'да', 'де', 'пен', 'бен'],
  nonLatin: true,
  relatives: ['ru'],
  gates: { script: ['коре', 'пхен', 'ким', 'кхдр'], anyCase: ['kore'], capitalised: ['phen', 'khdr'] },
  // Page reading (types.ts singular ... history). Not "ол" alone (also "that", "it")
  singular: ['оны', 'оған', 'оның', 'одан', 'онымен', 'өзі'],
  fate: ['тұтқынға түс', 'тұтқынға алын', 'тұтқында', 'әскери тұтқын', 'жараланды', 'жараланған', 'жарақат', 'тергел', 'окоп', 'траншея', 'блиндаж', 'бункер'],
  // his fate where the verb says "he"
  fateAlone: ['тұтқынға түсті', 'тұтқынға алынды', '(?:алған )?жарақат\\p{L}{0,4} (?:қайтыс болды|көз жұмды)'],
  speech: ['деді$', 'айтты', 'мәлімдеді', 'атап өтті', 'қосты', 'баса айтты', 'ескертті', 'талап етті', 'шақырды', 'мақтады', 'алғыс', 'деп$'],
  agentMarks: { after: ['тарапынан'] },
  casualties: ['шығын'],
  // the Korean War: truce village, the 1953 armistice, the Chinese volunteers
  history: ['пханмунджом', 'паньмыньчжон', 'панмунджом', '1953 жылғы бітім', 'қытай халық еріктіл'],
};
