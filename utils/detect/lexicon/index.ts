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
import { sv, da, no } from './nordic';
import { tr } from './tr';
import { ar, fa, ur } from './ar';
import { vi } from './vi';
import { id } from './id';
import { hi, bn } from './hi';
import { th } from './th';
import { cs, sk } from './cs';
import { ro } from './ro';
import { he } from './he';
import { el, hu, fi, bg, sr, lt, lv, et, ca, sw, tl, ka, hy, az, kk, uz } from './extra';

export type { Lexicon } from './types';

/** Every lexicon the detector knows, English first (the fallback for Latin script). */
export const LEXICONS: readonly Lexicon[] = [
  en, ko, ja, zh, ru, uk, de, fr, es, it, pt, nl, pl, sv, da, no, tr, ar, fa, ur, vi, id, hi, bn, th, cs, sk, ro, he,
  el, hu, fi, bg, sr, lt, lv, et, ca, sw, tl, ka, hy, az, kk, uz,
];
