import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from '@wxt-dev/storage';
import type { TabCounts } from '../../utils/badge-state';
import type { FocusTarget } from '../../utils/messages';
import { t } from '../../platform/i18n';
import { listen, sendToTab } from '../../platform/messaging';
import { backgroundHandlers, PerTabQueue, type BackgroundPlatform } from './handlers';

// Counts per tab live in session storage (memory only, never written to disk) so that a
// service worker that was put to sleep still sums the frames correctly when it wakes.
const tabKey = (tabId: number) => `session:tab-${tabId}` as const;
const hiddenKey = (tabId: number) => `session:hidden-${tabId}` as const;

/** "Kursk Context — Mentions on this page: 5", or the name alone when there are none. */
const countTitle = (total: number) => (total > 0 ? `${t('extName')} — ${t('pageCount', [String(total)])}` : t('extName'));

// Chrome MV3 has `action`, Firefox MV2 `browserAction`.
const action = () => browser.action ?? browser.browserAction;

const platform: BackgroundPlatform = {
  readCounts: (tabId) => storage.getItem<TabCounts>(tabKey(tabId)),
  writeCounts: (tabId, counts) => storage.setItem(tabKey(tabId), counts),
  setBadge: (tabId, text) => action().setBadgeText({ tabId, text }),
  setCountTitle: (tabId, total) => action().setTitle({ tabId, title: countTitle(total) }),
  readHidden: async (tabId) => (await storage.getItem<boolean>(hiddenKey(tabId))) === true,
  writeHidden: (tabId, hidden) => storage.setItem(hiddenKey(tabId), hidden),
  showHighlights: (tabId, shown) => sendToTab(tabId, 'show-highlights', { shown }, 'all').then(() => undefined),
  async openSheetTab() {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=sheet') });
  },
};

/** The moving shortcuts, by command name: each moves through the mentions of the active tab's top frame. */
const COMMANDS: Record<string, FocusTarget> = {
  'next-mention': { step: 'next' },
  'previous-mention': { step: 'previous' },
};

export default defineBackground(() => {
  const queue = new PerTabQueue();
  void action().setBadgeBackgroundColor({ color: '#8a1c1c' });
  const handlers = backgroundHandlers(platform, queue);
  listen(handlers);

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'toggle-highlights' && tab?.id !== undefined) {
      Promise.resolve(handlers['toggle-highlights']({ tabId: tab.id }, {})).catch(() => undefined);
      return;
    }
    const target = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (tab?.id === undefined || !target) return;
    sendToTab(tab.id, 'focus-mention', target).catch(() => undefined);
  });

  // A navigation starts the count again; the new page's frames report afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void queue.run(tabId, async () => {
        await storage.removeItem(tabKey(tabId));
        await storage.removeItem(hiddenKey(tabId));
        await action().setBadgeText({ tabId, text: '' });
        await action().setTitle({ tabId, title: countTitle(0) });
      });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void storage.removeItem(tabKey(tabId));
    void storage.removeItem(hiddenKey(tabId));
    queue.forget(tabId);
  });
});
