import type { Lexicon } from './types';

// Serbian (Cyrillic and Latin), Croatian, Bosnian.
export const sr: Lexicon = {
  lang: 'sr',
  spaced: true,
  nk: ['северн\\p{L}{0,2} кореј', 'севернокорејск', 'sjevern\\p{L}{0,2} korej', 'severn\\p{L}{0,2} korej', 'sjevernokorejsk', 'severnokorejsk', 'пјонгјанг', 'pjongjang', 'пхенјан', 'phenjan', 'ким џонг ун', 'ким јонг', 'ким џонг', 'kim džong', 'kim jong[\\s-]{0,2}un', 'dnrk$', 'днрк$'],
  fused: ['севернокорејци', 'sjevernokorejci', 'severnokorejci'],
  pers: ['војни', 'vojni', 'војска', 'војске', 'vojsk', 'војни[кц]', 'vojnic', 'vojnik', 'снаге', 'snage', 'jedinic', 'јединиц', 'заробљен', 'zarobljen', 'plaćenic', 'плаћеници', 'борци', 'borci', 'контингент', 'kontingent', 'корпус', 'korpus',
    'trup[ae]$', 'trupama$', 'труп[ае]$', 'трупама$', 'snaga$', 'snagama$', 'снага$', 'снагама$', 'žrtava$', 'жртава$', 'gubici$', 'gubitaka$', 'губици$', 'губитака$',
    'pešadij', 'pješadij', 'пешадиј', 'diverzant', 'диверзант', 'snajperist', 'снајперист', 'pripadni', 'припадни'],
  own: ['svoje', 'svoju', 'svojih', 'своје', 'своју', 'својих', 'najbolje', 'најбоље'],
  persWeak: ['војск', 'vojsk'],
  ctx: ['украјин', 'ukrajin', 'курск', 'kursk', 'кијев', 'kijev', 'зеленск', 'zelensk', 'фронт', 'front', 'бојишт', 'bojišt', 'ratišt', 'борб', 'borb', 'ратн\\p{L}{0,2} заробљен', 'ratn\\p{L}{0,2} zarobljen'],
  ctxWeak: ['русиј', 'rusij', 'руск', 'rusk', 'москв', 'moskv', 'кремљ', 'kremlj', 'путин', 'putin', 'послал', 'poslal', 'posla', 'послат', 'poslat', 'распоређ', 'raspoređ', 'бор[еи]', 'bor[ei]', 'рат[аеу]?$', 'rat[aeu]?$', 'napad', 'напад', 'ofanziv', 'офанзив', 'rusi$', 'руси$', 'upućen', 'упућен', 'губит', 'gubit'],
  neg: ['демилитаризован', 'demilitarizovan', 'парад', 'parad', 'вежб', 'vježb', 'vežb', 'пребег', 'prebeg', 'prebjeg', 'корејск\\p{L}{0,2} рат', 'korejsk\\p{L}{0,2} rat', 'примирј', 'primirj', 'радниц', 'radnic', 'radnik'],
  foreign: ['руск', 'rusk', 'украјинск', 'ukrajinsk', 'јужнокорејск', 'južnokorejsk', 'америчк', 'američk', 'кинеск', 'kinesk'],
  killed: ['убијен', 'ubijen', 'погинул', 'poginul', 'мртв', 'mrtv'], injured: ['рањен', 'ranjen'], casualties: ['губи', 'gubi', 'жртв', 'žrtv'], captured: ['заробљен', 'zarobljen', 'предао', 'predao', 'predal'],
  qualBefore: { over: ['више од', 'više od', 'преко', 'preko'], approximately: ['око', 'oko', 'приближно', 'približno', 'отприлике', 'otprilike'], 'at least': ['најмање', 'najmanje', 'барем', 'barem'], 'up to': ['до', 'do'] },
  scale: { 'хиљад\\p{L}{0,2}': 1e3, 'hiljad\\p{L}{0,2}': 1e3, 'tisuć\\p{L}{0,2}': 1e3, 'милион\\p{L}{0,2}': 1e6, 'milijun\\p{L}{0,2}': 1e6, 'milion\\p{L}{0,2}': 1e6 },
  vague: { 'хиљаде': 1000, 'hiljade': 1000, 'tisuće': 1000, 'стотине': 100, 'stotine': 100 },
  stop: ['и', 'у', 'је', 'су', 'на', 'да', 'према', 'се', 'i', 'u', 'je', 'su', 'na', 'da', 'prema', 'se', 'od', 'za'],
  nonLatin: true,
  relatives: ['ru'],
  letters: ['[ćđ]'],
  linkers: ['iz', 'од'],
  range: { to: ['do'] },
  gates: { anyCase: ['kore'], script: ['коре', 'пхен', 'пјонг', 'ким', 'днрк'], capitalised: ['dnrk', 'pjong', 'phenj', 'kim'] },
};
