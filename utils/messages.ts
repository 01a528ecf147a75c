// Every message that crosses between the content script, the background and the popup: one map
// per receiver, each entry a payload and its reply. platform/messaging.ts sends and receives
// them; nothing else builds a message. Only counts, aspects and short snippets of the current
// page travel; nothing is stored.

export interface AspectCount {
  aspect: string;
  count: number;
}

/** One entry of a map: what the sender passes, what the receiver answers. */
export interface Exchange<Data, Reply> {
  data: Data;
  reply: Reply;
}

/** The content script's frame: how its scan stands (tests and the harness wait on it). */
export interface FrameStatus {
  /** Work is queued: a scan is not over yet. */
  busy: boolean;
  count: number;
  /** Running on this site (not turned off for it, or everywhere). */
  active: boolean;
  top: boolean;
  /** When the scan began, on the page's own clock (performance.now()); null before. */
  startedAt: number | null;
}

export interface MentionSummary {
  index: number;
  aspect: string;
  /** The language the mention was found in (the popup's "page language"). */
  lang?: string;
  phrase: string;
  before: string;
  after: string;
}
export interface MentionList {
  /** The page's hostname: the popup cannot read the tab's URL without the tabs permission. */
  host?: string;
  mentions: MentionSummary[];
  hostDisabled: boolean;
}

/** Which mention to move to: one by its place in the list, or the next or previous one (wrapping). */
export type FocusTarget = { index: number } | { step: 'next' | 'previous' };

/** This frame's mentions, as the badge counts them. */
export interface FrameCount {
  count: number;
  byAspect: AspectCount[];
}

export interface TabSummary {
  total: number;
  byAspect: AspectCount[];
  frames: number;
}

/**
 * The parts of the content script that load later: the screen (entrypoints/screen/) on a page that
 * names North Korea, the engine (entrypoints/engine/) where the screen finds what a mention needs,
 * the card's UI (entrypoints/card/) when a card first opens.
 */
export type LazyPart = 'screen' | 'engine' | 'card';

/** Handled by the content script (the popup and the shortcuts talk to the top frame). */
export interface ContentMessages {
  status: Exchange<null, FrameStatus>;
  'list-mentions': Exchange<null, MentionList>;
  /** Scrolls to the mention and opens its card with focus inside; false when there is none. */
  'focus-mention': Exchange<FocusTarget, { focused: boolean }>;
  /** To every frame: hide or show all highlights (the reader's shortcut); the top frame announces it. */
  'show-highlights': Exchange<{ shown: boolean }, { shown: boolean }>;
}

/** Handled by the background. */
export interface BackgroundMessages {
  /** From a frame whose count changed; the reply is the tab's new total. */
  'frame-report': Exchange<FrameCount, { total: number }>;
  /** The whole fact sheet in a tab of its own (a page cannot open the popup). */
  'open-sheet': Exchange<null, { opened: true }>;
  'tab-summary': Exchange<{ tabId: number }, TabSummary>;
  /** Hides the tab's highlights, or shows them again (the shortcut's action, also from extension pages). */
  'toggle-highlights': Exchange<{ tabId: number }, { shown: boolean }>;
  /**
   * Runs a lazily loaded part in the asking frame's content-script world (not the page's): no
   * file of ours is web-accessible, so no page can tell from our files that we are installed.
   */
  'load-part': Exchange<{ part: LazyPart }, { loaded: true }>;
  /** Adds the highlights' sheet to the asking frame, with its first mention (no sheet on the other pages). */
  'add-highlight-sheet': Exchange<null, { added: true }>;
}

export type DataOf<M, K extends keyof M> = M[K] extends Exchange<infer D, unknown> ? D : never;
export type ReplyOf<M, K extends keyof M> = M[K] extends Exchange<unknown, infer R> ? R : never;

/** What travels: the message's name and its payload. */
export interface Envelope<M, K extends keyof M = keyof M> {
  type: K;
  data: DataOf<M, K>;
}
