// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageMention } from '../../entrypoints/content/scanner';
import { CardController } from '../../entrypoints/engine/card';
import { DOUBT_MS, DWELL_MS, GRACE_MS, HoverIntent } from '../../entrypoints/engine/hover-intent';
import type { Hit } from '../../entrypoints/engine/hit-test';
import { KeyboardController } from '../../entrypoints/engine/keyboard';
import { FakeSurface, mentionIn, rect } from './card-fakes';

// The engine's controllers as a guest meets them: a pointer that rests, passes by or crosses to
// the card; a keyboard that moves through the mentions and leaves with Esc. Timers are fake.

let surface: FakeSurface;
let card: CardController;
let mentions: PageMention[];
let marked: Range | null;
let life: AbortController;

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<button id="before">before</button><p id="a">North Korean troops in Kursk.</p><p id="b">More North Korean soldiers.</p><p id="c">The Storm Corps again.</p>';
  mentions = [
    mentionIn(document.getElementById('a')!, 'North Korean troops'),
    mentionIn(document.getElementById('b')!, 'North Korean soldiers'),
    mentionIn(document.getElementById('c')!, 'Storm Corps'),
  ];
  surface = new FakeSurface();
  marked = null;
  card = new CardController(surface, document, {
    markActive: (r) => (marked = r),
    openSheet: () => undefined,
    disableSite: () => undefined,
  });
  life = new AbortController();
});

afterEach(() => {
  life.abort();
  vi.useRealTimers();
});

