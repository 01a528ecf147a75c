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

// Close languages: function words they share tie, so each one's own words, letters and spellings decide.
const CLOSE: [string, string][] = [
  // Norwegian: its own function words and spellings (-sjon, kj, gj, øy), Nynorsk too
  ['no', 'Regjeringen sier at situasjonen er alvorlig'],
  ['no', 'Soldatene våre kom hjem etter krigen'],
  ['no', 'Dei sende ikkje soldatar frå Nord-Korea'],
  ['da', 'Regeringen siger, at situationen er alvorlig'],
  ['da', 'Han sagde, at han ikke vidste, hvad der skete med soldaterne'],
  ['sv', 'Regeringen säger att situationen är allvarlig'],
  // Slovak: its own function words, and no Czech ě, ř or ů
  ['sk', 'Vojaci boli poslaní do Ruska v lete.'],
  ['sk', 'Ukrajinci zajali vojakov v Kurskej oblasti, kde ich vypočúvali.'],
  ['cs', 'Rusko podle zpráv nasadilo vojáky z Koreje na frontě.'],
  ['cs', 'Vojáci jsou v Kurské oblasti už od podzimu.'],
  // Catalan: the articles and prepositions it shares with Spanish and French, its own words, l·l, -ció
  ['ca', 'Els soldats nord-coreans lluiten amb les tropes russes a la regió de Kursk.'],
  ['ca', 'La intel·ligència sud-coreana confirma la informació.'],
  ['ca', 'Les tropes també van arribar a la frontera.'],
  ['es', 'Los soldados norcoreanos luchan junto a las tropas rusas en la región de Kursk.'],
  ['es', 'La confirmación llega tras meses de tensión en la península.'],
  ['fr', 'Les soldats nord-coréens combattent à Koursk avec l’armée russe.'],
  ['fr', 'Elle envoie des milliers de soldats en Russie.'],
  ['it', 'L’esercito russo è in difficoltà però continua ad avanzare.'],
  // Bulgarian without ъ; Russian without ы, э, ё or ь still Russian
  ['bg', 'Севернокорейските войници са изпратени в Курска област, според разузнаването.'],
  ['bg', 'Тези войници вече са на фронта, като много от тях са загинали.'],
  ['ru', 'Северная Корея отправила войска в Курскую область'],
  ['ru', 'Путин и Ким в Москве'],
  // Uzbek Cyrillic with ў alone, or қ alone; Kazakh қ beside ы; Belarusian ў beside і
  ['uz', 'Шимолий Корея аскарлари Курскда бўлди'],
  ['uz', 'Шимолий Корея аскарлари Россияга ёрдам қилди'],
  ['kk', 'Қытай мен Ресей келісімге қол қойды'],
  ['be', 'Салдаты з Паўночнай Карэі ў Курскай вобласці'],
  // Azerbaijani ə among the letters it shares with Turkish; Uzbek Latin by its function words
  ['az', 'Onlar Kursk vilayətində döyüşürlər.'],
  ['az', 'Bu barədə nazirlik məlumat yayıb.'],
  ['tr', 'Kuzey Koreli askerler Kursk’ta çatışmaya girdi'],
  ['uz', 'Bu haqda vazirlik xabar berdi.'],
  // Romanian ă, which Vietnamese shares
  ['ro', 'Cum s-a întâmplat această tragedie.'],
  // "a" is a function word of every Romance language (and of Czech and Slovak): it tips none of them
  ['pt', 'A estimativa é o triplo do valor anterior.'],
  ['en', 'A new plan for a border town'],
  ['fr', 'Le ministère a confirmé que l’incident était grave.'],
  ['pt', 'Kim foi à Rússia e reuniu-se com Putin à noite.'],
  ['sv', 'Nordkorea vill bygga fler robotar'],
  ['id', 'Mereka juga bisa membela diri jika terjadi serangan.'],
];

describe('guessLang among close languages', () => {
  it.each(CLOSE)('%s: %s', (lang, text) => {
    expect(guess(text)).toBe(lang);
  });

  it('takes a Scandinavian sentence without ä or ö for Danish or Norwegian, not Swedish', () => {
    expect(guess('Det skriver avisen.')).not.toBe('sv');
    expect(guess('Det skriver tidningen här.')).toBe('sv');
  });

  it('takes Pyongyang in Serbian or Czech spelling ("Pjongjang") for no Norwegian gj', () => {
    expect(guess('Jačanje veza Pjongjanga i Moskve')).not.toBe('no');
  });

  it('takes no sentence with ь (but before о) for Bulgarian', () => {
    expect(guess('Небо лишилося за радянськими асами.')).not.toBe('bg');
    expect(guess('Войници бяха изпратени за помощ на Русия.')).toBe('bg');
  });
});
