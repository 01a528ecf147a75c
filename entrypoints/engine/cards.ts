import type { Lifetime } from '../content/quiet';
import { fail, quietly } from '../content/quiet';
import type { CardDeps, Cards } from '../content/engine-port';
import { CardController, type CardSurface } from './card';
import { hitTest } from './hit-test';
import { HoverIntent } from './hover-intent';
import { KeyboardController } from './keyboard';
import { inDocumentOrder } from './order';

/**
 * Hover intent, the keyboard and the card, on a page with mentions. Their listeners end with
 * the content script's context (or an unmount, when the site is turned off); a new document
 * root (document.open() erases the listeners of the window and the document) gets them again.
 */
export function mountCardsOn(lifetime: Lifetime, deps: CardDeps, surface: CardSurface, doc: Document = document): Cards {
  const win = doc.defaultView ?? window;
  const life = new AbortController();
  const endWithContext = lifetime.onInvalidated(() => life.abort());
  const card = new CardController(surface, doc, deps);
  const hover = new HoverIntent(
    {
      doc,
      hitAt: (x, y) => hitTest(doc, x, y, deps.find),
      hasMentions: deps.hasMentions,
      trigger: () => deps.settings().trigger,
      card,
      onError: fail,
    },
    win,
  );
  const keyboard = new KeyboardController(card, () => inDocumentOrder(deps.mentions()), win);
  const onKey = quietly((e: KeyboardEvent) => keyboard.onKey(e));

  let listening: AbortController | null = null;
  const listen = () => {
    listening?.abort();
    const current = new AbortController();
    listening = current;
    life.signal.addEventListener('abort', () => current.abort(), { once: true });
    hover.attach(current.signal);
    win.addEventListener('keydown', onKey, { capture: true, signal: current.signal });
  };
  listen();

  let root = doc.documentElement;
  const rootWatch = new win.MutationObserver(
    quietly(() => {
      const now = doc.documentElement;
      if (!now || now === root) return;
      root = now;
      listen();
    }),
  );
  rootWatch.observe(doc, { childList: true });

  life.signal.addEventListener('abort', () => {
    rootWatch.disconnect();
    card.close(false);
    surface.remove();
  });

  return {
    removed(mentions) {
      const open = card.openMention;
      if (open && mentions.includes(open)) card.close(false);
    },
    focus: (target) => keyboard.focus(target),
    owns: (node) => card.owns(node),
    unmount() {
      endWithContext();
      life.abort();
    },
  };
}
