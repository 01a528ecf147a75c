/** Public types of the detector (re-exported by utils/detect.ts). */

export type MentionAspect = 'numbers' | 'casualties' | 'captives' | 'units' | 'location' | 'decision' | 'motives' | 'implications' | 'general';

// What a figure on the page counts, and how the page qualifies it. The fact sheet's own FigureKind
// and Qualifier (fact-sheet-types.ts) describe the article's figures; the card compares the two.
export type PageFigureKind = 'troops' | 'killed' | 'injured' | 'casualties' | 'captured' | 'other';
export type PageQualifier = 'over' | 'approximately' | 'at least' | 'up to' | 'under';

export interface PageFigure {
  value: number;
  /** Upper bound when the text gives a range ("between 10,000 and 12,000"). */
  max?: number;
  text: string;
  start: number;
  end: number;
  kind: PageFigureKind;
  qualifier: PageQualifier | null;
  /** "thousands", "hundreds", "수천": an order of magnitude, not a count. */
  vague?: boolean;
}

export interface Mention {
  start: number;
  end: number;
  text: string;
  lang: string;
  aspect: MentionAspect;
  figures: PageFigure[];
  sentenceStart: number;
  sentenceEnd: number;
}

export interface DetectOptions {
  /** The page is already about the topic: a short, tight mention needs no context in its own sentence. */
  pageContext?: boolean;
}
