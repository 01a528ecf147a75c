import { browser } from 'wxt/browser';
import { sendToBackground, sendToTab } from '../../platform/messaging';
import { loadSettings, saveSettings, watchSettings } from '../../platform/settings';
import type { PopupApi } from './popup-api';

const ALL_SITES = { origins: ['<all_urls>'] };
// Only Firefox's Manifest V3 lets the user withhold the content script's access to websites
// and lets the extension ask for it back. In MV2 that access is granted with the install (and
// permissions.contains says false for it, so asking there would mislead); Chrome's site access
// lives in its own menu, which an extension cannot open.
const canWithholdSites = () => browser.runtime.getURL('/').startsWith('moz-extension:') && browser.runtime.getManifest().manifest_version >= 3;

/** The popup's API over the real extension APIs. `tabParam`: `?tab=<id>` from the URL. */
export function browserApi(tabParam: number | null): PopupApi {
  return {
    async currentTab() {
      if (tabParam !== null) {
        const tab = await browser.tabs.get(tabParam).catch(() => null);
        return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
      }
      // The popup's window is the browser window it drops from; while it opens, some builds
      // have no "current" window yet, and the last focused one is the same window.
      const active = async (where: { currentWindow?: true; lastFocusedWindow?: true }) =>
        (await browser.tabs.query({ active: true, ...where })).find((t) => t.id !== undefined);
      const tab = (await active({ currentWindow: true })) ?? (await active({ lastFocusedWindow: true }));
      return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
    },
    listMentions: (tabId) => sendToTab(tabId, 'list-mentions', null),
    summary: (tabId) => sendToBackground('tab-summary', { tabId }),
    async focusMention(tabId, index) {
      await sendToTab(tabId, 'focus-mention', { index });
    },
    hostAccess: async () => (canWithholdSites() ? browser.permissions.contains(ALL_SITES) : null),
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
