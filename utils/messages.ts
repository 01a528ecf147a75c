// The messages that cross between the content script, the background and the popup.
// Only counts, aspects and short snippets of the current page travel; nothing is stored.

export interface AspectCount {
  aspect: string;
  count: number;
}

/** Content script → background: this frame's mention count changed. */
export interface FrameReport {
  type: 'frame-report';
  count: number;
  byAspect: AspectCount[];
  /** True when a top frame starts a new document: the tab's old counts are dropped. */
  reset?: boolean;
}

/** Popup/background → content script (top frame). */
export interface ListRequest {
  type: 'list-mentions';
}
export interface FocusRequest {
  type: 'focus-mention';
  index: number;
}
export interface Ping {
  type: 'ping';
}

/** Content script → asker of `{type: 'status'}`: how this frame's scan stands. */
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

export type ContentMessage = ListRequest | FocusRequest | Ping;
export type BackgroundMessage = FrameReport | Ping | { type: 'tab-total' };

export function isMessage<T extends { type: string }>(value: unknown, type: T['type']): value is T {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === type;
}
