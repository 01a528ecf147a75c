import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { findMentions } from '../utils/detect';
import { translateFor } from '../platform/i18n';
import { CardHost } from './content/card-host';
import { trapTab } from './content/focus-trap';
import { HoverController } from './content/hover';
import { inDocumentOrder } from './content/report';
import { ENGINE_GLOBAL, type Engine } from './content/engine-port';

// The heavy half of the content script: the full detector, the card's UI (Preact, Floating
// UI, the fact sheet), the hover and keyboard handling that only a card needs, and the sorting
// of mentions for the popup's list. The content script imports it only on a page whose text
// passes the cheap pre-filter, so the pages that never mention the topic never load or parse it.
export default defineUnlistedScript(() => {
  const engine: Engine = {
    findMentions,
    createCard: (ctx: ContentScriptContext) => new CardHost(ctx, translateFor),
    createHover: (deps) => new HoverController(deps),
    trapTab,
    inDocumentOrder,
  };
  (globalThis as unknown as Record<string, Engine>)[ENGINE_GLOBAL] = engine;
});
