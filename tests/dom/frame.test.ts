// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from '../../platform/quiet-context';
import type { Engine } from '../../entrypoints/content/engine-port';
import { REPORT_DELAY_MS } from '../../entrypoints/content/frame-report';
import { Frame, type FramePlatform } from '../../entrypoints/content/frame';
import { HIGHLIGHT, HIGHLIGHT_ACTIVE } from '../../entrypoints/content/highlight-names';
import { FLUSH_AFTER_MS, HighlightController } from '../../entrypoints/content/highlight';
import { HighlightPainter } from '../../entrypoints/content/highlights';
import { mountCardsOn } from '../../entrypoints/engine/cards';
import { inDocumentOrder } from '../../entrypoints/engine/order';
import { envelope, receiver, type Handlers, type Sender } from '../../platform/messaging';
import type { Mention } from '../../utils/detect/types';
import type { BackgroundMessages, ContentMessages, DataOf, ReplyOf } from '../../utils/messages';
import { DEFAULT_SETTINGS, withSiteDisabled, type Settings } from '../../utils/settings-model';
import { FakeSurface } from './card-fakes';
import { makeScreen } from '../../utils/detect/screen';
import { SCREEN } from '../../utils/detect/screen.data';

// One frame's house, put together as the content script does, with the extension's platform
// faked: settings that change while it runs, the messages it answers, and a context that ends
// in the middle of a scan.

const PHRASE = /North Korean troops/g;
function findMentions(text: string): Mention[] {
  return [...text.matchAll(PHRASE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    lang: 'en',
    aspect: 'numbers',
    figures: [],
    sentenceStart: 0,
    sentenceEnd: text.length,
  }));
}

interface Fake {
  platform: FramePlatform;
  sent: Array<{ type: keyof BackgroundMessages; data: unknown }>;
  saved: Settings[];
  change(s: Settings): void;
  handlers(): Handlers<ContentMessages>;
  engineLoads: number;
  screenLoads: number;
  screenForgets: number;
  announced: string[];
  sheets: number;
}

const REPLIES: { [K in keyof BackgroundMessages]: ReplyOf<BackgroundMessages, K> } = {
  'frame-report': { total: 0 },
  'open-sheet': { opened: true },
  'tab-summary': { total: 0, byAspect: [], frames: 0 },
  'toggle-highlights': { shown: true },
  'load-part': { loaded: true },
  'add-highlight-sheet': { added: true },
};

function fake(initial: Settings): Fake {
  let watcher: ((s: Settings) => void) | null = null;
  let handlers: Handlers<ContentMessages> | null = null;
  const engine: Engine = {
    // eslint-disable-next-line require-yield -- the stand-in answers in one step
    *mentionsInSteps(text) {
      return findMentions(text);
    },
    preparePageContext: () => undefined,
    inDocumentOrder,
    mountCards: (ctx, deps) => mountCardsOn(ctx, deps, new FakeSurface()),
  };
  const f: Fake = {
    sent: [],
    saved: [],
    engineLoads: 0,
    screenLoads: 0,
    screenForgets: 0,
    announced: [],
    sheets: 0,
    change: (s) => watcher?.(s),
    handlers: () => {
      if (!handlers) throw new Error('the frame does not listen');
      return handlers;
    },
    platform: {
      loadSettings: () => Promise.resolve(initial),
      watchSettings(cb) {
        watcher = cb;
        return () => (watcher = null);
      },
      saveSettings(next) {
        f.saved.push(next);
        watcher?.(next);
        return Promise.resolve();
      },
      send<K extends keyof BackgroundMessages>(type: K, data: DataOf<BackgroundMessages, K>) {
        f.sent.push({ type, data });
        return Promise.resolve(REPLIES[type]);
      },
      listen(h) {
        handlers = h;
        return () => (handlers = null);
      },
      loadScreen() {
        f.screenLoads++;
        return Promise.resolve(makeScreen(SCREEN));
      },
      forgetScreen() {
        f.screenForgets++;
      },
      loadEngine() {
        f.engineLoads++;
        return Promise.resolve(engine);
      },
      announce: (message) => f.announced.push(message),
      addHighlightSheet() {
        f.sheets++;
        return Promise.resolve();
      },
    },
  };
  return f;
}

