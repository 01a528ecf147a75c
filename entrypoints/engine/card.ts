import type { Mention } from '../../utils/detect/types';
import type { PageMention } from '../content/scanner';

/** What the card's buttons do: the frame decides. */
export interface CardActions {
  openSheet: () => void;
  disableSite: () => void;
  close: () => void;
}

/** The card's UI (card-view.ts): draws and hides; it keeps no say over whether a card is open. */
export interface CardSurface {
  showFor(mention: Mention, rect: DOMRect, focus: boolean, actions: CardActions): Promise<void>;
  hide(): void;
  remove(): void;
  owns(node: Node | null): boolean;
  inPath(e: Event): boolean;
  readonly cardElement: HTMLElement | null;
}

export type CardWatcher = (open: PageMention | null, viaKeyboard: boolean) => void;

/**
 * Whether a card is open, and on which mention: kept here and nowhere else. Opening from the
 * keyboard remembers where focus was, and closing with the keyboard gives it back.
 */
export class CardController {
  private current: PageMention | null = null;
  private returnFocus: HTMLElement | null = null;
  private watchers = new Set<CardWatcher>();

  constructor(
    private surface: CardSurface,
    private doc: Document,
    private actions: {
      markActive: (range: Range | null) => void;
      openSheet: () => void;
      disableSite: () => void;
    },
  ) {}

  get openMention(): PageMention | null {
    return this.current;
  }

  /** The open card's element (for the focus trap), or null. */
  get element(): HTMLElement | null {
    return this.current ? this.surface.cardElement : null;
  }

  /** True when an event passed through our card. */
  inCard(e: Event): boolean {
    return this.surface.inPath(e);
  }

  owns(node: Node): boolean {
    return this.surface.owns(node);
  }

  /** Hover intent and the keyboard hear of each open and close. */
  watch(watcher: CardWatcher): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  async open(mention: PageMention, rect: DOMRect, viaKeyboard: boolean): Promise<void> {
    if (viaKeyboard && !this.current) {
      const active = this.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement ? active : null;
    }
    this.current = mention;
    this.notify(viaKeyboard);
    this.actions.markActive(mention.range);
    await this.surface.showFor(mention.mention, rect, viaKeyboard, {
      openSheet: this.actions.openSheet,
      disableSite: this.actions.disableSite,
      close: () => this.close(true),
    });
  }

  /** `restoreFocus`: closed by the reader (Esc, the close button), so focus goes back where it was. */
  close(restoreFocus: boolean): void {
    if (!this.current) return;
    this.current = null;
    this.notify(false);
    this.actions.markActive(null);
    this.surface.hide();
    if (restoreFocus && this.returnFocus?.isConnected) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  private notify(viaKeyboard: boolean): void {
    for (const watcher of this.watchers) watcher(this.current, viaKeyboard);
  }
}
