import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { translateFor } from '../../platform/i18n';
import { CARD_GLOBAL, type CardPart } from '../engine/card-port';
import { CardView } from './card-view';

// The card's UI: Preact, Floating UI and the fact sheet, the largest part of what the content
// script can load. The engine asks for it when a card is first opened, so a page whose mentions
// are never hovered, tapped or reached from the keyboard never loads or parses it.
export default defineUnlistedScript(() => {
  const part: CardPart = {
    createCardView: (ctx, language) => new CardView(ctx, (mentionLang) => translateFor(language(), mentionLang)),
  };
  Object.assign(globalThis, { [CARD_GLOBAL]: part });
});
