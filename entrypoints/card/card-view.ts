import { h, render } from 'preact';
import { computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { FactCard, type FactCardProps } from '../../components/FactCard';
import cardOwnCss from '../../components/fact-card.css?inline';
import factCss from '../../components/fact.css?inline';
import { cardContent } from '../../utils/card-content';
import type { Mention } from '../../utils/detect/types';
import { factSheet } from '../../utils/fact-sheet';
import type { Translate } from '../../utils/i18n/translate';
import type { CardActions, CardSurface } from '../engine/card';

/** The card's sheet: the shared fact styles first, so that the card's own rules may refine them. */
const cardCss = factCss + cardOwnCss;

// The one element we add to a page: a host whose shadow root holds the card. It is made on
// first use (most pages never need it) and made again if the page removes it.
export const HOST_TAG = 'kursk-context-card';

export class CardView implements CardSurface {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private making: Promise<ShadowRootContentScriptUi<void>> | null = null;
  private sheet: CSSStyleSheet | null = null;
  private visible = false;

  constructor(
    private ctx: ContentScriptContext,
    /** The reader's words for a mention found in `mentionLang` (the language setting decides how). */
    private translateFor: (mentionLang: string) => Translate,
  ) {}

  /** The card for one mention: its facts, caveats and the page's figures beside the article's. */
  showFor(mention: Mention, rect: DOMRect, focus: boolean, actions: CardActions): Promise<void> {
    const t = this.translateFor(mention.lang);
    return this.show(
      {
        phrase: mention.text,
        topic: factSheet.topic,
        article: factSheet.article,
        ...cardContent(mention, t),
        t,
        onOpenSheet: actions.openSheet,
        onDisableSite: actions.disableSite,
        onClose: actions.close,
      },
      { rect },
      focus,
    );
  }

  /** True for our host and anything in it: the scanner and the hover logic ignore it. */
  owns(node: Node | null): boolean {
    if (!node || !this.ui) return false;
    const host = this.ui.shadowHost;
    return node === host || host.contains(node) || node.getRootNode() === this.ui.shadow;
  }

  /** True when an event passed through our host (its path crosses into the shadow root). */
  inPath(e: Event): boolean {
    return this.ui !== null && e.composedPath().includes(this.ui.shadowHost);
  }

  get cardElement(): HTMLElement | null {
    return this.ui?.uiContainer.querySelector<HTMLElement>('.card') ?? null;
  }

  async show(props: FactCardProps, anchor: { rect: DOMRect }, focus: boolean): Promise<void> {
    const ui = await this.ensure();
    render(h(FactCard, props), ui.uiContainer);
    this.visible = true;
    const card = this.cardElement;
    if (!card) return;
    const reference = { getBoundingClientRect: () => anchor.rect };
    const { x, y } = await computePosition(reference, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        size({
          padding: 8,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `${Math.max(160, Math.min(availableHeight, 512))}px`;
          },
        }),
      ],
    });
    // CSSOM, not a style attribute in markup: allowed under a strict CSP.
    card.style.left = `${Math.round(x)}px`;
    card.style.top = `${Math.round(y)}px`;
    if (focus) card.focus();
  }

  hide(): void {
    if (!this.ui || !this.visible) return;
    this.visible = false;
    render(null, this.ui.uiContainer);
  }

  remove(): void {
    this.hide();
    this.ui?.remove();
    this.ui = null;
  }

  private async ensure(): Promise<ShadowRootContentScriptUi<void>> {
    if (this.ui && this.ui.shadowHost.isConnected) return this.ui;
    if (this.ui) {
      // The page removed our host: start again with a fresh one.
      this.ui.remove();
      this.ui = null;
    }
    if (!this.making) {
      this.making = createShadowRootUi(this.ctx, {
        name: HOST_TAG,
        position: 'inline',
        anchor: () => document.documentElement,
        append: 'last',
        mode: 'open',
        onMount: () => undefined,
      }).then((ui) => {
        ui.mount();
        this.adoptStyles(ui.shadow);
        this.ui = ui;
        this.making = null;
        return ui;
      });
    }
    return this.making;
  }

  private adoptStyles(shadow: ShadowRoot): void {
    // A constructed sheet, not a <style>: a page's CSP (style-src 'none') cannot block it.
    try {
      if (!this.sheet) {
        const Sheet = window.CSSStyleSheet;
        this.sheet = new Sheet();
        this.sheet.replaceSync(cardCss);
      }
      shadow.adoptedStyleSheets = [this.sheet];
    } catch {
      const style = document.createElement('style');
      style.textContent = cardCss;
      shadow.prepend(style);
    }
  }
}
