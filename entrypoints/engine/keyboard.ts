import type { FocusTarget } from '../../utils/messages';
import type { PageMention } from '../content/scanner';
import type { CardController } from './card';
import { trapTab } from './focus-trap';
import { firstRect } from './hit-test';

/**
 * The keyboard's way through the page's mentions: the shortcuts and the popup move a cursor
 * (wrapping at both ends) and open the card there with focus inside; Tab stays in the open
 * card; Esc closes it and gives focus back.
 */
export class KeyboardController {
  /** The mention last moved to, in document order; -1 before the first move. */
  private cursor = -1;

  constructor(
    private card: Pick<CardController, 'openMention' | 'element' | 'open' | 'close'>,
    /** The page's mentions in document order. */
    private ordered: () => PageMention[],
    private win: Window,
  ) {}

  onKey(e: KeyboardEvent): void {
    if (!this.card.openMention) return;
    if (e.key === 'Escape') {
      this.card.close(true);
      return;
    }
    const element = this.card.element;
    if (element && e.composedPath().includes(element)) trapTab(e, element);
  }

  /** False when the page has no mention to move to. */
  async focus(target: FocusTarget): Promise<boolean> {
    const mentions = this.ordered();
    const n = mentions.length;
    if (n === 0) return false;
    if ('index' in target) this.cursor = Math.max(0, Math.min(target.index, n - 1));
    else if (target.step === 'next') this.cursor = (this.cursor + 1) % n;
    else this.cursor = (this.cursor - 1 + n) % n;
    const mention = mentions[this.cursor];
    const reduce = this.win.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    mention.range.startContainer.parentElement?.scrollIntoView({
      block: 'center',
      inline: 'nearest',
      behavior: reduce ? 'auto' : 'instant',
    });
    await this.card.open(mention, firstRect(mention.range), true);
    return true;
  }
}
