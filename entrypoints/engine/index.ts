import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { mentionsInSteps, preparePageContext } from '../../utils/detect';
import { loadPart } from '../../platform/parts';
import { ENGINE_GLOBAL, type CardDeps, type Engine } from '../content/engine-port';
import { LazyCardSurface } from './card-port';
import { mountCardsOn } from './cards';
import { inDocumentOrder } from './order';

// The heavy half of the content script: the full detector, the cards (hover intent, keyboard,
// the card's state; its UI is a part of its own, entrypoints/card/, loaded on the first opening)
// and the sorting of mentions for the popup's list. The content script loads it only on a page
// whose text passes the cheap pre-filter, so the pages that never mention the topic never load
// or parse it.
export default defineUnlistedScript(() => {
  const engine: Engine = {
    mentionsInSteps,
    preparePageContext,
    inDocumentOrder,
    mountCards: (ctx: ContentScriptContext, deps: CardDeps) =>
      mountCardsOn(ctx, deps, new LazyCardSurface(ctx, loadPart, () => deps.settings().language)),
  };
  Object.assign(globalThis, { [ENGINE_GLOBAL]: engine });
});
