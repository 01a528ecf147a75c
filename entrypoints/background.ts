import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from '@wxt-dev/storage';
import { applyReport, aspectsOf, badgeText, totalOf, type TabCounts } from '../utils/badge-state';
import { isMessage, type FrameReport } from '../utils/messages';

// Counts per tab live in session storage (memory only, never written to disk) so that a
// service worker that was put to sleep still sums the frames correctly when it wakes.
const tabKey = (tabId: number) => `session:tab-${tabId}` as const;

// Frames report concurrently; chain the updates per tab so that no report is lost.
const queues = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, job: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(job, job);
  queues.set(tabId, run.catch(() => undefined));
  return run;
}

// Chrome MV3 has `action`, Firefox MV2 `browserAction`.
const action = () => browser.action ?? browser.browserAction;

async function onReport(tabId: number, frameId: number, report: FrameReport): Promise<number> {
  return serial(tabId, async () => {
    const frames = await storage.getItem<TabCounts>(tabKey(tabId));
    const reset = frameId === 0 && report.reset === true;
    const next = applyReport(frames ?? undefined, frameId, report.count, report.byAspect, reset);
    await storage.setItem(tabKey(tabId), next);
    const total = totalOf(next);
    await action().setBadgeText({ tabId, text: badgeText(total) });
    return total;
  });
}

export default defineBackground(() => {
  void action().setBadgeBackgroundColor({ color: '#8a1c1c' });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (isMessage<FrameReport>(message, 'frame-report') && tabId !== undefined) {
      return onReport(tabId, sender.frameId ?? 0, message).then((total) => ({ total }));
    }
    if (isMessage<{ type: 'open-sheet' }>(message, 'open-sheet')) {
      // The whole fact sheet, in a tab of its own (the popup cannot be opened from a page).
      return browser.tabs.create({ url: browser.runtime.getURL('/popup.html?view=sheet') }).then(() => ({ ok: true }));
    }
    if (isMessage<{ type: 'ping' }>(message, 'ping')) {
      return Promise.resolve({ type: 'pong' });
    }
    if (isMessage<{ type: 'tab-summary'; tabId: number }>(message, 'tab-summary')) {
      return storage.getItem<TabCounts>(tabKey(message.tabId)).then((frames) => ({
        total: totalOf(frames ?? undefined),
        byAspect: aspectsOf(frames ?? undefined),
        frames: Object.keys(frames ?? {}).length,
      }));
    }
    return undefined;
  });

  // The shortcuts move through the mentions of the active tab's top frame.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    const direction = command === 'previous-mention' ? 'previous' : command === 'next-mention' ? 'next' : null;
    if (!direction) return;
    browser.tabs.sendMessage(tab.id, { type: 'focus-mention', direction }, { frameId: 0 }).catch(() => undefined);
  });

  // A navigation starts the count again; the new page's frames report afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      void serial(tabId, async () => {
        await storage.removeItem(tabKey(tabId));
        await action().setBadgeText({ tabId, text: '' });
      });
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void storage.removeItem(tabKey(tabId));
    queues.delete(tabId);
  });
});
