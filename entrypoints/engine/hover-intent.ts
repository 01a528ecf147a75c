import type { PageMention } from '../content/scanner';
import type { CardController } from './card';
import type { Hit } from './hit-test';

// Page Previews-like timing: open after a dwell, keep open while the pointer moves onto the
// card, close after a grace period once it has left both.
export const DWELL_MS = 500;
export const GRACE_MS = 300;
/** How long a card stays after a doubtful leave (see onLeaveWindow) when no pointer event follows. */
export const DOUBT_MS = 1500;

export interface HoverDeps {
  doc: Document;
  /** The mention under a point of the viewport, and the line box it is on (hit-test.ts). */
  hitAt(x: number, y: number): Hit | null;
  hasMentions(): boolean;
  /** Read on each use: a change of the setting applies at once. */
  trigger(): 'hover' | 'click';
  card: Pick<CardController, 'openMention' | 'inCard' | 'open' | 'close' | 'watch'>;
  onError(e: unknown): void;
}

/** Opens the card after a dwell on a mention, keeps it while the pointer crosses to it, closes it after a grace period. */
export class HoverIntent {
  private dwell: number | undefined;
  private grace: number | undefined;
  private frame: number | undefined;
  private last: { x: number; y: number } | null = null;
  private candidate: PageMention | null = null;
  /** Where the pointer was when a card opened from the keyboard: moves that don't leave it are not the user's. */
  private keyboardAnchor: { x: number; y: number } | null = null;
  private pointer: { x: number; y: number } | null = null;
  /** The page said the pointer left, from a place inside it, and no pointer event has come since. */
  private doubt = false;

  constructor(
    private d: HoverDeps,
    private win: Window,
  ) {
    d.card.watch((open, viaKeyboard) => {
      if (!open) this.cardClosed();
      else if (viaKeyboard) this.openedFromKeyboard();
    });
  }

  /** Listens until `signal` aborts (the context's end, or a new document root to listen on). */
  attach(signal: AbortSignal): void {
    const opts = { capture: true, passive: true, signal } as const;
    this.win.addEventListener(
      'pointermove',
      this.guard((e: PointerEvent) => this.onMove(e)),
      opts,
    );
    this.win.addEventListener(
      'pointerdown',
      this.guard((e: PointerEvent) => this.onDown(e)),
      opts,
    );
    this.d.doc.documentElement.addEventListener(
      'pointerleave',
      this.guard((e: PointerEvent) => this.onLeaveWindow(e)),
      opts,
    );
    signal.addEventListener('abort', () => this.clearTimers(), { once: true });
  }

  private guard<E>(fn: (e: E) => void): (e: E) => void {
    return (e: E) => {
      try {
        fn(e);
      } catch (err) {
        this.d.onError(err);
      }
    };
  }

  /** A card opened from the keyboard stays until the pointer really moves (a scroll sends moves too). */
  private openedFromKeyboard(): void {
    this.cancelDwell();
    this.cancelGrace();
    this.keyboardAnchor = this.pointer ?? { x: NaN, y: NaN };
  }

