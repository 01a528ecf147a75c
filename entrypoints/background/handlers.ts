import { applyReport, aspectsOf, badgeText, totalOf, type TabCounts } from '../../utils/badge-state';
import type { BackgroundMessages } from '../../utils/messages';
import type { Handlers, Sender } from '../../platform/messaging';
import { HIGHLIGHT_SHEET, PART_FILES, type ScriptFile, type StyleFile } from '../../utils/part-files';

/** One frame of one tab. */
export interface FrameTarget {
  tabId: number;
  frameId: number;
}

/** What the background's handlers need of the browser; index.ts gives the real one, tests a fake. */
export interface BackgroundPlatform {
  /** Per tab, each frame's last count (session storage: memory only, never written to disk). */
  readCounts(tabId: number): Promise<TabCounts | null>;
  writeCounts(tabId: number, counts: TabCounts): Promise<void>;
  setBadge(tabId: number, text: string): Promise<void>;
  /**
   * The toolbar button's name for the tab, with its count: what a screen reader says of the
   * button (the badge alone is drawn, not spoken).
   */
  setCountTitle(tabId: number, total: number): Promise<void>;
  /** The fact sheet alone, in a tab of its own. */
  openSheetTab(): Promise<void>;
  /** Whether the reader has hidden the tab's highlights (kept per tab until it navigates). */
  readHidden(tabId: number): Promise<boolean>;
  writeHidden(tabId: number, hidden: boolean): Promise<void>;
  /** Tells every frame of the tab to show or hide its highlights. */
  showHighlights(tabId: number, shown: boolean): Promise<void>;
  /** Runs one of our script files in a frame's content-script world (isolated from the page). */
  runScript(target: FrameTarget, file: ScriptFile): Promise<void>;
  /** Adds one of our style sheets to a frame's document (not visible in its styleSheets). */
  addStyle(target: FrameTarget, file: StyleFile): Promise<void>;
}

function frameOf(sender: Sender): FrameTarget | undefined {
  const tabId = sender.tab?.id;
  return tabId === undefined ? undefined : { tabId, frameId: sender.frameId ?? 0 };
}

/** Runs jobs one after another per key: frames report concurrently, and no report may be lost. */
export class PerTabQueue {
  private queues = new Map<number, Promise<unknown>>();

  run<T>(tabId: number, job: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(tabId) ?? Promise.resolve()).then(job, job);
    this.queues.set(
      tabId,
      run.catch(() => undefined),
    );
    return run;
  }

  forget(tabId: number): void {
    this.queues.delete(tabId);
  }
}

/** The background's side of the message contract. */
export function backgroundHandlers(platform: BackgroundPlatform, queue: PerTabQueue): Handlers<BackgroundMessages> {
  return {
    'frame-report': (count, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return undefined;
      return queue.run(tabId, async () => {
        const next = applyReport((await platform.readCounts(tabId)) ?? undefined, sender.frameId ?? 0, count);
        await platform.writeCounts(tabId, next);
        const total = totalOf(next);
        await platform.setBadge(tabId, badgeText(total));
        await platform.setCountTitle(tabId, total);
        return { total };
      });
    },
    'open-sheet': async () => {
      await platform.openSheetTab();
      return { opened: true };
    },
    'toggle-highlights': ({ tabId }) =>
      queue.run(tabId, async () => {
        const shown = await platform.readHidden(tabId);
        await platform.writeHidden(tabId, !shown);
        await platform.showHighlights(tabId, shown);
        return { shown };
      }),
    'load-part': ({ part }, sender) => {
      const target = frameOf(sender);
      if (!target || !Object.hasOwn(PART_FILES, part)) return undefined;
      return platform.runScript(target, PART_FILES[part]).then(() => ({ loaded: true }));
    },
    'add-highlight-sheet': (_, sender) => {
      const target = frameOf(sender);
      if (!target) return undefined;
      return platform.addStyle(target, HIGHLIGHT_SHEET).then(() => ({ added: true }));
    },
    'tab-summary': async ({ tabId }) => {
      const frames = (await platform.readCounts(tabId)) ?? undefined;
      return { total: totalOf(frames), byAspect: aspectsOf(frames), frames: Object.keys(frames ?? {}).length };
    },
  };
}