describe('hover intent', () => {
  // The pointer is over mention 0 for x < 100, over the card for x >= 500, elsewhere on nothing.
  let trigger: 'hover' | 'click';
  const hitAt = (x: number): Hit | null => (x < 100 ? { mention: mentions[0], rect: rect() } : null);
  const move = (x: number, target: EventTarget = window) =>
    target.dispatchEvent(
      new PointerEvent('pointermove', { clientX: x, clientY: 10, pointerType: 'mouse', movementX: 1, bubbles: true, composed: true }),
    );

  beforeEach(() => {
    trigger = 'hover';
    new HoverIntent(
      {
        doc: document,
        hitAt,
        hasMentions: () => true,
        trigger: () => trigger,
        card,
        onError: (e) => {
          throw e;
        },
      },
      window,
    ).attach(life.signal);
  });

  it('opens the card once the pointer has rested on a mention for the dwell, not before', async () => {
    move(50);
    await vi.advanceTimersByTimeAsync(DWELL_MS - 50);
    expect(card.openMention).toBeNull();
    await vi.advanceTimersByTimeAsync(100);
    expect(card.openMention).toBe(mentions[0]);
    expect(surface.shown?.text).toBe('North Korean troops');
    expect(marked).toBe(mentions[0].range);
  });

  it('does not open for a pointer that only passes by', async () => {
    move(50);
    await vi.advanceTimersByTimeAsync(150);
    move(300);
    await vi.advanceTimersByTimeAsync(DWELL_MS * 2);
    expect(card.openMention).toBeNull();
  });

  it('stays open while the pointer crosses to the card and rests there, and closes a grace period after it leaves both', async () => {
    move(50);
    await vi.advanceTimersByTimeAsync(DWELL_MS + 50);
    expect(card.openMention).toBe(mentions[0]);
    move(300); // the gap between the mention and the card
    await vi.advanceTimersByTimeAsync(GRACE_MS / 2);
    move(500, surface.buttons[0]); // on the card: the grace period is cancelled
    await vi.advanceTimersByTimeAsync(GRACE_MS * 3);
    expect(card.openMention).toBe(mentions[0]);
    move(300); // off the card, on nothing
    await vi.advanceTimersByTimeAsync(GRACE_MS - 50);
    expect(card.openMention).toBe(mentions[0]);
    await vi.advanceTimersByTimeAsync(100);
    expect(card.openMention).toBeNull();
    expect(marked).toBeNull();
  });

  it('takes the trigger setting live: with "click", resting opens nothing and a click opens at once', async () => {
    trigger = 'click';
    move(50);
    await vi.advanceTimersByTimeAsync(DWELL_MS * 2);
    expect(card.openMention).toBeNull();
    window.dispatchEvent(new PointerEvent('pointerdown', { clientX: 50, clientY: 10, pointerType: 'mouse' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(card.openMention).toBe(mentions[0]);
    window.dispatchEvent(new PointerEvent('pointerdown', { clientX: 300, clientY: 10, pointerType: 'mouse' }));
    expect(card.openMention).toBeNull();
  });

  it('keeps a card that a tap opened when the finger lifts (pointerleave), and closes it on a tap elsewhere', async () => {
    const tap = (x: number) => {
      window.dispatchEvent(new PointerEvent('pointerdown', { clientX: x, clientY: 10, pointerType: 'touch' }));
      // At the end of a tap the browser sends the finger's pointer out of the page.
      document.documentElement.dispatchEvent(new PointerEvent('pointerleave', { clientX: x, clientY: 10, pointerType: 'touch' }));
    };
    tap(50);
    await vi.advanceTimersByTimeAsync(GRACE_MS * 3);
    expect(card.openMention).toBe(mentions[0]);
    tap(300);
    expect(card.openMention).toBeNull();
  });

  it('closes a card a grace period after a mouse leaves the page', async () => {
    move(50);
    await vi.advanceTimersByTimeAsync(DWELL_MS + 50);
    // Leaving, the pointer is outside the viewport: here above it.
    document.documentElement.dispatchEvent(new PointerEvent('pointerleave', { clientX: 50, clientY: -4, pointerType: 'mouse' }));
    await vi.advanceTimersByTimeAsync(GRACE_MS + 50);
    expect(card.openMention).toBeNull();
  });

  it('opens the card through a doubtful leave (from inside the viewport), and closes it later unless the pointer moves', async () => {
    const strayLeave = () =>
      document.documentElement.dispatchEvent(new PointerEvent('pointerleave', { clientX: 50, clientY: 10, pointerType: 'mouse' }));
    move(50);
    await vi.advanceTimersByTimeAsync(100);
    // Firefox's stray leave in a nested about:blank frame, with the pointer where it was.
    strayLeave();
    await vi.advanceTimersByTimeAsync(DWELL_MS);
    expect(card.openMention).toBe(mentions[0]);
    // No pointer event since: the leave may have been real.
    await vi.advanceTimersByTimeAsync(DOUBT_MS - GRACE_MS);
    expect(card.openMention).toBe(mentions[0]);
    await vi.advanceTimersByTimeAsync(GRACE_MS);
    expect(card.openMention).toBeNull();
    // A pointer that moves after a doubtful leave is here: its card stays.
    move(51);
    await vi.advanceTimersByTimeAsync(DWELL_MS + 50);
    strayLeave();
    move(52);
    await vi.advanceTimersByTimeAsync(DOUBT_MS * 2);
    expect(card.openMention).toBe(mentions[0]);
  });

  it("ignores an element's leave, which the listener on the root captures too", async () => {
    move(50);
    await vi.advanceTimersByTimeAsync(DWELL_MS + 50);
    expect(card.openMention).toBe(mentions[0]);
    // pointerleave does not bubble, but a capturing listener on the root sees every element's
    const p = document.body.appendChild(document.createElement('p'));
    p.dispatchEvent(new PointerEvent('pointerleave', { clientX: 50, clientY: -4, pointerType: 'mouse' }));
    await vi.advanceTimersByTimeAsync(GRACE_MS * 3);
    expect(card.openMention).toBe(mentions[0]);
    p.remove();
  });

  it('stops listening when its signal aborts', async () => {
    life.abort();
    move(50);
    await vi.advanceTimersByTimeAsync(DWELL_MS * 2);
    expect(card.openMention).toBeNull();
  });
});

describe('keyboard', () => {
  let keys: KeyboardController;
  const press = (key: string, shiftKey = false) => {
    const e = new KeyboardEvent('keydown', { key, shiftKey, bubbles: true, composed: true, cancelable: true });
    (document.activeElement ?? document.body).dispatchEvent(e);
    return e;
  };

  beforeEach(() => {
    keys = new KeyboardController(card, () => mentions, window);
    window.addEventListener('keydown', (e) => keys.onKey(e), { capture: true, signal: life.signal });
  });

  it('moves through the mentions with next and previous, wrapping at both ends', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      expect(await keys.focus({ step: 'next' })).toBe(true);
      seen.push(card.openMention!.mention.text);
    }
    expect(seen).toEqual(['North Korean troops', 'North Korean soldiers', 'Storm Corps', 'North Korean troops']);
    await keys.focus({ step: 'previous' });
    expect(card.openMention).toBe(mentions[2]); // before the first comes the last
    await keys.focus({ index: 1 });
    expect(card.openMention).toBe(mentions[1]);
    await keys.focus({ step: 'next' });
    expect(card.openMention).toBe(mentions[2]); // the cursor moved with the index
    await keys.focus({ index: 99 });
    expect(card.openMention).toBe(mentions[2]); // past the end: the last one
  });

  it('answers false on a page without mentions', async () => {
    mentions = [];
    expect(await keys.focus({ step: 'next' })).toBe(false);
    expect(card.openMention).toBeNull();
  });

  it('puts focus in the card, keeps Tab inside it, and gives focus back on Esc', async () => {
    const before = document.getElementById('before')!;
    before.focus();
    await keys.focus({ step: 'next' });
    expect(document.activeElement).toBe(surface.card);
    const [, , last] = surface.buttons;
    last.focus();
    const tab = press('Tab');
    expect(tab.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(surface.buttons[0]); // wrapped to the first
    press('Tab', true);
    expect(document.activeElement).toBe(last); // and back
    press('Escape');
    expect(card.openMention).toBeNull();
    expect(surface.shown).toBeNull();
    expect(document.activeElement).toBe(before);
  });

  it('leaves keys alone while no card is open', () => {
    const e = press('Escape');
    expect(e.defaultPrevented).toBe(false);
    expect(card.openMention).toBeNull();
  });
});
