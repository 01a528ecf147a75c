import type { Lexicon } from './types';

export const hu: Lexicon = {
  lang: 'hu',
  oblique: ['őket', 'nekik', 'velük', 'tőlük', 'róluk', 'náluk', 'hozzájuk', 'értük', 'rájuk', 'belőlük', 'bennük', 'közülük', 'ellenük', 'nélkülük', 'utánuk', 'számukra'],
  dispatch: ['küldték', 'küldik', 'vezényelték', 'telepítették', 'vetették be', 'bevetették'],
  // "he" stands for a soldier only beside a word of his own fate (types.ts singular, fate)
  singular: ['ő', 'őt', 'neki', 'vele', 'róla', 'tőle', 'nála', 'őrá'],
  fate: ['fogságba', 'fogságban', 'hadifogság', 'megsebesült', 'sebesülés', 'sérülései', 'kihallgat', 'megadta magát', 'felrobbantotta magát', 'gránátot robbantott', 'öngyilkos', 'lövészárokban', 'bunkerben', 'fedezékben'],
  speech: ['mondta', 'közölte', 'hangsúlyozta', 'figyelmeztetett', 'követelte', 'felszólította', 'megdicsérte', 'megköszönte', 'hogy$'],
  standIns: ['egyikük', 'egyiküket', 'egyiküknek', 'a két férfi\\p{L}{0,4}$', 'mindkét férfi\\p{L}{0,4}$'],
  anaphora: ['ezek', 'ezeket', 'ezeknek', 'mindkét', 'az egyik', 'a másik', 'az első'],
  spaced: true,
  support: ['támogat', 'szolidari', 'kiáll'],
  pronouns: ['ők', '(?:sokan|többségük|néhányan|százan|ezren|egyesek)\\s+közülük', 'sokuk'],
  nk: ['észak-kore', 'északkore', 'phenjan', 'kim dzsong', 'koreai népi demokratikus köztársaság', 'kndk$', 'kim(?:et|nek|mel|hez)?$', 'kcna$'],
  fused: ['észak-koreaia', 'északkoreaia', 'észak-koreaival$', 'koreai néphadsereg'],
  // Koreans as people: North Korea's soldiers only with strong context
  fusedWeak: ['koreaia(?:k|kat|knak|kkal|kra|król)$'],
  pers: ['mártírok', 'katon(?!ai)', 'csapat', 'erők', 'egység', 'hadifogoly', 'hadifogly', 'fogly(?!ul)', 'fogoly$', 'erői', 'pilót', 'parancsnok(?!ság)', 'katonai építő(?:k|ket|knek|kkel)?$', 'tüzér(?!ség)', 'ejtőernyős', 'mesterlövész', 'drónkezelő', 'drónpilót', 'kommandós', 'újonc', 'tengerészgyalogos', 'zsoldos', 'harcos', 'alakulat', 'kontingens', 'hadtest', 'tiszt(?:ek|et|eket|ekkel|eknek|je|jét|jei\\p{L}{0,4})?$', 'tábornok', 'veszteség', 'elesett', 'halott', 'sebesült', 'utász', 'aknamentes', 'részvétel', 'jelenlét', 'mártír',
    // compounds (elitkatonák, zsoldoskatonák), cannon fodder
    '~katoná', 'ágyútöltelék', 'hadviselő', 'résztvevőj'],
  persWeak: ['hadsereg', 'hader(?:ő|ej)'],
  ctx: ['ukrajn', 'ukrán', 'kurszk', 'kijev', 'zelenszkij', 'front', 'harctér', 'csatatér', 'harcok', 'lövészár', 'hadifog', 'fogságba', 'kihallgat'],
  ctxWeak: ['oroszország', 'orosz', 'moszkva', 'kreml', 'putyin', 'küld', '(?:ki|el|át|oda|be)küld', 'vezény', '(?:ki|át)vezény', 'telepít', 'áttelepít', 'meghalt', 'megölt', 'életüket vesztett', 'életét vesztette', 'megsebesül', 'harcol', 'offenzív', 'ellentámad', 'támadás', 'háború', 'veszteség', 'halott', 'sebesül', 'elesett', 'hős(?:ök|öket|ei|i|eink)?$', 'kitüntet', 'emlékm', 'felszabadít', 'aknamentesít', 'megérkez', 'érkez',
    // deployed (bevetés, bevetették), the deceased, heroic, a memorial wall, gave their lives
    'bevet(?:és|ett|ették|ik|i|ni|endő)\\p{L}{0,4}$', 'elhunyt', 'hősi(?:es)?$', 'emlékfal', 'életüket áldozt', 'életét áldozt'],
  neg: ['demilitarizált', 'díszszeml', 'parádé', 'hadgyakorlat', 'disszidál', 'átszökött', 'koreai háború', 'fegyverszünet', 'fórum', 'csúcstalálkoz'],
  labour: ['munkás', 'vendégmunkás'],
  // (not Russia as a place: Oroszországba, Oroszországban)
  foreign: ['orosz(?!ország(?:ba|ban|ból|hoz|tól|ra|on|nál)(?!\\p{L}))', 'ukrán', 'dél-korea', 'amerikai', 'kínai', 'nyugati'],
  killed: ['vesztették életüket', 'életüket vesztették', 'vesztette életét', 'életüket áldozták', 'halnak meg', 'haltak meg', 'halt meg', 'esett el', 'estek el', 'meghalt', 'életét vesztette', 'elesett', 'halott'], injured: ['megsebesült', 'sebesült'], casualties: ['veszteség'], captured: ['fogtak el', 'fogták el', 'fogságba', 'elfogt', 'hadifogoly', 'megadta'],
  qualBefore: { over: ['több mint', 'több, mint'], approximately: ['mintegy', 'körülbelül', 'nagyjából', 'közel'], 'at least': ['legalább'], 'up to': ['akár'] },
  scale: { 'ezer': 1e3, 'millió': 1e6 },
  vague: { 'több ezer': 1000, 'ezrek': 1000, 'százak': 100 },
  stop: ['a', 'az', 'és', 'hogy', 'nem', 'egy', 'szerint', 'is', 'meg', 'volt', 'van', 'már', 'mint', 'el'],
  letters: ['[őű]'],
  range: { and: ['és'], between: ['között'] },
  gates: { anyCase: ['kore', 'phenja'], capitalised: ['kndk', 'kim'] },
  abbreviations: ['ezr', 'mrd'],
};
