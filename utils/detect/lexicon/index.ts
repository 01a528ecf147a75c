import type { Lexicon } from './types';
import { en } from './en';
import { ko } from './ko';
import { ja } from './ja';
import { zh } from './zh';
import { ru } from './ru';
import { uk } from './uk';
import { de } from './de';
import { fr } from './fr';
import { es } from './es';
import { it } from './it';
import { pt } from './pt';
import { nl } from './nl';
import { pl } from './pl';
import { sv } from './sv';
import { da } from './da';
import { no } from './no';
import { tr } from './tr';
import { ar } from './ar';
import { fa } from './fa';
import { ur } from './ur';
import { vi } from './vi';
import { id } from './id';
import { hi } from './hi';
import { bn } from './bn';
import { th } from './th';
import { cs } from './cs';
import { sk } from './sk';
import { ro } from './ro';
import { he } from './he';
import { el } from './el';
import { hu } from './hu';
import { fi } from './fi';
import { bg } from './bg';
import { sr } from './sr';
import { lt } from './lt';
import { lv } from './lv';
import { et } from './et';
import { ca } from './ca';
import { sw } from './sw';
import { tl } from './tl';
import { ka } from './ka';
import { hy } from './hy';
import { az } from './az';
import { kk } from './kk';
import { uz } from './uz';
import { te } from './te';

export type { Lexicon } from './types';

// One file per language holds all of that language's words (lexicon/<lang>.ts); a new language is
// one new file, listed here, and its corpus (tests/corpus/real/<lang>.jsonl).

/** Every lexicon the detector knows, English first (the fallback for Latin script). */
export const LEXICONS: readonly Lexicon[] = [
  en, ko, ja, zh, ru, uk, de, fr, es, it, pt, nl, pl, sv, da, no, tr, ar, fa, ur, vi, id, hi, bn, th, cs, sk, ro, he,
  el, hu, fi, bg, sr, lt, lv, et, ca, sw, tl, ka, hy, az, kk, uz, te,
];
