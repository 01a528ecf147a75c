import type { Compiled } from './compiled';
import type { MentionAspect, PageFigure } from './types';

const has = (re: RegExp | null, s: string): boolean => {
  if (!re) return false;
  re.lastIndex = 0;
  return re.test(s);
};

/**
 * What a mention's sentence is about. The most specific subject wins: captives, then losses,
 * then troop numbers, the formation, motives, consequences, the decision, and the place.
 */
export function aspectOf(sentence: string, c: Compiled, figures: PageFigure[], hasStrong: boolean): MentionAspect {
  if (has(c.captured, sentence)) return 'captives';
  if (has(c.killed, sentence) || has(c.injured, sentence) || has(c.casualties, sentence)) return 'casualties';
  if (figures.some((f) => f.kind === 'troops')) return 'numbers';
  if (hasStrong || has(c.units, sentence)) return 'units';
  if (has(c.motives, sentence)) return 'motives';
  if (has(c.implications, sentence)) return 'implications';
  if (has(c.decision, sentence)) return 'decision';
  if (has(c.location, sentence)) return 'location';
  return 'general';
}
