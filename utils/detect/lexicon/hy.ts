import type { Lexicon } from './types';

// Armenian: articles and case endings follow the stem; words begin at spaces (no stem is a hit inside a word).
export const hy: Lexicon = {
  lang: 'hy',
  spaced: true,
  nk: ['հյուսիսային կորե', 'հյուսիսկորե', 'կժդհ', 'կհժդ', 'փխենյան', 'փհենյան', 'կիմ չեն', 'կիմ ջոնգ'],
  // "Korean": North Korean only where the sentence is about the war (Kursk, Ukraine, the front)
  nkWeak: ['կորեացի'],
  pers: ['զինվոր', 'ռազմագերի', 'զորք', 'ուժեր', 'զինծառայող', 'գերի', 'ստորաբաժան', 'մարտիկ', 'անձնակազմ', 'վարձկան'],
  persWeak: ['բանակ'],
  ctx: ['ուկրաին', 'ռազմաճակատ', 'ռազմագերի', 'կուրսկ', 'կիև', 'զելենսկ', 'ճակատ', 'մարտադաշտ', 'մարտեր'],
  ctxWeak: ['ռդ$', 'ռուսաստան', 'մոսկվա', 'կրեմլ', 'պուտին', 'ուղարկ', 'տեղակայ', 'պատերազմ'],
  neg: ['շքերթ', 'զորավարժ', 'դասալիք', 'կորեական պատերազմ', 'աշխատող'],
  foreign: ['ռուս', 'ուկրաինացի', 'ուկրաինական', 'հարավային կորե', 'ամերիկյան'],
  killed: ['զոհվ', 'սպանվ'], injured: ['վիրավոր'], captured: ['գերի'],
  scale: { 'հազար': 1e3 },
  vague: { 'հազարավոր': 1000, 'հարյուրավոր': 100 },
  nonLatin: true,
  gates: { script: ['կորե', 'կհժդ', 'կժդհ', 'փխենյան', 'փհենյան', 'կիմ'] },
};
