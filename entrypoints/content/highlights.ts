import { HIGHLIGHT, HIGHLIGHT_ACTIVE } from './highlight-style';

// Paints mentions with the CSS Custom Highlight API: ranges in a registry, no DOM change.
type HighlightCtor = new (...ranges: Range[]) => Set<Range>;
interface Registry {
  get(name: string): unknown;
  set(name: string, h: unknown): void;
  delete(name: string): boolean;
}

export function highlightApi(win: Window): { registry: Registry; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: Registry }; Highlight?: HighlightCtor };
  if (!w.CSS?.highlights || typeof w.Highlight !== 'function') return null;
  return { registry: w.CSS.highlights, Highlight: w.Highlight };
}

export class HighlightPainter {
  private all: Set<Range>;
  private active: Set<Range>;

  constructor(private api: { registry: Registry; Highlight: HighlightCtor }) {
    this.all = new api.Highlight();
    this.active = new api.Highlight();
    this.attach();
  }

  /** Puts our highlights back if the page cleared the registry. */
  private attach(): void {
    if (this.api.registry.get(HIGHLIGHT) !== this.all) this.api.registry.set(HIGHLIGHT, this.all);
    if (this.api.registry.get(HIGHLIGHT_ACTIVE) !== this.active) this.api.registry.set(HIGHLIGHT_ACTIVE, this.active);
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
    this.api.registry.delete(HIGHLIGHT);
    this.api.registry.delete(HIGHLIGHT_ACTIVE);
  }
}
