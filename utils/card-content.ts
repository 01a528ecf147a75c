import type { Mention } from './detect/types';
import type { Aspect, Caveat, Fact, FigureKind } from './fact-sheet-types';
import { caveatsFor, factsForAspect, referenceComparison } from './fact-sheet';
import { translate, type Translate } from './i18n/translate';

// What a card shows for one mention: the facts about what its sentence is about in full,
// the rest in one line each, the caveats of what is shown, and the page's figures beside the article's.

export interface CardContent {
  primary: Fact[];
  others: Fact[];
  caveats: Caveat[];
  comparisons: string[];
  gap: string | null;
}

// The detector names what a sentence is about; these are the fact sheet's aspects that answer it.
const ANSWERS: Record<Mention['aspect'], Aspect[]> = {
  numbers: ['numbers'],
  casualties: ['casualties', 'readiness'],
  captives: [],
  units: ['units'],
  location: ['location'],
  decision: ['decision'],
  motives: ['motives', 'analysis'],
  implications: ['implications', 'significance', 'outlook'],
  general: ['numbers', 'units', 'location'],
};

const COMPARABLE: Partial<Record<string, FigureKind>> = { troops: 'troops', killed: 'killed', injured: 'injured' };

/** `t`: the reader's language, in which the gap and the comparisons are worded (the facts are worded by the view). */
export function cardContent(mention: Pick<Mention, 'aspect' | 'figures'>, t: Translate = translate('en')): CardContent {
  const wanted = ANSWERS[mention.aspect] ?? ANSWERS.general;
  const all = factsForAspect(null);
  let primary = all.filter((f) => wanted.includes(f.aspect));
  let gap: string | null = null;
  if (primary.length === 0) {
    // Captured soldiers: the article says nothing of them, and the card says so instead of guessing.
    gap = t('cardGapCaptives');
    primary = all.filter((f) => ANSWERS.general.includes(f.aspect));
  }
  const shown = new Set(primary.map((f) => f.id));
  const others = all.filter((f) => !shown.has(f.id));
  const comparisons: string[] = [];
  for (const fig of mention.figures) {
    const kind = COMPARABLE[fig.kind];
    if (!kind || fig.vague) continue;
    // The page's figure is a number already, whatever language the page is in: only the wording is the reader's.
    const comparison = referenceComparison(kind, fig.value);
    const line = comparison && t.comparison(comparison);
    if (line && !comparisons.includes(line)) comparisons.push(line);
  }
  return { primary, others, caveats: caveatsFor([...shown]), comparisons, gap };
}
