import type { Lexicon } from './types';

// Serbian (Cyrillic and Latin), Croatian, Bosnian.
export const sr: Lexicon = {
  lang: 'sr',
  oblique: ['njih', 'njihov\\p{L}{0,3}', 'njima', 'ih', 'im', 'њих', 'њихов\\p{L}{0,3}', 'њима', 'их', 'им'],
  dispatch: ['poslat', 'poslan', 'raspoređen', 'prebačen', 'послат', 'распоређен', 'пребачен', 'ih (?:posla|šalj)', 'их (?:посла|шаљ)'],
  standIns: ['jedan od njih', 'један од њих', 'jednog od njih', 'jednom od njih', 'једног од њих'],
  anaphora: ['ovi', 'ovih', 'ovim', 'oba', 'obojica', 'dvojica', 'jedan od', 'jednog od', 'jednom od', 'drugi', 'drugog', 'prvi', 'prvog', 'један од', 'једног од', 'други', 'другог', 'први', 'првог'],
  spaced: true,
  support: ['подршк', 'подрж', 'podršk', 'podrž', 'солидарн', 'solidarn'],
  pronouns: ['oni', 'они'],
  // words of saying (types.ts speech): a reporting dash's attribution ("- rekao je Kim")
  speech: ['rekao', 'рекао', 'rekla', 'рекла', 'izjavio', 'изјавио', 'naveo', 'навео', 'dodao', 'додао', 'istakao', 'истакао', 'poručio', 'поручио', 'kaže$', 'каже$', 'kazao', 'казао'],
  nk: ['северн\\p{L}{0,2} кореј', 'севернокорејск', 'sjevern\\p{L}{0,2} korej', 'severn\\p{L}{0,2} korej', 'sjevernokorejsk', 'severnokorejsk', 'пјонгјанг', 'pjongjang', 'пхенјан', 'phenjan', 'ким џонг ун', 'ким јонг', 'ким џонг', 'kim džong', 'kim jong[\\s-]{0,2}un', 'dnrk$', 'днрк$', 'kim(?:a|u|om)?$', 'ким(?:а|у|ом)?$', 'kcna$', 'кцна$'],
  fused: ['kna$', 'кна$', 'korejsk\\p{L}{0,3} narodn\\p{L}{0,3} armij', 'корејск\\p{L}{0,3} народн\\p{L}{0,3} армиј', 'севернокореј(?:ци|це|аца|цима)$', 'sjevernokorej(?:ci|ce|aca|cima)$', 'severnokorej(?:ci|ce|aca|cima)$'],
  strong: ['olujn\\p{L}{0,3} korpus', 'олујн\\p{L}{0,3} корпус', 'jurišn\\p{L}{0,3} korpus', 'јуришн\\p{L}{0,3} корпус', 'storm corps'],
  // munitions: "North Korean missiles" are no troops
  munitions: ['oružj', 'оружј', 'raket', 'ракет', 'projektil', 'пројектил', 'municij', 'мунициј', 'granat', 'гранат'],
  pers: ['učešć\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,3}u (?:borb|rat|sukob))', 'uključenost\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,3}u (?:borb|rat|sukob))', 'uključivanj\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,3}u (?:borb|rat|sukob))', 'sudjelovanj\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,3}u (?:borb|rat|sukob))', 'angažovanj\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,3}u (?:borb|rat|sukob))', 'angažiranj\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,3}u (?:borb|rat|sukob))', 'учешћ\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,3}у (?:борб|рат|сукоб))', 'укљученост\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,3}у (?:борб|рат|сукоб))', 'укључивањ\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,3}у (?:борб|рат|сукоб))', 'ангажовањ\\p{L}{0,2}(?= (?:\\p{L}{1,24} ){0,3}у (?:борб|рат|сукоб))', 'učeš[cć]\\p{L}{0,2} u (?:borb|rat)', 'vojn\\p{L}{0,2} osoblj', 'војн\\p{L}{0,2} особљ', 'vojn\\p{L}{0,2} personal', 'војн\\p{L}{0,2} персонал', 'vojn\\p{L}{0,2} lic', 'војн\\p{L}{0,2} лиц', 'војска', 'војске', 'vojsk', 'војни[кц]', 'vojnic', 'vojnik', 'снаге', 'snage', 'jedinic', 'јединиц', 'заробљен', 'zarobljen', 'plaćenic', 'плаћеници', 'борци', 'borci', 'контингент', 'kontingent', 'корпус', 'korpus',
    'trup[ae]$', 'trupama$', 'труп[ае]$', 'трупама$', 'snaga$', 'snagama$', 'снага$', 'снагама$', 'žrtava$', 'жртава$', 'gubici$', 'gubitaka$', 'губици$', 'губитака$',
    'pešadij', 'pješadij', 'пешадиј', 'diverzant', 'диверзант', 'snajperist', 'снајперист', 'pripadni', 'припадни', 'mučenic', 'мученици', 'мученика', 'poginul(?:ih|im|ima|i)$', 'погинул(?:их|им|има|и)$', 'pojačanj', 'појачањ', 'oficir', 'официр', 'komandant', 'командант', 'brigad', 'бригад', 'bataljon', 'батаљон', 'divizij', 'дивизиј', 'inženjer', 'инжењер', 'pirotehničar', 'пиротехничар', 'deminer', 'деминер', 'vojn\\p{L}{0,2} građevin', 'војн\\p{L}{0,2} грађевин', 'pilot(?:i|a)$', 'пилот(?:и|а)$', 'mrtv(?:i|ih)$', 'мртв(?:и|их)$', 'ranjen(?:i|ih)$', 'рањен(?:и|их)$', 'ubijen(?:i|ih)$', 'убијен(?:и|их)$',
    // fighters, commanders, special forces, builders, conscripts (Serbian and Croatian forms)
    'bor(?:ac|ca|cu|cem|ci|aca|cima|ce)$', 'бор(?:ац|ца|цу|цем|ци|аца|цима|це)$', 'specijalc', 'специјалц', 'komandos', 'командос', 'komandir', 'командир', 'zapovjedni[kc]', 'zapovednik', 'заповедник', 'general(?:a|i|u|om)?$', 'генерал(?:а|и|у|ом)?$',
    'časni[kc]', 'podoficir', 'подофицир', 'postrojb', 'vojn\\p{L}{0,2} graditelj', 'војн\\p{L}{0,2} градитељ', 'regrut', 'регрут', 'ročni[kc]', 'padobran(?:ac|ci|aca|cima)$', 'падобран(?:ац|ци|аца|цима)$', 'marinc', 'маринц', 'artiljerc', 'артиљерц', 'izviđač', 'извиђач', 'ljudstv', 'људств', 'odlikovan(?:i|ih|ima)$', 'одликован(?:и|их|има)$', 'ratn\\p{L}{0,2} zarobljeni', 'ратн\\p{L}{0,2} заробљени'],
  own: ['svoje', 'svoju', 'svojih', 'своје', 'своју', 'својих', 'najbolje', 'најбоље'],
  // counted people ("12 000 ljudi"): weak, so that civilian workers counted so stay a near miss (labour)
  persWeak: ['ljudi(?<=(?:\\d\\d\\d|hiljad\\p{L}{0,2}|tisuć\\p{L}{0,2}|stotin\\p{L}{0,2})[\\s\\u00a0]+ljudi)$', 'људи(?<=(?:\\d\\d\\d|хиљад\\p{L}{0,2}|стотин\\p{L}{0,2})[\\s\\u00a0]+људи)$', 'војск', 'vojsk'],
  ctx: ['украјин', 'ukrajin', 'курск', 'kursk', 'кијев', 'kijev', 'зеленск', 'zelensk', 'фронт', 'front', 'бојишт', 'bojišt', 'ratišt', 'борб', 'borb', 'ратн\\p{L}{0,2} заробљен', 'ratn\\p{L}{0,2} zarobljen', 'donbas', 'донбас', 'donjeck', 'доњецк', 'harkov', 'харков', 'zaporož', 'запорож', 'sudž', 'суџ', 'belgorod', 'белгород', 'rov(?:ovi|ovima|u)?$', 'ров(?:ови|овима|у)?$'],
  ctxWeak: ['русиј', 'rusij', 'руск', 'rusk', 'москв', 'moskv', 'кремљ', 'kremlj', 'путин', 'putin', 'послал', 'poslal', 'posla', 'послат', 'poslat', 'распоређ', 'raspoređ', 'бор[еи]', 'bor[ei]', 'рат[аеу]?$', 'rat[aeu]?$', 'сукоб(?:а|у|ом|и)?$', 'sukob(?:a|u|om|i)?$', 'napad', 'напад', 'ofanziv', 'офанзив', 'rusi$', 'руси$', 'upućen', 'упућен', 'губит', 'gubit', 'stigl', 'стигл', 'razminira', 'разминира', 'poginu', 'погину', 'ubijen', 'убијен', 'ranjen', 'рањен', 'zarobi', 'зароби', 'zarobljen', 'заробљен', 'odlikov', 'одликов', 'medalj', 'медаљ', 'spomenik', 'споменик', 'oslobađ', 'ослобађ', 'oslobođ', 'ослобођ', 'kontingent', 'контингент', 'rasporedi', 'распореди', 'uputi', 'упути', 'prebaci', 'пребаци', 'pošalj', 'пошаљ', 'šalj', 'шаљ', 'slanj', 'слањ', 'ratuj', 'ратуј', 'ratova', 'ратова', 'dronov', 'дронов'],
  neg: ['демилитаризован', 'demilitarizovan', 'demilitariziran', 'демилитаризиран', 'dezert', 'дезерт', 'парад', 'parad', 'вежб', 'vježb', 'vežb', 'пребег', 'prebeg', 'prebjeg', 'корејск\\p{L}{0,2} рат', 'korejsk\\p{L}{0,2} rat', 'примирј', 'primirj'],
  labour: ['радниц', 'radnic', 'radnik'],
  foreign: ['руск', 'rusk', 'украјинск', 'ukrajinsk', 'јужнокорејск', 'južnokorejsk', 'америчк', 'američk', 'кинеск', 'kinesk'],
  fallen: ['мученика'],
  killed: ['убијен', 'ubijen', 'погинул', 'poginul', 'мртв', 'mrtv'], injured: ['рањен', 'ranjen'], casualties: ['губи', 'gubi', 'жртв', 'žrtv'], captured: ['заробљен', 'zarobljen', 'предао', 'predao', 'predal'],
  qualBefore: { over: ['више од', 'više od', 'преко', 'preko'], approximately: ['око', 'oko', 'приближно', 'približno', 'отприлике', 'otprilike'], 'at least': ['најмање', 'najmanje', 'барем', 'barem'], 'up to': ['до', 'do'] },
  scale: { 'хиљад\\p{L}{0,2}': 1e3, 'hiljad\\p{L}{0,2}': 1e3, 'tisuć\\p{L}{0,2}': 1e3, 'милион\\p{L}{0,2}': 1e6, 'milijun\\p{L}{0,2}': 1e6, 'milion\\p{L}{0,2}': 1e6 },
  vague: { 'хиљаде': 1000, 'hiljade': 1000, 'tisuće': 1000, 'стотине': 100, 'stotine': 100 },
  stop: ['и', 'у', 'је', 'су', 'на', 'да', 'према', 'се', 'од', 'за', 'као', 'који', 'које', 'није', 'што', 'ће', 'био', 'били', 'i', 'u', 'je', 'su', 'na', 'da', 'prema', 'se', 'od', 'za', 'kao', 'koji', 'koje', 'nije', 'što', 'će', 'bio', 'bili', 'са', 'кроз', 'али', 'током', 'након', 'после', 'код', 'из', 'или', 'о', 'по', 'sa', 'kroz', 'ali', 'tokom', 'nakon', 'posle', 'kod', 'iz', 'ili', 'o', 'po'],
  nonLatin: true,
  relatives: ['ru'],
  letters: ['[ćđ]', '[dD]ž'],
  linkers: ['iz', 'од'],
  range: { to: ['do'], and: ['i', 'и'] },
  gates: { anyCase: ['kore', 'pjong', 'phenj'], script: ['коре', 'пхен', 'пјонг', 'ким', 'днрк', 'кцна', 'кна'], capitalised: ['dnrk', 'kim', 'kcna', 'kna'] },
  abbreviations: ['хиљ', 'hilj', 'tis', 'gen', 'ген'],
};