/** A highlight registry like the browser's, on happy-dom's window. */
function installHighlights(): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  const win = document.defaultView!;
  Object.defineProperty(win, 'Highlight', { value: class extends Set<Range> {}, configurable: true });
  Object.defineProperty(win, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

/** The frame's answer to a status message. */
async function statusOf(frame: Frame, sender: Sender = {}): Promise<ReplyOf<ContentMessages, 'status'>> {
  const status = await frame.handlers.status(null, sender);
  if (!status) throw new Error('no status reply');
  return status;
}

async function settle(frame: Frame, sender: Sender = {}): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await vi.advanceTimersByTimeAsync(50);
    const status = await statusOf(frame, sender);
    if (!status.busy) return;
  }
  throw new Error('the scan never settled');
}

let ctx: ContentScriptContext;
let registry: Map<string, Set<Range>>;

beforeEach(() => {
  vi.useFakeTimers();
  registry = installHighlights();
  ctx = new ContentScriptContext('test');
  document.body.innerHTML =
    '<p id="one">Reports say North Korean troops reached Kursk.</p><p>Nothing here.</p><p id="two">Later, North Korean troops were seen again.</p>';
});

afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

describe('the frame', () => {
  it('answers each content message with its reply', async () => {
    const f = fake({ ...DEFAULT_SETTINGS });
    const frame = new Frame(ctx, f.platform, { ...DEFAULT_SETTINGS });
    await settle(frame);
    const ask = receiver(f.handlers());
    const replies: { [K in keyof ContentMessages]: [DataOf<ContentMessages, K>, (reply: unknown) => void] } = {
      status: [null, (r) => expect(r).toEqual({ busy: false, count: 2, active: true, top: true, startedAt: expect.any(Number) as unknown })],
      'list-mentions': [
        null,
        (r) =>
          expect(r).toEqual({
            host: location.hostname,
            hostDisabled: false,
            mentions: [
              { index: 0, aspect: 'numbers', lang: 'en', phrase: 'North Korean troops', before: 'Reports say ', after: ' reached Kursk.' },
              { index: 1, aspect: 'numbers', lang: 'en', phrase: 'North Korean troops', before: 'Later, ', after: ' were seen again.' },
            ],
          }),
      ],
      'focus-mention': [{ step: 'next' }, (r) => expect(r).toEqual({ focused: true })],
      'show-highlights': [{ shown: true }, (r) => expect(r).toEqual({ shown: true })],
    };
    for (const type of Object.keys(replies).filter((k): k is keyof ContentMessages => k in replies)) {
      const [data, check] = replies[type];
      check(await ask({ type, data }, {}));
    }
    // The focus request opened the first mention's card.
    expect([...registry.get(HIGHLIGHT_ACTIVE)!][0].startContainer.parentElement?.id).toBe('one');
    expect(f.engineLoads).toBe(1);
    expect(f.sheets).toBe(1); // the highlights' sheet came with the first mention
    // An unknown or malformed message gets no answer from this listener.
    expect(ask({ type: 'ping', data: null }, {})).toBeUndefined();
    expect(ask('status', {})).toBeUndefined();
  });

  it('hides every highlight at the reader’s word and shows them again, and says so', async () => {
    const f = fake({ ...DEFAULT_SETTINGS });
    const frame = new Frame(ctx, f.platform, { ...DEFAULT_SETTINGS });
    await settle(frame);
    const ask = receiver(f.handlers());
    const painted = () => [...registry.keys()].filter((name) => name !== HIGHLIGHT && (registry.get(name)?.size ?? 0) > 0).sort();
    expect(painted()).toEqual(['kursk-context-fill', 'kursk-context-underline']);
    expect(await ask(envelope<ContentMessages, 'show-highlights'>('show-highlights', { shown: false }), {})).toEqual({ shown: false });
    expect(painted()).toEqual([]);
    expect(registry.get(HIGHLIGHT)?.size).toBe(2); // kept, unpainted, for showing again
    expect(f.announced).toEqual(['highlightsHidden']);
    await ask(envelope<ContentMessages, 'show-highlights'>('show-highlights', { shown: true }), {});
    expect(painted()).toEqual(['kursk-context-fill', 'kursk-context-underline']);
    expect(f.announced).toEqual(['highlightsHidden', 'highlightsShown']);
  });

  it('keeps highlights hidden before the first mention hidden once it arrives', async () => {
    const f = fake({ ...DEFAULT_SETTINGS });
    const frame = new Frame(ctx, f.platform, { ...DEFAULT_SETTINGS });
    // The reader hides the tab's highlights while this frame has found nothing yet.
    const ask = receiver(f.handlers());
    expect(await ask(envelope<ContentMessages, 'show-highlights'>('show-highlights', { shown: false }), {})).toEqual({ shown: false });
    expect(registry.size).toBe(0);
    await settle(frame);
    expect(registry.get(HIGHLIGHT)?.size).toBe(2); // found, kept for showing again
    const painted = [...registry.keys()].filter((name) => name !== HIGHLIGHT && (registry.get(name)?.size ?? 0) > 0);
    expect(painted).toEqual([]);
    await ask(envelope<ContentMessages, 'show-highlights'>('show-highlights', { shown: true }), {});
    expect(registry.get('kursk-context-underline')?.size).toBe(2);
  });

  it('reports its count to the badge once the scan pauses, and a page without mentions sends nothing', async () => {
    const f = fake({ ...DEFAULT_SETTINGS });
    const frame = new Frame(ctx, f.platform, { ...DEFAULT_SETTINGS });
    await settle(frame);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(f.sent).toEqual([{ type: 'frame-report', data: { count: 2, byAspect: [{ aspect: 'numbers', count: 2 }] } }]);

    ctx.abort();
    ctx = new ContentScriptContext('test');
    document.body.innerHTML = '<p>Nothing about the topic at all.</p>';
    const quiet = fake({ ...DEFAULT_SETTINGS });
    await settle(new Frame(ctx, quiet.platform, { ...DEFAULT_SETTINGS }));
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS * 2);
    expect(quiet.sent).toEqual([]);
    expect(quiet.screenLoads).toBe(0);
    expect(quiet.engineLoads).toBe(0);
    expect(quiet.sheets).toBe(0); // no style of ours on a page without mentions
    expect(registry.size).toBe(0); // nothing of ours in the page's registry
  });

  it('loads the screen, and not the engine, on a page that names North Korea with nothing a mention needs', async () => {
    document.body.innerHTML = '<p>North Korea fired a missile on Monday, Seoul said.</p><p>Markets were calm.</p>';
    const f = fake({ ...DEFAULT_SETTINGS });
    const frame = new Frame(ctx, f.platform, { ...DEFAULT_SETTINGS });
    await settle(frame);
    expect(f.screenLoads).toBe(1);
    expect(f.engineLoads).toBe(0);
    expect((await statusOf(frame)).count).toBe(0);

    // the page changes: a block that the screen lets through brings the engine, once
    const p = document.createElement('p');
    p.textContent = 'North Korean troops reached Kursk.';
    document.body.append(p);
    await settle(frame);
    expect(f.screenLoads).toBe(1);
    expect(f.engineLoads).toBe(1);
    expect(f.screenForgets).toBe(1); // of no more use once the engine is here
    expect((await statusOf(frame)).count).toBe(1);
  });

  it('applies settings live: the style at once, a site turned off and on again', async () => {
    const f = fake({ ...DEFAULT_SETTINGS });
    const frame = new Frame(ctx, f.platform, { ...DEFAULT_SETTINGS });
    await settle(frame);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(f.sent.at(-1)).toEqual({ type: 'frame-report', data: { count: 2, byAspect: [{ aspect: 'numbers', count: 2 }] } });
    expect([...registry.keys()].sort()).toEqual([HIGHLIGHT_ACTIVE, 'kursk-context-fill', HIGHLIGHT, 'kursk-context-underline'].sort());

    f.change({ ...DEFAULT_SETTINGS, highlightStyle: 'underline' });
    expect(registry.has('kursk-context-fill')).toBe(false);
    expect(registry.get('kursk-context-underline')?.size).toBe(2);

    // Turned off for this site from the card's button: highlights, card and count go.
    await receiver(f.handlers())(envelope<ContentMessages, 'focus-mention'>('focus-mention', { index: 1 }), {});
    const off = withSiteDisabled({ ...DEFAULT_SETTINGS, highlightStyle: 'underline' }, location.hostname, true);
    f.change(off);
    expect(registry.size).toBe(0);
    await vi.advanceTimersByTimeAsync(REPORT_DELAY_MS);
    expect(f.sent.at(-1)).toEqual({ type: 'frame-report', data: { count: 0, byAspect: [] } });
    const status = await receiver(f.handlers())(envelope<ContentMessages, 'status'>('status', null), {});
    expect(status).toMatchObject({ active: false, count: 0, busy: false });

    f.change({ ...off, disabledSites: [] });
    await settle(frame);
    expect(registry.get('kursk-context-underline')?.size).toBe(2);
  });

  it('adopts the sheet in the document where the background cannot add it, and again after the site is turned off and on', async () => {
    const f = fake({ ...DEFAULT_SETTINGS });
    f.platform.addHighlightSheet = () => {
      f.sheets++;
      return Promise.reject(new Error('Firefox cannot reach a blob: frame'));
    };
    const adopted = () => document.adoptedStyleSheets.length; // happy-dom drops ::highlight rules, so the count stands for the sheet
    const frame = new Frame(ctx, f.platform, { ...DEFAULT_SETTINGS });
    await settle(frame);
    expect(f.sheets).toBe(1);
    expect(adopted()).toBe(1);
    const off = withSiteDisabled({ ...DEFAULT_SETTINGS }, location.hostname, true);
    f.change(off);
    expect(adopted()).toBe(0); // everything of ours leaves with the highlights
    f.change({ ...off, disabledSites: [] });
    await settle(frame);
    await vi.advanceTimersByTimeAsync(FLUSH_AFTER_MS);
    expect(adopted()).toBe(1);
    expect(f.sheets).toBe(1); // the background is not asked twice
  });

  it('adopts nothing in the document when the background adds the sheet', async () => {
    const f = fake({ ...DEFAULT_SETTINGS });
    await settle(new Frame(ctx, f.platform, { ...DEFAULT_SETTINGS }));
    expect(f.sheets).toBe(1);
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it("hands a long scan's highlights to the registry in one update once the scan settles", async () => {
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>Row ${i}: North Korean troops moved in Kursk.</p>`).join('');
    const applied = vi.spyOn(HighlightController.prototype, 'apply');
    const updates = vi.spyOn(HighlightPainter.prototype, 'update');
    const f = fake({ ...DEFAULT_SETTINGS });
    const frame = new Frame(ctx, f.platform, { ...DEFAULT_SETTINGS });
    await settle(frame);
    expect(registry.get(HIGHLIGHT)?.size).toBe(400);
    expect(applied.mock.calls.length).toBeGreaterThan(1); // the scan found them over many steps
    expect(updates).toHaveBeenCalledTimes(1);
    // A later edit of the page: one more update, with the scan of that edit.
    document.body.insertAdjacentHTML('beforeend', '<p>More North Korean troops in Kursk.</p>');
    await settle(frame);
    expect(registry.get(HIGHLIGHT)?.size).toBe(401);
    expect(updates).toHaveBeenCalledTimes(2);
    applied.mockRestore();
    updates.mockRestore();
  });

  it('stops for good when the context is invalidated in the middle of a scan', async () => {
    const rows = Array.from({ length: 600 }, (_, i) => `<p>Row ${i}: ${i % 2 ? 'North Korean troops moved' : 'weather report'}.</p>`);
    document.body.innerHTML = rows.join('');
    const f = fake({ ...DEFAULT_SETTINGS });
    const frame = new Frame(ctx, f.platform, { ...DEFAULT_SETTINGS });
    await vi.advanceTimersByTimeAsync(20); // a slice or two
    let status = await statusOf(frame);
    expect(status.busy).toBe(true); // mid-scan: work is queued
    expect(status.count).toBeLessThan(300);

    ctx.abort();
    expect(registry.size).toBe(0);
    const sentBefore = f.sent.length;
    document.body.insertAdjacentHTML('beforeend', '<p>North Korean troops, added after the end.</p>');
    await vi.advanceTimersByTimeAsync(5_000);
    status = await statusOf(frame);
    expect(status).toMatchObject({ busy: false, count: 0 });
    expect(registry.size).toBe(0);
    expect(f.sent.length).toBe(sentBefore);
    expect(() => f.handlers()).toThrow(); // no longer listening for messages
  });
});
