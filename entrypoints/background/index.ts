import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from '@wxt-dev/storage';
import type { TabCounts } from '../../utils/badge-state';
import type { FocusTarget } from '../../utils/messages';
import { browserMessage } from '../../platform/browser-messages';
import { listen, sendToTab } from '../../platform/messaging';
import type { ScriptFile, StyleFile } from '../../utils/part-files';
import { backgroundHandlers, PerTabQueue, type BackgroundPlatform, type FrameTarget } from './handlers';

// Counts per tab live in session storage (memory only, never written to disk) so that a
// service worker that was put to sleep still sums the frames correctly when it wakes.
const tabKey = (tabId: number) => `session:tab-${tabId}` as const;
const hiddenKey = (tabId: number) => `session:hidden-${tabId}` as const;

/** "Kursk Context — mentions on this page: 5", or the name alone when there are none. */
const countTitle = (total: number) => (total > 0 ? browserMessage('actionTitleCount', [String(total)]) : browserMessage('extName'));

// Chrome MV3 has `action`, Firefox MV2 `browserAction`.
const action = () => browser.action ?? browser.browserAction;

// Chrome (MV3) injects with `scripting`, Firefox (MV2) with `tabs`; both into the frame's
// content-script world, which the page cannot reach. Only the `<all_urls>` host permission that
// the content script's matches already imply is needed: no new install warning.
async function runScript({ tabId, frameId }: FrameTarget, file: ScriptFile): Promise<void> {
  if (import.meta.env.FIREFOX) await browser.tabs.executeScript(tabId, { file, frameId, matchAboutBlank: true });
  else await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
}
async function addStyle({ tabId, frameId }: FrameTarget, file: StyleFile): Promise<void> {
  if (import.meta.env.FIREFOX) await browser.tabs.insertCSS(tabId, { file, frameId, matchAboutBlank: true });
  else await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, files: [file] });
}

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
  runScript,
  addStyle,
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
