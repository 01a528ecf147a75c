import { AdoptedHighlightSheet } from './highlight-style';
import type { HighlightStyle } from '../../utils/settings-model';
import { HighlightPainter, highlightApi } from './highlights';
import type { Lifetime } from './quiet';
import type { PageMention } from './scanner';

/** The longest a found mention waits for its highlight while a long scan goes on. */
export const FLUSH_AFTER_MS = 1000;

/**
 * The frame's highlights: mentions in, ranges in the page's highlight registry out. Until the
 * first mention neither the registry nor the document's styles hold anything of ours: a page
 * without mentions cannot tell that the extension is there, and its style recalculations do not
 * pay for our rules. Every open shadow root that holds a mention adopts a copy of the sheet.
 * Changes reach the registry together, once the scan has settled (or a long scan has run for
 * FLUSH_AFTER_MS): each update makes the browser walk the document again before it paints, and a
 * 5 MB page's scan used to update it in about 25 slices.
 */
export class HighlightController {
  private painter: HighlightPainter | null = null;
  private readonly sheet: AdoptedHighlightSheet;
  private hidden = false;
  /**
   * Where the document's sheet comes from: not asked for yet, the background, or a copy the
   * document adopts (where the background cannot reach the frame).
   */
  private documentSheet: 'unasked' | 'background' | 'adopted' = 'unasked';
  private adding = new Set<Range>();
  private removing = new Set<Range>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private win: Window,
    private style: HighlightStyle,
    /** Adds the highlights' sheet to the document (the background does it, out of the page's sight); rejects where it cannot. */
    private addSheet: () => Promise<void>,
    private lifetime: Lifetime,
  ) {
    this.sheet = new AdoptedHighlightSheet(win);
    lifetime.onInvalidated(() => this.clear());
  }

  apply(added: PageMention[], removed: PageMention[]): void {
    if (this.lifetime.signal.aborted) return;
    // Highlights are painted with the styles of the tree that holds the text: an open shadow
    // root of the page needs our sheet too (adoptIn does nothing for the document).
    for (const m of added) this.sheet.adoptIn(m.block.getRootNode());
    for (const { range } of removed) {
      if (!this.adding.delete(range)) this.removing.add(range);
    }
    for (const { range } of added) this.adding.add(range);
    if ((this.adding.size || this.removing.size) && this.flushTimer === undefined) {
      this.flushTimer = setTimeout(() => this.flush(), FLUSH_AFTER_MS);
    }
  }

  /** Hands the changes kept since the last flush to the registry, in one update. */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (!this.adding.size && !this.removing.size) return;
    const painter = this.adding.size ? this.paint() : this.painter;
    painter?.update([...this.adding], [...this.removing]);
    this.adding.clear();
    this.removing.clear();
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
    if (range) this.flush(); // its highlight first
    this.painter?.setActive(range);
  }

  /** Everything of ours out of the registry and the page's shadow roots. */
  clear(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    this.adding.clear();
    this.removing.clear();
    this.painter?.clear();
    this.painter = null;
    this.sheet.remove();
  }

  private paint(): HighlightPainter | null {
    if (this.painter) return this.painter;
    const api = highlightApi(this.win);
    if (!api) return null;
    if (this.documentSheet === 'unasked') {
      this.documentSheet = 'background'; // once: it stays in the document, harmless, after a clear
      this.addSheet().catch(() => {
        this.documentSheet = 'adopted';
        if (!this.lifetime.signal.aborted) this.sheet.adoptInDocument();
      });
    } else if (this.documentSheet === 'adopted') {
      this.sheet.adoptInDocument(); // again, after a clear took it away
    }
    // Hidden by the reader before the first mention: it stays hidden.
    this.painter = new HighlightPainter(api, this.style, this.hidden);
    return this.painter;
  }
}
