import highlightsCss from '../../public/highlights.css?inline';
import { isShadowRoot } from './dom-rules';

// The sheet that styles our highlights (public/highlights.css; their names: highlight-names.ts). The document
// gets that sheet from the background with its first mention; an open shadow root of the page
// does not see the document's sheets, so each one that holds a mention adopts a copy: adopted,
// never a <style> element, so the page's DOM is untouched and a strict CSP does not block it. A
// document the background cannot reach (Firefox's blob: frames, platform/parts.ts) adopts one too.

interface Adopting {
  adoptedStyleSheets: CSSStyleSheet[];
}

/** Keeps the highlight sheet adopted by every open shadow root of the page that holds a highlight (and by the document, if asked). */
export class AdoptedHighlightSheet {
  private sheet: CSSStyleSheet | null = null;
  private owners = new Set<Adopting>();

  constructor(private win: Window) {}

  /** `root`: the root node of the tree that holds a highlight; only a shadow root needs a copy. */
  adoptIn(root: Node): void {
    if (isShadowRoot(root)) this.adopt(root); // the document gets its sheet from the background
  }

  /** The document adopts a copy: only where the background could not add the sheet. */
  adoptInDocument(): void {
    this.adopt(this.win.document);
  }

  private adopt(target: Adopting): void {
    if (this.owners.has(target)) return;
    try {
      this.sheet ??= this.make();
      if (!target.adoptedStyleSheets.includes(this.sheet)) {
        target.adoptedStyleSheets = [...target.adoptedStyleSheets, this.sheet];
      }
      this.owners.add(target);
    } catch {
      // No constructable sheets, or a page that froze adoptedStyleSheets: the UA's default look.
    }
  }

  private make(): CSSStyleSheet {
    // The frame's own constructor: a sheet is adopted only in the document it was made for.
    const win: { document: Document; CSSStyleSheet?: typeof CSSStyleSheet } = this.win;
    if (!win.CSSStyleSheet) throw new Error('no constructable style sheets');
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(highlightsCss);
    return sheet;
  }

  remove(): void {
    for (const owner of this.owners) {
      try {
        owner.adoptedStyleSheets = owner.adoptedStyleSheets.filter((s) => s !== this.sheet);
      } catch {
        // nothing to undo
      }
    }
    this.owners.clear();
  }
}
