import highlightsCss from '../../public/highlights.css?inline';
import type { HighlightStyle } from '../../utils/settings-model';

// Our highlights' names and the sheet that styles them (public/highlights.css). The document
// gets that sheet from the background with its first mention; an open shadow root of the page does not see the document's sheets,
// so each one that holds a mention adopts a copy: adopted, never a <style> element, so the
// page's DOM is untouched and a strict CSP does not block it.

/** Every mention, unstyled: the set that tests and the hit test read. */
export const HIGHLIGHT = 'kursk-context-mention';
/** The mention whose card is open. */
export const HIGHLIGHT_ACTIVE = 'kursk-context-active';

export type { HighlightStyle };

/** The styled names (see highlights.css) that every mention is also registered under. */
export function styleNames(style: HighlightStyle): string[] {
  const underline = 'kursk-context-underline';
  const fill = 'kursk-context-fill';
  return style === 'underline' ? [underline] : style === 'background' ? [fill] : [underline, fill];
}

/** All the styled names, whichever style is chosen. */
export const STYLE_NAMES: readonly string[] = styleNames('both');

const DOCUMENT_FRAGMENT = 11; // Node.DOCUMENT_FRAGMENT_NODE: a shadow root

interface Adopting {
  adoptedStyleSheets: CSSStyleSheet[];
}

/** Keeps the highlight sheet adopted by every open shadow root of the page that holds a highlight. */
export class ShadowHighlightSheet {
  private sheet: CSSStyleSheet | null = null;
  private owners = new Set<Adopting>();

  constructor(private win: Window) {}

  /** `root`: the root node of the tree that holds a highlight; only a shadow root needs a copy. */
  adoptIn(root: Node): void {
    if (root.nodeType !== DOCUMENT_FRAGMENT) return; // the document has the manifest's sheet already
    const target = root as unknown as Adopting;
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
    const sheet = new (this.win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
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
