import type { MentionList, TabSummary } from '../../utils/messages';
import type { Settings } from '../../utils/settings-model';

// Everything the popup asks of the browser, behind one interface: the real one talks to the
// extension APIs (browser-api.ts), tests pass a fake.

export interface TabRef {
  id: number;
  /** Only when the browser lets the extension see it (it has no "tabs" permission). */
  url?: string;
}

export type MentionReply = MentionList;
export type { TabSummary };

export interface PopupApi {
  /** The tab the popup is about: `?tab=<id>` if given, else the active tab of this window. */
  currentTab(): Promise<TabRef | null>;
  /** Rejects when no content script answers in the tab's top frame. */
  listMentions(tabId: number): Promise<MentionReply>;
  summary(tabId: number): Promise<TabSummary>;
  focusMention(tabId: number, index: number): Promise<void>;
  /** Firefox: whether access to websites is granted; null where the question does not apply. */
  hostAccess(): Promise<boolean | null>;
  requestHostAccess(): Promise<boolean>;
  loadSettings(): Promise<Settings>;
  saveSettings(next: Settings): Promise<void>;
  watchSettings(onChange: (s: Settings) => void): () => void;
  openSheetTab(): void;
  /** True in the toolbar popup, false when the page is open in a tab. */
  isPopup(): Promise<boolean>;
  close(): void;
}
