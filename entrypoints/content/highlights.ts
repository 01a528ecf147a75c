import { HIGHLIGHT, HIGHLIGHT_ACTIVE, STYLE_NAMES, styleNames } from './highlight-names';
import type { HighlightStyle } from '../../utils/settings-model';

// Paints mentions with the CSS Custom Highlight API: ranges in a registry, no DOM change.
// One set of ranges, registered under our plain name and under the styled names of the reader's
// chosen style: changing the style changes the registry, never a style sheet.
type HighlightCtor = new (...ranges: Range[]) => Set<Range>;
interface Registry {
  get(name: string): unknown;
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

export function highlightApi(win: Window): { registry: Registry; Highlight: HighlightCtor } | null {
  // Not in every browser yet.
  const w: { document: Document; CSS?: { highlights?: Registry }; Highlight?: HighlightCtor } = win;
  if (!w.CSS?.highlights || typeof w.Highlight !== 'function') return null;
  return { registry: w.CSS.highlights, Highlight: w.Highlight };
}

export class HighlightPainter {
  private all: Set<Range>;
  private active: Set<Range>;
  private names: string[];

  constructor(
    private api: { registry: Registry; Highlight: HighlightCtor },
    style: HighlightStyle,
    /** Hidden by the reader: the ranges are kept under our plain name, no styled name paints them. */
    private hidden = false,
  ) {
    this.all = new api.Highlight();
    this.active = new api.Highlight();
    this.names = styleNames(style);
    this.attach();
  }

  /** Puts our highlights back if the page cleared the registry. */
  private attach(): void {
    const { registry } = this.api;
    const painted = this.hidden ? [] : this.names;
    for (const name of [HIGHLIGHT, ...painted]) if (registry.get(name) !== this.all) registry.set(name, this.all);
    if (this.hidden) registry.delete(HIGHLIGHT_ACTIVE);
    else if (registry.get(HIGHLIGHT_ACTIVE) !== this.active) registry.set(HIGHLIGHT_ACTIVE, this.active);
  }

  /** Hides every highlight of the frame at once, or shows them again: the registry changes, never a sheet. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    if (hidden) for (const name of STYLE_NAMES) this.api.registry.delete(name);
    this.attach();
  }

  setStyle(style: HighlightStyle): void {
    this.names = styleNames(style);
    for (const name of STYLE_NAMES) if (!this.names.includes(name)) this.api.registry.delete(name);
    this.attach();
  }

  update(added: Range[], removed: Range[]): void {
    for (const r of removed) {
      this.all.delete(r);
      this.active.delete(r);
    }
    for (const r of added) this.all.add(r);
    this.attach();
  }

  setActive(range: Range | null): void {
    this.active.clear();
    if (range) this.active.add(range);
    this.attach();
  }

  clear(): void {
    this.all.clear();
    this.active.clear();
    for (const name of [HIGHLIGHT, HIGHLIGHT_ACTIVE, ...STYLE_NAMES]) this.api.registry.delete(name);
  }
}
