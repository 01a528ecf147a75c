import { ShadowHighlightSheet, type HighlightStyle } from './highlight-style';
import { HighlightPainter, highlightApi } from './highlights';
import type { Lifetime } from './quiet';
import type { PageMention } from './scanner';

/**
 * The frame's highlights: mentions in, ranges in the page's highlight registry out. Until the
 * first mention the registry holds nothing of ours (a page without mentions cannot tell from it
 * that the extension is there). Every open shadow root that holds a mention gets the sheet.
 */
export class HighlightController {
  private painter: HighlightPainter | null = null;
  private readonly sheet: ShadowHighlightSheet;
  private hidden = false;

  constructor(
    private win: Window,
    private style: HighlightStyle,
    lifetime: Lifetime,
  ) {
    this.sheet = new ShadowHighlightSheet(win);
    lifetime.onInvalidated(() => this.clear());
  }

  apply(added: PageMention[], removed: PageMention[]): void {
    // Highlights are painted with the styles of the tree that holds the text: an open shadow
    // root of the page needs our sheet too (adoptIn does nothing for the document).
    for (const m of added) this.sheet.adoptIn(m.block.getRootNode());
    const painter = added.length ? this.paint() : this.painter;
    painter?.update(
      added.map((m) => m.range),
      removed.map((m) => m.range),
    );
  }

  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.painter?.setStyle(style);
  }

  /** The reader's shortcut: all of this frame's highlights out of sight, or back. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    this.painter?.setHidden(hidden);
  }

  get shown(): boolean {
    return !this.hidden;
  }

  /** The mention whose card is open, or none. */
  markActive(range: Range | null): void {
    this.painter?.setActive(range);
  }

  /** Everything of ours out of the registry and the page's shadow roots. */
  clear(): void {
    this.painter?.clear();
    this.painter = null;
    this.sheet.remove();
  }

  private paint(): HighlightPainter | null {
    if (this.painter) return this.painter;
    const api = highlightApi(this.win);
    if (api) this.painter = new HighlightPainter(api, this.style, this.hidden);
    return this.painter;
  }
}
