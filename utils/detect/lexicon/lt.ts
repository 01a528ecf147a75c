import type { Lexicon } from './types';

export const lt: Lexicon = {
  lang: 'lt',
  oblique: ['juos', 'jiems', 'jų', 'jais', 'juose'],
  dispatch: ['išsiųst', 'pasiųst', 'dislokuot', 'perkelt'],
  standIns: ['vienas iš jų', 'vieno iš jų', 'vienam iš jų', 'du vyrai', 'dviem vyrams', 'dviejų vyrų', 'abu vyrai', 'abiem vyrams', 'abiejų vyrų'],
  anaphora: ['šie', 'šių', 'šiems', 'abu', 'vienas iš', 'vieno iš', 'vienam iš', 'pirmas', 'pirmasis', 'pirmam', 'pirmajam', 'antras', 'antrasis', 'antram', 'antrajam'],
  spaced: true,
  support: ['param', 'remia', 'remti', 'rėm', 'solidarum'],
  range: { and: ['ir'] },
  pronouns: ['jie', '(?:daugelis|dauguma|kai\\s+kurie|šimtai|tūkstančiai|dešimtys)\\s+(?:iš\\s+)?jų'],
  nk: ['šiaurės korėj', 'šiaurės korej', 'siaures korej', 'pchenjan', 'kim čen', 'kim jong[\\s-]{0,2}un', 'kim(?:as|o|ą|ui)?$', 'kldr$', 'kcna$', 'korėjos liaudies demokratin'],
  fused: ['šiaurės korėjieč', 'šiaurės korėjiet', 'korėjos liaudies armij'],
  strong: ['audros korpus', 'storm corps', '11(?:-?\\p{L}{1,4}|\\.)? korpus'],
  pers: [
    // karys, kariai, karių... (not karinis, 'military', nor karas, 'war')
    'kar(?:ys|io|iui|į|iu|iai|ių|iams|ius|iais|iuose)$', 'karei', 'karinink', 'kariški', 'pulk(?:as|o|ą|ui|e|ai|ų)$', 'išminuotoj', 'specialiosios pajėg', 'kariuomen', 'pajėg', 'dalin', 'belaisv', 'samdin', 'išminuotoj', 'inžinier', 'sapier', 'kankiniai$', 'kankinių$', 'kankinius$',
    // the fallen praised as heroes ("mūsų didvyriai"), cannon fodder
    'didvyri(?:ai|ų|ams|us|ais)$', 'patrankų mės', 'nuostoli', 'žuvusi(?:eji|ųjų|ų|ems|uosius|ais)$', 'žuvusių$', 'sužeist(?:ieji|ųjų|ųjų|ieji)$', 'karin\\p{L}{1,4} statybinink', 'pilot(?:ai|ų)$', 'snaiper',
    // contingent, fighters, commanders (plural: 'vadas' alone is as often the leader), formations, branches
    'kontingent', 'kovotoj', 'vad(?:ai|ų|ams|us|ais)$', 'generol', 'karin\\p{L}{1,4} personal', 'jungin', 'batalion', 'brigad', 'divizij', 'pėstinink', 'desantinink', 'artilerist', 'žvalgai$', 'žvalgų$', 'naujok', 'rekrūt', 'šauktin', 'pilot(?:as|o|ą|ams|us)$', 'specialiųjų operacijų',
    'belaisv', 'nelaisvėje esan'],
  // counted people ("12 tūkst. žmonių"): weak, so that civilian workers counted so stay a near miss (labour)
  persWeak: ['žmonių(?<=(?:\\d\\d\\d|tūkst\\.?|tūkstan\\p{L}{1,4}|šimt\\p{L}{1,4})[\\s\\u00a0]+žmonių)$', 'vyr(?:ai|ų|us)$'],
  own: ['savo', 'geriausius'],
  munitions: ['sviedini', 'raket', 'ginkl', 'amunicij', 'dron'],
  ctx: ['ukrain', 'kursk', 'kyjiv', 'kijev', 'zelensk', 'fronto', 'fronte', 'front(?:as|ui|ą|u)$', 'apkas', 'mūšio lauk', 'kov', 'belaisv', 'nelaisv', 'apklaus', 'sudž', 'donbas', 'doneck', 'charkiv', 'zaporiž', 'belgorod', 'mūši'],
  ctxWeak: ['rusij', 'rus[ųai]$', 'maskv', 'kreml', 'putin', 'išsiunt', 'pasiunt', 'nusiunt', 'išsiųst', 'pasiųst', 'nusiųst', 'siunči', 'dislok', 'kar(?:as|o|e|ą)$', 'kariaut', 'didvyri', 'žuv', 'sužeist', 'memorial', 'paminkl', 'apdovano', 'nuostoli', 'išlaisvin', 'puolim', 'kontrpuolim', 'išminav', 'išminuot', 'atvyk', 'perkel', 'permest', 'permet', 'dislokav', 'žūt', 'sužeid', 'pagerb', 'medal', 'ordin', 'dron'],
  neg: ['demilitarizuot', 'parad', 'pratyb', 'perbėgėl', 'korėjos kar(?:as|o|u|e|ą)$', 'darbo didvyr'],
  labour: ['darbinink(?!ų partij)'],
  foreign: ['(?<!iš )rusijos', 'rusų', 'ukrainos', 'ukrainieči', 'pietų korėj', 'amerikieči'],
  killed: ['žuv', 'žūst', 'žūva', 'nužud', 'mirė$', 'miršta$'], injured: ['sužeist'], captured: ['belaisv', 'paimt', 'sugaut', 'apklaus'],
  stop: ['ir', 'yra', 'kad', 'su', 'iš', 'į', 'buvo', 'kaip', 'pagal', 'nuo', 'dėl', 'bet', 'per', 'apie', 'jis', 'ji', 'jie', 'jų', 'jo', 'bei', 'tai', 'po', 'prie', 'taip', 'pat', 'ar', 'nes', 'tačiau', 'dar', 'jau', 'kuris', 'kuri', 'kurie', 'kurių', 'pasak', 'už', 'tik', 'bus', 'būtų', 'tarp'],
  letters: ['[ėųį]', '[ąę]'],
  abbreviations: ['mln', 'tūkst', 'gen', 'pvz', 'kt', 'plk', 'mjr'],
  gates: { anyCase: ['kore', 'korė'], capitalised: ['pchen', 'kim', 'kldr', 'kcna'] },
  // Page reading (types.ts singular ... history)
  singular: ['jis', 'jį', 'jo', 'jam', 'juo', 'jame', 'jis pats'],
  fate: ['į nelaisvę', 'nelaisvėje', 'karo belaisv', 'sužeist', 'žaizd', 'apklaus', 'pasidav', 'pasiduo', 'apkas', 'bunker', 'slėptuvėje$'],
  // his fate where the verb says "he" (masculine participles)
  fateAlone: ['pateko į nelaisvę', 'buvo paimtas į nelaisvę', 'buvo sugautas$', 'buvo (?:sunkiai |lengvai )?sužeistas$', 'mirė nuo (?:patirtų |sunkių )?žaizdų', 'pasidavė$'],
  speech: ['sakė$', 'teigė$', 'pareiškė$', 'pridūrė$', 'pabrėžė$', 'perspėjo$', 'įspėjo$', 'reikalavo$', 'paragino$', 'gyrė$', 'padėkojo$', 'tvirtino$', 'kad$'],
  casualties: ['nuostol', 'aukos$', 'aukų$'],
  // the Korean War: truce village, the 1953 armistice, the Chinese volunteers
  history: ['panmundžom', 'panmunjom', '1953 m\\. paliaub', 'kinijos liaudies savanori', 'kinų savanori'],
};
