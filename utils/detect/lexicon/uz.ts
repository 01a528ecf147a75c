import type { Lexicon } from './types';

// Uzbek, in Latin script and in the Cyrillic one still common in the press (lang.ts tells them
// from Kazakh and Belarusian by ў and ҳ). Suffixes join the stem ("askarlari", "KXDRdan").
export const uz: Lexicon = {
  lang: 'uz',
  oblique: ['ularni', 'ularga', 'ularning', 'ulardan', 'уларни', 'уларга', 'уларнинг', 'улардан'],
  dispatch: ['yuboril', 'joylashtiril', 'юборил', 'жойлаштирил'],
  spaced: true,
  support: ['qo\'llab quvvatla', 'қўллаб қувватла', 'birdamlik', 'бирдамлик'],
  range: { and: ['va', 'ва'] },
  pronouns: ['ular', 'улар'],
  standIns: ['ulardan biri', 'улардан бири'],
  anaphora: ['ushbu', 'mazkur', 'ikki', 'ушбу', 'мазкур', 'икки'],
  nk: [
    'shimoliy koreya', 'pxenyan', 'phenyan', 'kim chen in', 'kim jong[\\s-]{0,2}un', 'kxdr',
    'шимолий корея', 'пхенян', 'ким чен ин', 'кхдр',
  ],
  strong: ['bo\'ron korpus', 'бўрон корпус', 'storm corps'],
  pers: [
    'askar', 'harbiy(?![\\s\\u00a0]+(?:hamkorlik|texnika|yordam|ittifoq|shartnoma|aloqa|soha|sanoat|mashq|parad|kema|samolyot|texnologiya|qurol|operatsiya|baza|ekspert|mutaxassis|razvedka|sud))', 'qo\'shin', 'kuch', 'asir', 'jangchi', 'bo\'linma', 'yollanma', 'harbiylar', 'harbiy xizmatchi', 'ofitser', 'zobit', 'зобит', 'general', 'qurbon', 'yo\'qotish', 'halok bo\'lgan', 'yarador', 'ishtirok',
    'аскар', 'ҳарбий(?![\\s\\u00a0]+(?:ҳамкорлик|хамкорлик|техника|ёрдам|иттифоқ|шартнома|алоқа|соҳа|саноат|машқ|парад|кема|самолёт|технология|қурол|операция|база|эксперт|мутахассис|разведка|суд))', 'қўшин', 'кучлар', 'асир', 'жангчи', 'бўлинма', 'ёлланма', 'офицер', 'генерал', 'қурбон', 'йўқотиш', 'ҳалок бўлган', 'ярадор', 'иштирок', 'shahid', 'шаҳид', 'komandir', 'qo\'mondon', 'brigada', 'batalyon', 'diviziya', 'snayper', 'sapyor', 'командир', 'қўмондон', 'бригада', 'батальон', 'дивизия', 'снайпер', 'сапёр',
    // engineers, deminers, pilots, military builders, paratroopers, infantry, scouts
    'saper', 'muhandis', 'uchuvchi', 'harbiy quruvchi', 'minalardan tozalovchi', 'desantchi', 'piyoda', 'razvedkachi', 'сапер', 'муҳандис', 'учувчи', 'ҳарбий қурувчи', 'миналардан тозаловчи', 'десантчи', 'пиёда', 'разведкачи'],
  // "North Koreans" as people
  fused: ['shimoliy koreyaliklar', 'shimoliy koreyalik(?:ni|ka|ning|dan)$', 'шимолий кореяликлар', 'шимолий кореялик(?:ни|ка|нинг|дан)$', 'koreya xalq armiya', 'корея халқ армия'],
  // counted people ("12 ming kishi"): weak, so that civilian workers counted so stay a near miss (labour)
  persWeak: ['kishi(?<=(?:\\d\\d\\d|ming\\p{L}{0,3}|yuz\\p{L}{0,3})[\\s\\u00a0]+(?:(?:yaqin|atrofida|ortiq|nafar)[\\s\\u00a0]+)?kishi)', 'киши(?<=(?:\\d\\d\\d|минг\\p{L}{0,3}|юз\\p{L}{0,3})[\\s\\u00a0]+(?:(?:яқин|атрофида|ортиқ|нафар)[\\s\\u00a0]+)?киши)', 'nafar(?<=(?:\\d\\d\\d|ming|yuz)[\\s\\u00a0]+nafar)', 'нафар(?<=(?:\\d\\d\\d|минг|юз)[\\s\\u00a0]+нафар)', 'armiya', 'армия'],
  ctx: [
    'ukraina', 'kursk', 'kiyev', 'kiev', 'zelenskiy', 'front', 'jang maydoni', 'janglar',
    'украина', 'курск', 'киев', 'зеленский', 'фронт', 'жанг майдони', 'жанглар',
    'donbass', 'donetsk', 'zaporojye', 'xarkov', 'belgorod', 'донбасс', 'донецк', 'запорожье', 'харков', 'белгород', 'sudja', 'суджа', 'so\'roq', 'сўроқ', 'xandaq', 'хандақ'],
  ctxWeak: [
    'rossiya', 'moskva', 'kreml', 'putin', 'yubor', 'jo\'nat', 'joylashtir', 'urush', 'yo\'qotish', 'jang', 'halok', 'yarador', 'qahramon', 'medal', 'yodgorlik', 'ozod qil', 'dron', 'asir',
    'россия', 'москва', 'кремл', 'путин', 'юбор', 'жўнат', 'жойлаштир', 'уруш', 'йўқотиш', 'жанг', 'ҳалок', 'ярадор', 'қаҳрамон', 'медал', 'ёдгорлик', 'озод қил', 'дрон', 'асир', 'yetib kel', 'етиб кел', 'minalardan tozala', 'миналардан тозала', 'taqdirla', 'тақдирла', 'orden', 'орден', 'yaralan', 'яралан', 'hujum', 'ҳужум', 'uzoq sharq', 'узоқ шарқ', 'vladivostok', 'владивосток', 'jasorat', 'жасорат', 'abadiylashtir', 'абадийлаштир', 'jarohat', 'жароҳат', 'oskolka', 'осколка'],
  neg: ['parad', 'mashq', 'qochoq', 'koreya urushi', 'парад', 'машқ', 'қочоқ', 'корея уруши', 'qoch(?:di|ib|gan)', 'chegarani kesib', 'қоч(?:ди|иб|ган)', 'чегарани кесиб'],
  labour: ['ishchi', 'ишчи'],
  foreign: [
    'rus$', 'rossiya(?:ning)?$', 'ukraina$', 'ukrainalik', 'janubiy koreya', 'amerika', 'xitoy', 'pekin$',
    'рус$', 'россия(?:нинг)?$', 'украина$', 'украиналик', 'жанубий корея', 'америка', 'хитой', 'пекин$',
  ],
  killed: ['halok', 'o\'ldirildi', 'o\'ldi', 'ҳалок', 'ўлдирилди', 'ўлди'],
  injured: ['yarador', 'ярадор'],
  captured: ['asir', 'асир'],
  scale: { 'ming$': 1e3, 'million': 1e6, 'минг$': 1e3, 'миллион': 1e6 },
  vague: { 'minglab': 1000, 'yuzlab': 100, 'минглаб': 1000, 'юзлаб': 100 },
  stop: ['va', 'bu', 'bilan', 'uchun', 'deb', 'bir', 'ham', 'esa', 'edi', 'qilib', 'haqida', 'haqda', 'tomonidan', 'orqali', 'kabi', 'hamda', 'yana', 'ular', 'shu', 'keyin', 'hali', 'endi', 'lekin', 'ammo', 'yoki', 'emas', 'ekan', 'boshqa', 'barcha'],
  relatives: ['tr'],
  letters: ['[og][ʻ‘]'],
  gates: { anyCase: ['kore'], capitalised: ['kxdr', 'pxen', 'pheny', 'kim'], script: ['корея', 'кхдр', 'пхенян'] },
  // Page reading (types.ts singular ... history), in both scripts. Not "u", "у" alone (also "that")
  singular: ['uni', 'unga', 'uning', 'undan', 'уни', 'унга', 'унинг', 'ундан'],
  fate: [
    'asirga tush', 'asirga olin', 'asir olin', 'asirlik', 'yarador bo', 'jarohat', 'taslim bo', 'xandaq', 'okop',
    'асирга туш', 'асирга олин', 'асир олин', 'асирлик', 'ярадор бў', 'жароҳат', 'сўроқ', 'таслим бў', 'хандақ', 'окоп',
  ],
  // his fate where the verb says "he"
  fateAlone: ['asirga tushdi', 'asirga olindi', 'asir olindi', "taslim bo'ldi", "jarohatlar(?:i)?dan vafot etdi", 'асирга тушди', 'асирга олинди', 'асир олинди', 'таслим бўлди', 'жароҳатлар(?:и)?дан вафот этди'],
  speech: ['dedi$', 'aytdi', 'aytgan', 'bildirdi', "ta'kidladi", 'ogohlantirdi', 'talab qildi', 'chaqirdi', 'maqtadi', 'minnatdor', 'deb$', 'деди$', 'айтди', 'айтган', 'билдирди', 'таъкидлади', 'огоҳлантирди', 'талаб қилди', 'чақирди', 'мақтади', 'миннатдор', 'деб$'],
  agentMarks: { after: ['tomonidan', 'томонидан'] },
  casualties: ["yo'qotish", 'talafot', 'йўқотиш', 'талафот'],
  // the Korean War: truce village, the 1953 armistice, the Chinese volunteers
  history: ['panmunjom', 'panmunjeom', 'панмунжом', 'пханмунжом', '1953 yilgi sulh', '1953 йилги сулҳ', "xitoy (?:xalq )?ko'ngilli", 'хитой (?:халқ )?кўнгилли'],
};
