// Typed model of the fact sheet (assets/fact-sheet.json): the reference article as grounded facts.
// The const lists are the single source of truth for allowed values; their order is the card order.

/** Aspects in the order the card and the popup show them. */
export const ASPECTS = [
  'numbers',
  'units',
  'location',
  'casualties',
  'readiness',
  'significance',
  'decision',
  'motives',
  'analysis',
  'implications',
  'outlook',
] as const;
export type Aspect = (typeof ASPECTS)[number];

/** Who the article says a claim comes from. "article" = the article's own unsourced words. */
export const ATTRIBUTIONS = ['reports', 'us-intelligence', 'analysts', 'article'] as const;
export type Attribution = (typeof ATTRIBUTIONS)[number];

/** How firm the claim is, as the article words it. */
export const CERTAINTIES = ['reported', 'estimated', 'assessed', 'characterisation', 'speculation'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const QUALIFIERS = ['over', 'approximately', 'at least', 'exactly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const FIGURE_UNITS = ['troops', 'fatalities', 'injured'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

export const FIGURE_KINDS = ['troops', 'killed', 'injured'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** The article gives the troop count twice: an initial estimate and a later figure. */
export const ESTIMATES = ['initial', 'later'] as const;
export type Estimate = (typeof ESTIMATES)[number];

export interface Figure {
  value: number;
  qualifier: Qualifier;
  unit: FigureUnit;
  kind: FigureKind;
  estimate: Estimate | null;
}

export interface Fact {
  /** kebab-case, stable: other code and caveats refer to it. */
  id: string;
  aspect: Aspect;
  /** Short paraphrase that keeps the article's hedge. */
  statement: string;
  /** Verbatim from the article. */
  quote: string;
  attribution: Attribution;
  certainty: Certainty;
  figures?: Figure[];
  /** Where the fact places the troops, verbatim from its quote ("Kursk region"): the short form a summary shows. */
  place?: string;
}

export interface Caveat {
  id: string;
  text: string;
  /** Fact ids this caveat qualifies. */
  applies_to: string[];
}

export interface ArticleMeta {
  /** The article's first line, verbatim. */
  title: string;
  // The article gives no date, byline or URL; null keeps us from inventing one.
  dated: null;
  byline: null;
  url: null;
  sources_note: string;
}

export interface Topic {
  id: string;
  name: string;
  description: string;
}

export interface FactSheet {
  article: ArticleMeta;
  topic: Topic;
  facts: Fact[];
  caveats: Caveat[];
}

export const ASPECT_LABELS: Record<Aspect, string> = {
  numbers: 'Troop numbers',
  units: 'Units',
  location: 'Where they fight',
  casualties: 'Casualties',
  readiness: 'Readiness',
  significance: 'Significance',
  decision: 'Whose decision',
  motives: 'Motives',
  analysis: "Analysts' view",
  implications: 'Implications',
  outlook: 'Outlook',
};

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  reports: 'Unnamed reports',
  'us-intelligence': 'U.S. intelligence (unnamed)',
  analysts: 'Unnamed analysts',
  article: "The article's own words",
};

export const CERTAINTY_LABELS: Record<Certainty, string> = {
  reported: 'Reported',
  estimated: 'Estimate',
  assessed: 'Assessment',
  characterisation: "Article's characterisation",
  speculation: 'Speculation',
};

function member<T extends string>(list: readonly T[]) {
  return (value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);
}

export const isAspect = member(ASPECTS);
export const isAttribution = member(ATTRIBUTIONS);
export const isCertainty = member(CERTAINTIES);
export const isQualifier = member(QUALIFIERS);
export const isFigureUnit = member(FIGURE_UNITS);
export const isFigureKind = member(FIGURE_KINDS);
export const isEstimate = member(ESTIMATES);
