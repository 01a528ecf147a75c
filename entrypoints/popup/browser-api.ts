import { browser } from 'wxt/browser';
import type { FocusRequest, ListRequest } from '../../utils/messages';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings';
import type { MentionReply, PopupApi, TabSummary } from './popup-api';

const ALL_SITES = { origins: ['<all_urls>'] };
// Firefox lets the user withhold access to websites; Chrome's site access lives in its own menu.
const isFirefox = () => browser.runtime.getURL('/').startsWith('moz-extension:');

/** The popup's API over the real extension APIs. `tabParam`: `?tab=<id>` from the URL. */
export function browserApi(tabParam: number | null): PopupApi {
  return {
    async currentTab() {
      if (tabParam !== null) {
        const tab = await browser.tabs.get(tabParam).catch(() => null);
        return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
    },
    listMentions: (tabId) =>
      browser.tabs.sendMessage(tabId, { type: 'list-mentions' } satisfies ListRequest, { frameId: 0 }) as Promise<MentionReply>,
    summary: (tabId) => browser.runtime.sendMessage({ type: 'tab-summary', tabId }) as Promise<TabSummary>,
    async focusMention(tabId, index) {
      await browser.tabs.sendMessage(tabId, { type: 'focus-mention', index } satisfies FocusRequest, { frameId: 0 });
    },
    hostAccess: async () => (isFirefox() ? browser.permissions.contains(ALL_SITES) : null),
    // Must run straight from the click: permissions.request needs the user's gesture.
    requestHostAccess: () => browser.permissions.request(ALL_SITES),
    loadSettings,
    saveSettings,
    watchSettings,
    openSheetTab() {
      void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=sheet') }).catch(() => undefined);
    },
    async isPopup() {
      // An extension page in a tab has a current tab; the toolbar popup has none.
      return (await browser.tabs.getCurrent().catch(() => undefined)) === undefined;
    },
    close: () => window.close(),
  };
}
