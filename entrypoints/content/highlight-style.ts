// The page-level style of our highlights. Highlights are painted with the styles of the
// document (or shadow root) that holds the text, so this sheet goes there: adopted, never a
// <style> element, so the page's DOM is untouched and a strict CSP does not block it. Its
// only selectors are ::highlight() of our own names, so nothing else on the page changes.
export const HIGHLIGHT = 'kursk-context-mention';
export const HIGHLIGHT_ACTIVE = 'kursk-context-active';

export type HighlightStyle = 'underline' | 'background' | 'both';

export function highlightCss(style: HighlightStyle): string {
  // Not colour alone: a thick wavy underline marks the phrase on any background; the
  // translucent fill reads on light and dark pages alike.
  const underline = 'text-decoration: underline wavy 2px #d97706; text-underline-offset: 3px;';
  const fill = 'background-color: rgba(250, 204, 21, 0.35);';
  const body = style === 'underline' ? underline : style === 'background' ? fill : underline + fill;
  return `::highlight(${HIGHLIGHT}) { ${body} }
::highlight(${HIGHLIGHT_ACTIVE}) { background-color: rgba(249, 115, 22, 0.45); text-decoration: underline solid 3px #c2410c; }`;
}

interface Adopting {
  adoptedStyleSheets: CSSStyleSheet[];
}

/** Keeps one sheet adopted by every document or shadow root that holds a highlight. */
export class HighlightSheet {
  private sheet: CSSStyleSheet | null = null;
  private owners = new Set<Adopting>();

  constructor(private win: Window) {}

  setStyle(style: HighlightStyle): void {
    try {
      if (!this.sheet) this.sheet = new (this.win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
      this.sheet.replaceSync(highlightCss(style));
    } catch {
      this.sheet = null; // no constructable sheets: highlights fall back to the UA's default colours
    }
  }

  adoptIn(owner: Document | ShadowRoot): void {
    const target = owner as unknown as Adopting;
    if (!this.sheet || this.owners.has(target)) return;
    try {
      if (!target.adoptedStyleSheets.includes(this.sheet)) {
        target.adoptedStyleSheets = [...target.adoptedStyleSheets, this.sheet];
      }
      this.owners.add(target);
    } catch {
      // A page that froze or replaced adoptedStyleSheets: the highlight keeps the default look.
    }
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
