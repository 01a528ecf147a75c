import type { Lexicon } from './types';
import { cs } from './cs';

// Slovak differs mainly in function words.
export const sk: Lexicon = {
  ...cs,
  lang: 'sk',
  oblique: ['ich', 'im', 'nich', 'nimi', 'nim'],
  dispatch: ['vyslan', 'poslan', 'nasaden', 'presunut', 'ich (?:nasadzuje|nasadil|poslal|vyslal|posiela|prevážal)'],
  // where the subject is left out: a plural passive or fate that says "they" ("Boli poslaní na front")
  pronouns: ['oni', '(?:boli|budú)(?= (?:poslaní|vyslaní|nasadení|presunutí|zajatí|zranení|vypočutí|zabití|stiahnutí|prevezení)(?!\\p{L}))', '(?:padli|dostali sa) do zajatia'],
  // the auxiliary says "they" by itself, before or after the participle ("Sú držaní v Kyjeve", "Nasadení sú na fronte")
  theyVerbs: [
    '(?:sú|boli|budú)(?: \\p{L}{1,20})? (?:nasaden|vyslan|poslan|presunut|prevezen|prevážan|zajat|zranen|ranen|zabit|držan|väznen|zadržan|vypočúvan|vypočut|stiahnut)\\p{L}{1,2}$',
    '(?:nasaden|vyslan|poslan|presunut|prevezen|prevážan|zajat|zranen|ranen|zabit|držan|väznen|zadržan|vypočúvan|vypočut|stiahnut)\\p{L}{1,2} (?:sú|boli|budú)$',
  ],
  // held, detained, imprisoned: said of people taken
  captured: [...(cs.captured ?? []), 'zadrža', 'držan(?:í|ých|ými)$', 'väznen'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate); not "nim" (to them)
  singular: ['on', 'jeho', 'jemu', 'neho', 'nemu', 'ňom', 'ním'],
  fate: [
    'bol (?:(?:ťažko|ľahko|vážne) )?(?:zajatý|zranený|ranený|vypočúvaný)', 'zajatie$', 'zajatia$', 'zajatí$', 'zajatím$', 'zajatec$', 'zajatcom$',
    'následkom zranení', 'zraneniam$', 'podľahol', 'výsluch', 'vypočúva', 'vzdal sa', 'v (?:zákope|bunkri|kryte)$', 'odpálil granát', 'vyhodil sa do vzduchu', 'spáchal samovraždu',
  ],
  fateAlone: ['padol do zajatia', 'dostal sa do zajatia', 'do zajatia (?:padol|sa dostal)$', 'bol zajatý', 'bol (?:ťažko |ľahko )?(?:zranený|ranený)', 'zomrel na následky zranení', 'vzdal sa', 'padol v boji'],
  speech: ['povedal$', 'hovorí$', 'uviedol', 'vyhlásil', 'dodal$', 'zdôraznil', 'varoval', 'žiadal', 'vyzval', 'ocenil', 'poďakoval', 'že$'],
  standIns: ['jeden z nich', 'jedného z nich', 'jednému z nich', '(?<=(?:jeden z|jedného z|obaja|oboch|dvaja|dvoch|títo|týchto) )muž(?:i|ov|om|och|mi)$'],
  anaphora: ['títo', 'týchto', 'týmto', 'týmito', 'obaja', 'oboch', 'jeden z', 'jedného z', 'jednému z', 'jedným z', 'druhý', 'druhého', 'druhému', 'prvý', 'prvého', 'prvému'],
  stop: ['a', 'sa', 'na', 'že', 'v', 'vo', 'je', 'do', 'podľa', 'sú', 'bol', 'bola', 'bolo', 'boli', 'by', 'ktorý', 'ktorá', 'ktoré', 'ktorí', 'o', 'z', 'zo', 's', 'k', 'ku', 'po', 'za', 'pre', 'pri', 'ako', 'aj', 'tiež', 'ale', 'už', 'len', 'však', 'alebo', 'než', 'jeho', 'jej', 'ešte', 'keď', 'čo', 'tak', 'medzi', 'sme', 'nie', 'bude', 'budú', 'od'],
  // Slovak forms the Czech stems miss: the dead (mŕtvi), officers, members, participation (účasť),
  // remains, bodies, coffins
  pers: [...cs.pers, 'mŕtv(?:i|ych|ymi)$', 'dôstojník', 'príslušník', 'účasť(?= (?:\\p{L}{1,24} ){0,2}(?:v|vo|na) (?:boj|vojn|bitk|útok|operác|ofenzív))', 'pozostatky$', 'telá$', 'rakvy$'],
  // fighting, liberation, a memorial, arrived, deployed (active), transferred
  ctxWeak: [...cs.ctxWeak, 'bojovať', 'oslobod', 'pamätník', 'pricestoval', 'dorazili', 'nasadil', 'nasadzuj', 'presunul'],
  killed: [...(cs.killed ?? []), 'mŕtv'],
  neg: [...cs.neg, 'prímeri', 'zbehol', 'zbehli'],
  labour: [...(cs.labour ?? []), 'pracovn\\p{L}{0,3} sil', 'pracovníc(?:i|ov|ami)$'],
  foreign: [...cs.foreign, 'bielorusk'],
  relatives: ['cs'],
  letters: ['[ľĺŕô]'],
  // (Czech's ě ř ů are no Slovak's)
  usual: undefined,
  range: { and: ['a'], between: ['medzi'] },
  gates: { anyCase: ['kore', 'kóre', 'corps', 'pchj'], capitalised: ['kldr', 'kľdr', 'kim', 'kcna'] },
  abbreviations: ['tis', 'gen', 'plk', 'napr'],
};
