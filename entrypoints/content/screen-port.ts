import type { Screen } from '../../utils/detect/screen';
import { partLoader } from './part-port';

// The surface of the lazily loaded screen (entrypoints/screen/): its test. The content script
// imports its type only, so the screen's word sets stay out of the always-loaded script.
export const SCREEN_GLOBAL = '__kurskContextScreen';

const isScreen = (value: unknown): value is Screen => typeof value === 'object' && value !== null && 'test' in value;

export const loadScreen = partLoader('screen', SCREEN_GLOBAL, isScreen);
