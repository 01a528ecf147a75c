import type { Lexicon } from './types';

export const uz: Lexicon = {
  lang: 'uz',
  spaced: true,
  nk: ['shimoliy koreya', 'pxenyan', 'kim chen in', 'kim jong[\\s-]{0,2}un', 'kxdr$'],
  pers: ['askar', 'harbiy', 'qo\'shin', 'kuch', 'asir', 'jangchi', 'bo\'linma', 'yollanma'],
  persWeak: ['armiya'],
  ctx: ['ukraina', 'kursk', 'kiyev', 'zelenskiy', 'front', 'jang maydoni', 'janglar'],
  ctxWeak: ['rossiya', 'moskva', 'kreml', 'putin', 'yubor', 'joylashtir', 'urush', 'yo\'qotish'],
  neg: ['parad', 'mashq', 'qochoq', 'koreya urushi', 'ishchi'],
  foreign: ['rus$', 'rossiya\\p{L}{0,3}$', 'ukrainalik', 'janubiy koreya', 'amerika'],
  killed: ['halok', 'o\'ldirildi', 'o\'ldi'], injured: ['yarador'], captured: ['asir'],
  scale: { 'ming$': 1e3, 'million': 1e6 },
  vague: { 'minglab': 1000, 'yuzlab': 100 },
  stop: ['va', 'bu', 'bilan', 'uchun', 'deb', 'bir', 'ham', 'esa', 'edi', 'qilib'],
  relatives: ['tr'],
  gates: { anyCase: ['kore'], capitalised: ['kxdr', 'pxen', 'kim'] },
};
