import { describe, expect, it } from 'vitest';
import { backgroundHandlers, PerTabQueue, type BackgroundPlatform } from '../../entrypoints/background/handlers';
import { envelope, receiver, unwrap, type Sender } from '../../platform/messaging';
import type { TabCounts } from '../../utils/badge-state';
import type { BackgroundMessages, DataOf } from '../../utils/messages';

// The background's side of the contract: each message sent as a frame or the popup sends it,
// through the same envelope and listener the extension uses, and its reply checked.

function fakePlatform() {
  const counts = new Map<number, TabCounts>();
  const badges = new Map<number, string>();
  const titles = new Map<number, number>();
  const hidden = new Map<number, boolean>();
  const told: Array<{ tabId: number; shown: boolean }> = [];
  let sheetsOpened = 0;
  const injected: string[] = [];
  const platform: BackgroundPlatform = {
    readCounts: (tabId) => Promise.resolve(counts.get(tabId) ?? null),
    writeCounts: (tabId, c) => {
      counts.set(tabId, c);
      return Promise.resolve();
    },
    setBadge: (tabId, text) => {
      badges.set(tabId, text);
      return Promise.resolve();
    },
    setCountTitle: (tabId, total) => {
      titles.set(tabId, total);
      return Promise.resolve();
    },
    readHidden: (tabId) => Promise.resolve(hidden.get(tabId) ?? false),
    writeHidden: (tabId, h) => {
      hidden.set(tabId, h);
      return Promise.resolve();
    },
    showHighlights: (tabId, shown) => {
      told.push({ tabId, shown });
      return Promise.resolve();
    },
    openSheetTab: () => {
      sheetsOpened++;
      return Promise.resolve();
    },
    runScript: ({ tabId, frameId }, file) => {
      injected.push(`script ${file} into ${tabId}/${frameId}`);
      return Promise.resolve();
    },
    addStyle: ({ tabId, frameId }, file) => {
      injected.push(`style ${file} into ${tabId}/${frameId}`);
      return Promise.resolve();
    },
  };
  return { platform, counts, badges, titles, told, injected, sheets: () => sheetsOpened };
}

const frame = (tabId: number, frameId: number): Sender => ({ tab: { id: tabId }, frameId });

describe('background messages', () => {
  it('answers each message of its map', async () => {
    const fake = fakePlatform();
    const listener = receiver(backgroundHandlers(fake.platform, new PerTabQueue()));
    const send = <K extends keyof BackgroundMessages>(type: K, data: DataOf<BackgroundMessages, K>, sender: Sender = {}) =>
      listener(envelope<BackgroundMessages, K>(type, data), sender);

    // Every message of the map, with the reply it must give (a new message fails to compile here until it has one).
    const cases: { [K in keyof BackgroundMessages]: () => Promise<void> } = {
      'frame-report': async () => {
        expect(await send('frame-report', { count: 3, byAspect: [{ aspect: 'numbers', count: 3 }] }, frame(7, 0))).toEqual({ total: 3 });
        expect(await send('frame-report', { count: 2, byAspect: [{ aspect: 'casualties', count: 2 }] }, frame(7, 4))).toEqual({ total: 5 });
        expect(await send('frame-report', { count: 1, byAspect: [{ aspect: 'numbers', count: 1 }] }, frame(7, 0))).toEqual({ total: 3 });
        expect(fake.badges.get(7)).toBe('3');
        expect(fake.titles.get(7)).toBe(3); // the button's spoken name carries the count too
        // Not from a tab (another extension page): no answer from this handler.
        expect(send('frame-report', { count: 1, byAspect: [] })).toBeUndefined();
      },
      'tab-summary': async () => {
        expect(await send('tab-summary', { tabId: 7 })).toEqual({
          total: 3,
          byAspect: [
            { aspect: 'casualties', count: 2 },
            { aspect: 'numbers', count: 1 },
          ],
          frames: 2,
        });
        expect(await send('tab-summary', { tabId: 99 })).toEqual({ total: 0, byAspect: [], frames: 0 });
      },
      'toggle-highlights': async () => {
        // The shortcut flips the tab's state and tells every frame; another tab keeps its own.
        expect(await send('toggle-highlights', { tabId: 7 })).toEqual({ shown: false });
        expect(await send('toggle-highlights', { tabId: 7 })).toEqual({ shown: true });
        expect(await send('toggle-highlights', { tabId: 8 })).toEqual({ shown: false });
        expect(fake.told).toEqual([
          { tabId: 7, shown: false },
          { tabId: 7, shown: true },
          { tabId: 8, shown: false },
        ]);
      },
      'load-part': async () => {
        expect(await send('load-part', { part: 'engine' }, frame(7, 4))).toEqual({ loaded: true });
        expect(fake.injected.at(-1)).toBe('script /engine.js into 7/4');
        expect(send('load-part', { part: 'engine' })).toBeUndefined(); // not from a frame: nowhere to run it
      },
      'add-highlight-sheet': async () => {
        expect(await send('add-highlight-sheet', null, frame(7, 0))).toEqual({ added: true });
        expect(fake.injected.at(-1)).toBe('style /highlights.css into 7/0');
      },
      'open-sheet': async () => {
        expect(await send('open-sheet', null)).toEqual({ opened: true });
        expect(fake.sheets()).toBe(1);
      },
    };
    for (const run of Object.values(cases)) await run();
  });

  it('sums reports that arrive at once from many frames without losing one', async () => {
    const fake = fakePlatform();
    const listener = receiver(backgroundHandlers(fake.platform, new PerTabQueue()));
    await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        await listener(envelope<BackgroundMessages, 'frame-report'>('frame-report', { count: 1, byAspect: [] }), frame(3, i));
      }),
    );
    expect(fake.badges.get(3)).toBe('20');
  });

  it('gives no answer to a message outside the map or without its payload', () => {
    const listener = receiver(backgroundHandlers(fakePlatform().platform, new PerTabQueue()));
    expect(listener({ type: 'ping' }, {})).toBeUndefined();
    expect(listener({ type: 'tab-summary' }, {})).toBeUndefined();
    expect(listener({ type: 'toString', data: null }, {})).toBeUndefined();
    expect(listener(null, {})).toBeUndefined();
  });
});

describe('unwrap (what a sender makes of an answer)', () => {
  it('gives the reply, throws the failure, and gives nothing for no answer', () => {
    expect(unwrap({ reply: { total: 2 } })).toEqual({ total: 2 });
    expect(unwrap({ reply: false })).toBe(false);
    expect(() => unwrap({ failed: 'no scripting in this frame' })).toThrow('no scripting in this frame');
    expect(unwrap(undefined)).toBeUndefined();
    expect(unwrap('stray')).toBeUndefined();
  });
});
