import type { PageMention } from '../../entrypoints/content/scanner';
import type { CardActions, CardSurface } from '../../entrypoints/engine/card';
import type { Mention } from '../../utils/detect/types';
import { asText } from './text-nodes';

// Shared by the controllers' DOM tests: a card surface that draws nothing but keeps what a
// guest would see (which mention is shown, where focus is), and mentions on a real page.

export class FakeSurface implements CardSurface {
  shown: Mention | null = null;
  actions: CardActions | null = null;
  readonly host: HTMLElement;
  readonly card: HTMLElement;
  readonly buttons: HTMLButtonElement[];

  constructor(doc: Document = document) {
    this.host = doc.createElement('div');
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.tabIndex = -1;
    this.buttons = ['One', 'Two', 'Close'].map((label) => {
      const b = doc.createElement('button');
      b.textContent = label;
      this.card.append(b);
      return b;
    });
    this.host.append(this.card);
    doc.body.append(this.host);
  }

  showFor(mention: Mention, _rect: DOMRect, focus: boolean, actions: CardActions): Promise<void> {
    this.shown = mention;
    this.actions = actions;
    if (focus) this.card.focus();
    return Promise.resolve();
  }

  hide(): void {
    this.shown = null;
  }

  remove(): void {
    this.shown = null;
    this.host.remove();
  }

  owns(node: Node | null): boolean {
    return node !== null && this.host.contains(node);
  }

  inPath(e: Event): boolean {
    return e.composedPath().includes(this.host);
  }

  get cardElement(): HTMLElement | null {
    return this.card;
  }
}

/** A mention over the first occurrence of `phrase` in `el`'s first text node. */
export function mentionIn(el: Element, phrase: string): PageMention {
  const text = asText(el.firstChild);
  const start = text.data.indexOf(phrase);
  if (start < 0) throw new Error(`no "${phrase}" in the element`);
  const range = el.ownerDocument.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + phrase.length);
  return {
    block: el,
    range,
    mention: {
      start,
      end: start + phrase.length,
      text: phrase,
      lang: 'en',
      aspect: 'numbers',
      figures: [],
      sentenceStart: 0,
      sentenceEnd: text.data.length,
    },
    sentence: { before: text.data.slice(0, start), after: text.data.slice(start + phrase.length) },
  };
}

export function rect(x = 10, y = 10): DOMRect {
  return new DOMRect(x, y, 100, 16);
}
