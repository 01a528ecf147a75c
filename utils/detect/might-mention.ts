import { quickFilter } from './quick-filter';
import { QUICK_FILTER_DATA } from './quick-filter.data';

// The content script's pre-filter: cheap, lexicon-free, never misses what the detector would find.
const quick = quickFilter(QUICK_FILTER_DATA);

export const mightMentionQuick = (text: string): boolean => quick.test(text);
/** Offsets in the text where a mention may start nearby (see QuickFilter.hits). */
export const quickHits = (text: string): number[] => quick.hits(text);
