// The shape of one language's texts. Every language but English lives in catalogs/<locale>.ts
// as a Catalog; English is built here from the fact sheet itself and catalogs/en.ts, so the
// English facts have one home (assets/fact-sheet.json).
import { factSheet } from '../fact-sheet';
import { ASPECT_LABELS, ATTRIBUTION_LABELS, CERTAINTY_LABELS, type Aspect, type Attribution, type Certainty } from '../fact-sheet-types';
import { EN_UI, type UiKey } from './catalogs/en';

export type { UiKey };

/** The fact sheet's aspects and the two more the detector names (captives, general). */
export type AspectName = Aspect | 'captives' | 'general';

export interface FactText {
  /** The fact's statement, with the English one's hedge and numbers ({11000}). */
  statement: string;
  /** The article's quote translated; shown beside the English words, labelled as a translation. */
  quote: string;
  /** The fact's place (fact-sheet `place`), named as this language's press names it. */
  place?: string;
}

export interface Catalog {
  ui: Record<UiKey, string>;
  /** The topic's name: the card's and the sheet's title. */
  topic: string;
  /** The fact sheet's note on the article's (unnamed) sources. */
  sourcesNote: string;
  aspects: Record<AspectName, string>;
  attributions: Record<Attribution, string>;
  certainties: Record<Certainty, string>;
  /** By fact id: every fact of assets/fact-sheet.json (a unit test checks that none is missing). */
  facts: Record<string, FactText>;
  /** By caveat id. */
  caveats: Record<string, string>;
}

export const ENGLISH: Catalog = {
  ui: EN_UI,
  topic: factSheet.topic.name,
  sourcesNote: factSheet.article.sources_note,
  aspects: { ...ASPECT_LABELS, captives: 'Captured soldiers', general: 'The deployment' },
  attributions: ATTRIBUTION_LABELS,
  certainties: CERTAINTY_LABELS,
  facts: Object.fromEntries(factSheet.facts.map((f) => [f.id, { statement: f.statement, quote: f.quote, place: f.place }])),
  caveats: Object.fromEntries(factSheet.caveats.map((c) => [c.id, c.text])),
};
