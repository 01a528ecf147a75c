import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LoadPart } from '../../platform/parts';
import type { CardActions, CardSurface } from './card';
import type { Mention } from '../../utils/detect/types';
import type { LanguageChoice } from '../../utils/i18n/locales';

// The card's UI as a part of its own (entrypoints/card/), loaded by the background into this
// frame's content-script world the first time a card opens. Types only are imported here.
export const CARD_GLOBAL = '__kurskContextCard';

export interface CardPart {
  /** `language` is read at each showing, so a change of the setting reaches the next card. */
  createCardView(ctx: ContentScriptContext, language: () => LanguageChoice): CardSurface;
}

function isCardPart(value: unknown): value is CardPart {
  return typeof value === 'object' && value !== null && 'createCardView' in value;
}

/** A card surface that loads the card's UI on its first showing and draws nothing before. */
export class LazyCardSurface implements CardSurface {
  private view: CardSurface | null = null;
  private loading: Promise<CardSurface> | null = null;
  private removed = false;

  constructor(
    private ctx: ContentScriptContext,
    private loadPart: LoadPart,
    private language: () => LanguageChoice,
  ) {}

  async showFor(mention: Mention, rect: DOMRect, focus: boolean, actions: CardActions): Promise<void> {
    const view = await this.load();
    if (this.removed) return;
    await view.showFor(mention, rect, focus, actions);
  }

  hide(): void {
    this.view?.hide();
  }

  remove(): void {
    this.removed = true;
    this.view?.remove();
  }

  owns(node: Node | null): boolean {
    return this.view?.owns(node) ?? false;
  }

  inPath(e: Event): boolean {
    return this.view?.inPath(e) ?? false;
  }

  get cardElement(): HTMLElement | null {
    return this.view?.cardElement ?? null;
  }

  private load(): Promise<CardSurface> {
    this.loading ??= this.loadPart('card').then(() => {
      const part: unknown = Reflect.get(globalThis, CARD_GLOBAL);
      if (!isCardPart(part)) throw new Error('the card loaded but did not register');
      this.view = part.createCardView(this.ctx, this.language);
      return this.view;
    });
    this.loading.catch(() => {
      this.loading = null; // the next opening tries again
    });
    return this.loading;
  }
}
