// Every language but English (which catalog.ts builds from the fact sheet), one file each.
import type { Catalog } from '../catalog';
import type { Locale } from '../locales';
import { ar } from './ar';
import { de } from './de';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { pt } from './pt';
import { ru } from './ru';
import { uk } from './uk';
import { zh } from './zh';

export const CATALOGS: Record<Exclude<Locale, 'en'>, Catalog> = { ko, ru, uk, ja, zh, de, fr, es, it, pt, ar };
