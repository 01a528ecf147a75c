import type { AspectCount, MentionSummary } from '../utils/messages';

// What the popup knows about the current tab, as one value the "This page" view renders.
export type PageState =
  | { kind: 'loading' }
  /** No content script answers: a browser page, an add-on store, the PDF viewer, or a tab opened before install. */
  | { kind: 'unavailable' }
  /** Firefox: the user withheld access to websites. */
  | { kind: 'no-access' }
  | { kind: 'off-everywhere' }
  /** host: the tab's hostname when the popup can know it, else null. */
  | { kind: 'off-site'; host: string | null }
  | {
      kind: 'ready';
      /** All frames' mentions: the number on the toolbar badge. */
      total: number;
      byAspect: AspectCount[];
      /** The top frame's mentions, in document order. */
      mentions: MentionSummary[];
      host: string | null;
    };
