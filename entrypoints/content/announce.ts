// A polite live region for what the reader's own shortcuts change on the page (the highlights
// hidden or shown): screen readers say it, nothing shows. Made on first use only, in a shadow
// root of its own, so that a page where the reader never asks has nothing more of ours in it.
export const STATUS_TAG = 'kursk-context-status';

export class Announcer {
  private region: HTMLElement | null = null;

  constructor(private doc: Document) {}

  say(text: string): void {
    const region = this.ensure();
    // A new text node each time, so the same words twice are announced twice.
    region.replaceChildren(this.doc.createTextNode(text));
  }

  private ensure(): HTMLElement {
    if (this.region?.isConnected) return this.region;
    const host = this.doc.createElement(STATUS_TAG);
    const root = host.attachShadow({ mode: 'open' });
    const region = this.doc.createElement('div');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    // Off screen, not display:none (which would silence it); CSSOM, allowed under a strict CSP.
    Object.assign(host.style, { position: 'fixed', width: '1px', height: '1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' });
    root.append(region);
    (this.doc.body ?? this.doc.documentElement).append(host);
    this.region = region;
    return region;
  }
}
