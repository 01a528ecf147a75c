import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectOptions, Mention } from '../../utils/detect/types';
import type { FocusTarget } from '../../utils/messages';
import type { Settings } from '../../utils/settings-model';
import type { PageMention } from './scanner';
import { partLoader } from './part-port';

// The one surface of the lazily loaded engine (entrypoints/engine/): the full detector and the
// cards (hover, keyboard, the card itself). The content script imports types only from here and
// nothing at all from the engine's folder, so none of its code is bundled into the always-loaded
// script (tests/unit/bundle-content.test.ts fails if it is). The background runs the engine's file
// in this frame's content-script world (no file of ours is web-accessible to pages), where it
// leaves its surface on the global: an isolated world, invisible to the page.
export const ENGINE_GLOBAL = '__kurskContextEngine';

/** The full detector. */
export interface Finder {
  /** The detector reading in steps (utils/detect.ts mentionsInSteps): the scanner pauses between them. */
  mentionsInSteps: (text: string, options?: DetectOptions) => Generator<null, Mention[]>;
  /** Builds what the first reading with page context needs (a task of its own). */
  preparePageContext: () => void;
}

export interface Engine extends Finder {
  /** Mentions in document order (the scanner keeps them by block, in no particular order). */
  inDocumentOrder(mentions: PageMention[]): PageMention[];
  /** Hover, keyboard and the card, on a page that has mentions. */
  mountCards(ctx: ContentScriptContext, deps: CardDeps): Cards;
}

/** What the cards read of the frame: the data flows in; the cards never drive the scan. */
export interface CardDeps {
  /** The mention under a DOM point. */
  find: (node: Node, offset: number) => PageMention | null;
  /** True when the page has a mention (cheap: pointer moves ask it). */
  hasMentions: () => boolean;
  /** The page's mentions now, in no particular order. */
  mentions(): PageMention[];
  /** The reader's settings now (the trigger is read on each use, so a change applies at once). */
  settings(): Settings;
  /** Marks the mention whose card is open (null: none). */
  markActive: (range: Range | null) => void;
  openSheet: () => void;
  disableSite: () => void;
}

export interface Cards {
  /** Mentions gone from the page: a card open on one of them closes. */
  removed(mentions: PageMention[]): void;
  /** Scrolls to a mention and opens its card with focus inside; false when the page has none. */
  focus(target: FocusTarget): Promise<boolean>;
  /** True for our card's host and anything in it (the scanner ignores its changes). */
  owns(node: Node): boolean;
  /** Closes the card and stops listening (the site was turned off); the context's end does it too. */
  unmount(): void;
}

function isEngine(value: unknown): value is Engine {
  return typeof value === 'object' && value !== null && 'mountCards' in value && 'mentionsInSteps' in value;
}

export const loadEngine = partLoader('engine', ENGINE_GLOBAL, isEngine);