  private onMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    this.doubt = false;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.keyboardAnchor) {
      // Browsers send a still pointer a synthetic move after a scroll: no movement, same place.
      const still = e.movementX === 0 && e.movementY === 0;
      const near = Math.abs(e.clientX - this.keyboardAnchor.x) + Math.abs(e.clientY - this.keyboardAnchor.y) < 4;
      if (still || near) return;
      this.keyboardAnchor = null;
    }
    if (this.d.card.inCard(e)) {
      // On the card: it stays.
      this.cancelGrace();
      return;
    }
    if (!this.d.hasMentions() && !this.d.card.openMention) return; // the common page: nothing to do
    this.last = { x: e.clientX, y: e.clientY };
    // One hit test per frame, however fast the pointer moves.
    if (this.frame === undefined) {
      this.frame = this.win.requestAnimationFrame(() => {
        this.frame = undefined;
        try {
          this.evaluate();
        } catch (err) {
          this.d.onError(err);
        }
      });
    }
  }

  private evaluate(): void {
    if (!this.last) return;
    const hit = this.d.hitAt(this.last.x, this.last.y);
    const open = this.d.card.openMention;
    if (hit && open && hit.mention === open) {
      this.cancelGrace();
      return;
    }
    if (!hit) {
      this.cancelDwell();
      if (open) this.startGrace();
      return;
    }
    if (this.d.trigger() !== 'hover') return;
    if (this.candidate === hit.mention && this.dwell !== undefined) return;
    this.cancelDwell();
    this.candidate = hit.mention;
    this.dwell = this.win.setTimeout(
      this.guard(() => {
        this.dwell = undefined;
        // Still there after the dwell? Open at the line box under the pointer now.
        const still = this.last && this.d.hitAt(this.last.x, this.last.y);
        if (still && still.mention === this.candidate) {
          this.cancelGrace();
          this.d.card.open(still.mention, still.rect, false).then(
            () => {
              if (this.doubt && this.d.card.openMention) this.startGrace(DOUBT_MS);
            },
            (err: unknown) => this.d.onError(err),
          );
        }
      }),
      DWELL_MS,
    );
  }

  private onDown(e: PointerEvent): void {
    this.doubt = false;
    if (this.d.card.inCard(e)) return;
    const hit = this.d.hasMentions() ? this.d.hitAt(e.clientX, e.clientY) : null;
    if (hit && (e.pointerType === 'touch' || this.d.trigger() === 'click')) {
      // A tap (or a click, when the user chose click) opens the card at once.
      this.cancelDwell();
      this.cancelGrace();
      this.d.card.open(hit.mention, hit.rect, false).catch((err: unknown) => this.d.onError(err));
      return;
    }
    if (this.d.card.openMention && (!hit || hit.mention !== this.d.card.openMention)) this.d.card.close(false);
  }

  private onLeaveWindow(e: PointerEvent): void {
    // A finger leaves the page at the end of every tap (pointerup, then pointerleave): that is
    // no pointer going away, and the card a tap opened stays until a tap elsewhere.
    if (e.pointerType === 'touch') return;
    // The listener captures every element's leave: only the document's own is the pointer going.
    if (e.target !== this.d.doc.documentElement) return;
    // A pointer that left is outside the viewport (Chromium and Firefox both give its new place).
    // A leave from inside is doubtful: Firefox sends one to a nested about:blank frame while the
    // pointer rests on a mention, and then nothing more when it really goes. So such a leave lets
    // a dwell end in a card, and closes a card after DOUBT_MS unless a pointer event comes first.
    const { clientX: x, clientY: y } = e;
    if (x > 0 && y > 0 && x < this.win.innerWidth && y < this.win.innerHeight) {
      this.doubt = true;
      if (this.d.card.openMention) this.startGrace(DOUBT_MS);
      return;
    }
    this.cancelDwell();
    if (this.d.card.openMention) this.startGrace();
  }

  private startGrace(ms = GRACE_MS): void {
    if (this.grace !== undefined) return;
    this.grace = this.win.setTimeout(
      this.guard(() => {
        this.grace = undefined;
        this.d.card.close(false);
      }),
      ms,
    );
  }

  private cardClosed(): void {
    this.cancelGrace();
    this.keyboardAnchor = null;
  }

  private cancelGrace(): void {
    if (this.grace !== undefined) this.win.clearTimeout(this.grace);
    this.grace = undefined;
  }

  private cancelDwell(): void {
    if (this.dwell !== undefined) this.win.clearTimeout(this.dwell);
    this.dwell = undefined;
    this.candidate = null;
  }

  private clearTimers(): void {
    this.cancelDwell();
    this.cancelGrace();
    if (this.frame !== undefined) this.win.cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
