import { hitTest, type Hit } from './hit-test';
import type { PageMention } from './scanner';

// Page Previews-like timing: open after a dwell, keep open while the pointer moves onto the
// card, close after a grace period once it has left both.
export const DWELL_MS = 500;
export const GRACE_MS = 300;

export interface HoverDeps {
  doc: Document;
  find(node: Node, offset: number): PageMention | null;
  hasMentions(): boolean;
  /** True when the event came from inside our card. */
  inCard(e: Event): boolean;
  trigger(): 'hover' | 'click';
  open(hit: Hit, viaKeyboard: boolean): void;
  close(): void;
  openMention(): PageMention | null;
  onError(e: unknown): void;
}

export class HoverController {
  private dwell: number | undefined;
  private grace: number | undefined;
  private frame: number | undefined;
  private last: { x: number; y: number } | null = null;
  private candidate: PageMention | null = null;
  /** Where the pointer was when a card opened from the keyboard: moves that don't leave it are not the user's. */
  private keyboardAnchor: { x: number; y: number } | null = null;
  private pointer: { x: number; y: number } | null = null;
  private win: Window;

  constructor(private d: HoverDeps) {
    this.win = d.doc.defaultView!;
  }

  attach(): () => void {
    const opts = { capture: true, passive: true } as const;
    const move = this.guard((e: PointerEvent) => this.onMove(e));
    const down = this.guard((e: PointerEvent) => this.onDown(e));
    const leave = this.guard(() => this.onLeaveWindow());
    this.win.addEventListener('pointermove', move, opts);
    this.win.addEventListener('pointerdown', down, opts);
    this.d.doc.documentElement.addEventListener('pointerleave', leave, opts);
    return () => {
      this.win.removeEventListener('pointermove', move, opts);
      this.win.removeEventListener('pointerdown', down, opts);
      this.d.doc.documentElement.removeEventListener('pointerleave', leave, opts);
      this.clearTimers();
    };
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
  openedFromKeyboard(): void {
    this.cancelDwell();
    this.cancelGrace();
    this.keyboardAnchor = this.pointer ?? { x: NaN, y: NaN };
  }

  private onMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    this.pointer = { x: e.clientX, y: e.clientY };
    if (this.keyboardAnchor) {
      // Browsers send a still pointer a synthetic move after a scroll: no movement, same place.
      const still = e.movementX === 0 && e.movementY === 0;
      const near = Math.abs(e.clientX - this.keyboardAnchor.x) + Math.abs(e.clientY - this.keyboardAnchor.y) < 4;
      if (still || near) return;
      this.keyboardAnchor = null;
    }
    if (this.d.inCard(e)) {
      // On the card: it stays.
      this.cancelGrace();
      return;
    }
    if (!this.d.hasMentions() && !this.d.openMention()) return; // the common page: nothing to do
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
    const hit = hitTest(this.d.doc, this.last.x, this.last.y, this.d.find);
    const open = this.d.openMention();
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
        const still = this.last && hitTest(this.d.doc, this.last.x, this.last.y, this.d.find);
        if (still && still.mention === this.candidate) {
          this.cancelGrace();
          this.d.open(still, false);
        }
      }),
      DWELL_MS,
    );
  }

  private onDown(e: PointerEvent): void {
    if (this.d.inCard(e)) return;
    const hit = this.d.hasMentions() ? hitTest(this.d.doc, e.clientX, e.clientY, this.d.find) : null;
    if (hit && (e.pointerType === 'touch' || this.d.trigger() === 'click')) {
      // A tap (or a click, when the user chose click) opens the card at once.
      this.cancelDwell();
      this.cancelGrace();
      this.d.open(hit, false);
      return;
    }
    if (this.d.openMention() && (!hit || hit.mention !== this.d.openMention())) this.d.close();
  }

  private onLeaveWindow(): void {
    this.cancelDwell();
    if (this.d.openMention()) this.startGrace();
  }

  private startGrace(): void {
    if (this.grace !== undefined) return;
    this.grace = this.win.setTimeout(
      this.guard(() => {
        this.grace = undefined;
        this.d.close();
      }),
      GRACE_MS,
    );
  }

  cardClosed(): void {
    this.cancelGrace();
    this.keyboardAnchor = null;
  }

  cancelGrace(): void {
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
