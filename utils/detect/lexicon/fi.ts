import type { Lexicon } from './types';

export const fi: Lexicon = {
  lang: 'fi',
  oblique: ['heidät', 'heitä', 'heille', 'heidän', 'heistä', 'heillä', 'heihin', 'heiltä', 'heissä'],
  dispatch: ['lähetet', 'sijoitet', 'siirret'],
  standIns: ['yksi heistä', 'toinen heistä', 'kaksi miestä', 'molemmat miehet', 'miehistä toinen'],
  anaphora: ['nämä', 'näiden', 'näitä', 'molemmat', 'yksi', 'toinen', 'ensimmäinen'],
  spaced: true,
  support: ['tuki(?!koh)', 'tuke', 'tuen$', 'solidaarisuu'],
  pronouns: ['he', 'heistä', 'heidät', 'heillä'],
  nk: ['pohjois-kore', 'pohjoiskore', 'pjongjang', 'kim jong[\\s-]{0,2}un', 'kim(?:in|ille|iä|illä)?$', 'kcna', 'korean demokraattis?\\p{L}{1,4} kansantasaval'],
  nkWeak: ['korealai'],
  fusedWeak: ['korealaisjouk', 'korealaissotil'],
  fused: ['pohjoiskorealai', 'pohjois-korealai', 'korean kansanarmei'],
  pers: ['osallistumi\\p{L}{0,4}(?= (?:sotaan|sotatoimiin|taisteluihin|taisteluun|hyökkäykseen|sotilasoperaatioon))', '(?<=(?:sotaan|sotatoimiin|taisteluihin|taisteluun) )osallistumi', 'sotilaallinen läsnäolo', 'sotilaallise\\p{L}{1,3} läsnäolo', 'sotila(?!allis|allinen|s(?:yhteistyö|liit|apu|tekno|tarvik|varust|paraati|harjoitu|tiedustel|kalust|teollis|asiantunt))', 'sotilai', 'joukko', 'joukot', 'joukkoj', 'joukkoi', 'yksikö', 'yksiköi', 'sotavank', 'vanki', 'vangi', 'palkkasotil', 'taistelij', 'kontingent', 'armeijakun', 'upseer', 'kenraal', 'tappio', 'kaatune', 'pioneer', 'miinanraivaaj', 'kuolleet$', 'kuolleita$', 'kuolleiden$', 'haavoittune', 'lentäj', 'drooninkäyttäj', 'lennokkioperaattor', 'tarkka-ampuj', 'joukoi', 'joukon$', 'marttyyr', 'asevoim', 'komentaj', '~jääkär', 'varusmie(?:s|h)', 'sotamie(?:s|h)', 'tykkimie(?:s|h)', 'palkkasotur', 'rekryyt', 'alokka', 'merijalkaväk', 'droonioperaattor',
    // compounds: erikoisjoukot, maajoukot, lisäjoukot (reinforcements), eliittisotilaat; cannon fodder
    '(?:erikois|maa|lisä|sota|apu|eliitti|rynnäkkö|taistelu|jalkaväki|maihinnousu)jouk', '(?:erikois|eliitti|jalkaväki)sotila', 'tykinruo'],
  persWeak: ['armeija', 'mieh(?:et|iä|iään)$', 'miesten$'],
  ctx: ['ukrain', 'kursk', 'kiova', 'kiovan', 'zelenskyi', 'rintama', 'etulinja', 'taistelukenttä', 'taistelui', 'juoksuhau', 'sotavank', 'vangiksi', 'vangittu', 'kuulustel'],
  ctxWeak: ['venäj', 'venäläi', 'moskova', 'kreml', 'putin', 'lähett', 'lähete', 'siirrett', 'siirretty', 'sijoitet', 'taistel', 'hyökkäy', 'hyökän', 'hyökkää', 'sota', 'tappio', 'menehty', 'kaatu', 'kuoll', 'uhras\\p{L}* (?:henkensä|elämänsä)', 'haavoittu', 'kunniamerk', 'sankari', 'muistomerk', 'marttyyr', 'miinanraivau', 'miinojen raivau', 'saapu', 'palkits', 'palkitt', 'mitali', 'ulkomaan operaati', 'ulkomaanoperaati', 'vieraa(?:lla|lta|lle|seen) maa(?:lla|lta|lle|han)$', 'vierail(?:la|ta|le) mail(?:la|ta|le)$', 'ulkomail(?:la|ta|le)$', 'vapautu', 'vapautt'],
  neg: ['demilitarisoi', '~paraati', 'maailmansod', 'sotaharjoitu', 'harjoitu', 'harjoittel', 'loikkar', 'loikkasi', 'korean so[td]a', 'aselepo', 'sisällisso', 'valtiovierailu'],
  labour: ['työläi', 'työntekij', 'siirtotyöläi'],
  foreign: ['venäläi', 'ukrainalai', 'etelä-korea', 'eteläkorea', 'amerikkalai', 'kiinalai', 'länsimai', 'venäjän$', 'ukrainan$'],
  killed: ['kuole', 'kuoli', 'kuollut', 'kuolle', 'kuollei', 'kaatu', 'surmattu', 'tapettu'], injured: ['haavoittu', 'loukkaantu'], casualties: ['tappio', 'uhre'], captured: ['vangittu', 'vangiksi', 'sotavank', 'antautu'],
  qualBefore: { over: ['yli'], approximately: ['noin', 'arviolta', 'suunnilleen'], 'at least': ['vähintään', 'ainakin'], 'up to': ['jopa', 'enintään'], under: ['alle', 'lähes', 'melkein'] },
  scale: { 'tuhatta': 1e3, 'tuhat$': 1e3, 'miljoonaa': 1e6 },
  vague: { 'tuhansia': 1000, 'satoja': 100, 'kymmeniätuhansia': 10000 },
  stop: ['ja', 'on', 'että', 'ovat', 'oli', 'mukaan', 'ei', 'se', 'myös', 'joka', 'kanssa', 'jo', 'kuin', 'ovat', 'kun', 'mutta', 'hän'],
  range: { and: ['ja'] },
  gates: { anyCase: ['kore', 'pjong'], capitalised: ['kim'] },
  abbreviations: ['milj', 'esim', 'kenr'],
  // Page reading (types.ts singular ... history)
  singular: ['hän', 'hänet', 'häntä', 'hänen', 'hänelle', 'hänestä', 'hänellä', 'häneen', 'häneltä'],
  fate: [
    'vangiksi', 'vankeude', 'vankeute', 'sotavank', 'haavoittu', 'haavoihin', 'vammoihin', 'kuulustel', 'antautu', 'räjäytti itsensä', 'räjäytti käsikranaatin', 'surmasi itsensä', 'juoksuhaud', 'juoksuhaut', 'bunkkeri', 'korsussa$', 'korsuun$',
  ],
  // his fate where the verb says "he" (not "haavoittui" alone: "Siviili haavoittui")
  fateAlone: ['joutui vangiksi', 'jäi vangiksi', 'otettiin vangiksi', 'kuoli (?:saamiinsa )?(?:haavoihinsa|vammoihinsa)', 'antautui$'],
  speech: ['sanoi$', 'sanoo$', 'kertoi$', 'kertoo$', 'totesi$', 'toteaa$', 'lisäsi$', 'korosti$', 'varoitti$', 'vaati$', 'kehotti$', 'kiitti$', 'kehui$', 'ylisti$', 'väitti$', 'että$'],
  agentMarks: { after: ['toimesta'] },
  // the Korean War: truce village, the 1953 armistice, the Chinese volunteers
  history: ['panmunjom', 'kiinan kansan vapaaehtoi', 'kiinalaiset vapaaehtoiset', '1953 aselepo', '1953 solmit'],
};
