import { quickFilter } from './quick-filter';
import { QUICK_FILTER_DATA } from './quick-filter.data';

/** The content script's pre-filter: cheap, lexicon-free, never misses what the detector would find. */
export const mightMentionQuick: (text: string) => boolean = quickFilter(QUICK_FILTER_DATA);
