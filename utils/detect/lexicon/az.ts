import type { Lexicon } from './types';

export const az: Lexicon = {
  lang: 'az',
  oblique: ['onları', 'onlara', 'onların', 'onlardan', 'onlarla', 'onlarda'],
  spaced: true,
  pronouns: ['onlar'],
  standIns: ['onlardan biri', 'onlardan birinin'],
  anaphora: ['həmin', 'hər iki', 'iki'],
  nk: ['şimali koreya', 'simali koreya', 'pxenyan', 'phenyan', 'kim çen ın', 'kim çen in', 'kim çen un', 'kim jong[\\s-]{0,2}un', 'kxdr$'],
  strong: ['fırtına korpus', 'storm corps'],
  pers: ['əsgər', 'esger', 'hərbçi', 'qoşun', 'qüvvə', 'bölmə', 'əsir', 'döyüşçü', 'muzdlu', 'kontingent', 'korpus', 'zabit', 'general', 'itki', 'həlak olan', 'yaralı', 'iştirak', 'şəhid', 'hərbi qulluqçu', 'komandir', 'snayper', 'briqada', 'batalyon', 'diviziya', 'piyada'],
  persWeak: ['ordu'],
  fused: ['şimali koreyalılar', 'koreya xalq ordu'],
  ctx: ['ukrayna', 'kursk', 'kiyev', 'zelenski', 'cəbhə', 'döyüş meydanı', 'döyüşlər', 'donbas', 'donetsk', 'zaporojye', 'xarkov', 'belqorod', 'sudja'],
  ctxWeak: ['rusiya', 'rus$', 'moskva', 'kreml', 'putin', 'göndər', 'yerləşdir', 'müharibə', 'itki', 'həlak', 'yaralan', 'qəhrəman', 'medal', 'abidə', 'azad ed', 'dron', 'pilotsuz', 'əsir', 'mina\\p{L}{0,5} təmizl', 'kontingent', 'döyüş', 'təltif'],
  neg: ['parad', 'təlim', 'qaçqın', 'koreya müharibəsi', 'qaç(?:ıb|dı|an)', 'sərhədi keç'],
  labour: ['fəhlə', 'işçi(?! partiya)'], // not a Workers' Party
  foreign: ['rus$', 'rusiya(?:nın)?$', 'ukraynalı', 'ukrayna(?:nın)?$', 'cənubi koreya', 'amerika'],
  killed: ['öldü', 'həlak', 'öldürül'], injured: ['yaralan', 'yaralı'], captured: ['əsir', 'tutul'],
  qualBefore: { approximately: ['təxminən', 'təqribən'], 'at least': ['ən azı'] },
  qualAfter: { over: ['çox', 'artıq'] },
  scale: { 'milyon$': 1e6 },
  vague: { 'minlərlə': 1000, 'yüzlərlə': 100 },
  stop: ['və', 'bir', 'bu', 'ilə', 'üçün', 'olaraq', 'görə', 'da', 'də', 'ki', 'olan', 'isə'],
  relatives: ['tr'],
  letters: ['ə'],
  gates: { anyCase: ['kore'], capitalised: ['kxdr', 'phenya', 'pxen', 'kim'] },
};
