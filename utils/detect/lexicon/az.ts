import type { Lexicon } from './types';

export const az: Lexicon = {
  lang: 'az',
  oblique: ['onları', 'onlara', 'onların', 'onlardan', 'onlarla', 'onlarda'],
  dispatch: ['göndəril', 'yerləşdiril'],
  spaced: true,
  support: ['dəstək', 'dəstəy', 'həmrəylik'],
  range: { and: ['və'] },
  pronouns: ['onlar'],
  standIns: ['onlardan biri', 'onlardan birinin'],
  anaphora: ['həmin', 'hər iki', 'iki'],
  nk: ['şimali koreya', 'simali koreya', 'pxenyan', 'phenyan', 'kim çen ın', 'kim çen in', 'kim çen un', 'kim jong[\\s-]{0,2}un', 'kxdr$'],
  strong: ['fırtına korpus', 'storm corps'],
  pers: ['əsgər', 'esger', 'hərbçi', 'qoşun', 'qüvvə', 'bölmə', 'əsir', 'döyüşçü', 'muzdlu', 'kontingent', 'korpus', 'zabit', 'general', 'itki', 'həlak olan', 'yaralı', 'iştirak', 'şəhid', 'hərbi qulluqçu', 'komandir', 'snayper', 'briqada', 'batalyon', 'diviziya', 'piyada',
    // engineers, sappers, deminers, pilots (not pilotsuz, a drone), military builders, scouts, paratroopers
    'mühəndis', 'istehkamçı', 'sapyor', 'minatəmizləyən', 'minaaxtaran', 'pilot(?:lar|ları|ların|lara|u|un|a)?$', 'təyyarəçi', 'hərbi inşaatçı', 'kəşfiyyatçı', 'desantçı', 'hərbi personal', 'xüsusi təyinatlılar'],
  // counted people ("12 min nəfər"): weak, so that civilian workers counted so stay a near miss (labour)
  persWeak: ['nəfər(?<=(?:\\d\\d\\d|min|yüz)[\\s\\u00a0]+nəfər)', 'ordu'],
  fused: ['şimali koreyalılar', 'şimali koreyalı(?:nı|ya|nın|dan)$', 'koreya xalq ordu'],
  ctx: ['ukrayna', 'kursk', 'kiyev', 'zelenski', 'cəbhə', 'döyüş meydanı', 'döyüşlər', 'donbas', 'donetsk', 'zaporojye', 'xarkov', 'belqorod', 'sudja', 'sudca', 'səngər'],
  ctxWeak: ['rusiya', 'rus$', 'moskva', 'kreml', 'putin', 'göndər', 'yerləşdir', 'müharibə', 'itki', 'həlak', 'yaralan', 'qəhrəman', 'medal', 'abidə', 'azad ed', 'dron', 'pilotsuz', 'əsir', 'mina\\p{L}{0,5} təmizl', 'kontingent', 'döyüş', 'təltif'],
  neg: ['parad', 'təlim', 'qaçqın', 'koreya müharibəsi', 'qaç(?:ıb|dı|an)', 'sərhədi keç'],
  labour: ['fəhlə', 'işçi(?! partiya)'], // not a Workers' Party
  foreign: ['rus$', 'rusiya(?:nın)?$', 'ukraynalı', 'ukrayna(?:nın)?$', 'cənubi koreya', 'amerika'],
  killed: ['öldü', 'həlak', 'öldürül'], injured: ['yaralan', 'yaralı'], captured: ['əsir', 'tutul'],
  qualBefore: { approximately: ['təxminən', 'təqribən'], 'at least': ['ən azı'] },
  qualAfter: { over: ['çox', 'artıq'] },
  scale: { 'milyon$': 1e6 },
  vague: { 'minlərlə': 1000, 'yüzlərlə': 100 },
  stop: ['və', 'bir', 'bu', 'ilə', 'üçün', 'olaraq', 'görə', 'da', 'də', 'ki', 'olan', 'isə', 'haqda', 'barədə', 'kimi', 'qədər', 'həm', 'lakin', 'amma', 'artıq', 'hələ', 'həmçinin', 'onun', 'sonra', 'əvvəl', 'ərzində', 'üzrə', 'digər', 'daha', 'ancaq', 'yəni', 'hər', 'tərəfindən'],
  relatives: ['tr'],
  letters: ['ə', '[ğış]'],
  usual: 'ə',
  gates: { anyCase: ['kore'], capitalised: ['kxdr', 'phenya', 'pxen', 'kim'] },
  // Page reading (types.ts singular ... history). Azerbaijani "o" is also "that": only its other cases
  singular: ['onu', 'ona', 'onun', 'ondan', 'onunla', 'özü'],
  fate: ['əsir düş', 'əsir götürül', 'əsir alın', 'əsirlik', 'hərbi əsir', 'yaralan', 'yaraları', 'dindiril', 'sorğu-sual', 'təslim ol', 'səngər', 'bunker'],
  // his fate where the verb says "he" (Azerbaijani drops the subject)
  fateAlone: ['əsir düşdü', 'əsir götürüldü', 'əsir alındı', 'təslim oldu', 'aldığı yaralardan (?:öldü|həlak oldu|vəfat etdi)'],
  speech: ['dedi$', 'deyib$', 'bildirdi', 'bildirib', 'söylədi', 'söyləyib', 'qeyd etdi', 'qeyd edib', 'vurğuladı', 'vurğulayıb', 'xəbərdarlıq', 'tələb etdi', 'çağırdı', 'təriflədi', 'təşəkkür', 'iddia', 'deyə$'],
  agentMarks: { after: ['tərəfindən'] },
  casualties: ['itki', 'tələfat'],
  // the Korean War: truce village, the 1953 armistice, the Chinese volunteers
  history: ['panmunjom', 'panmuncom', '1953-cü il atəşkəs', 'çin xalq könüllü'],
};
