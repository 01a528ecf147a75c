import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DetectOptions, Mention } from '../../utils/detect/types';
import type { CardHost } from './card-host';
import type { HoverController, HoverDeps } from './hover';
import type { PageMention } from './scanner';

// How the light content script reaches the engine (entrypoints/engine.ts): a module import of
// the extension's own file, which leaves its API on the content script's global (an isolated
// world, invisible to the page). Types only are imported here, so nothing heavy is bundled.
export const ENGINE_GLOBAL = '__kurskContextEngine';
export const ENGINE_FILE = '/engine.js';

export interface Engine {
  findMentions(text: string, options?: DetectOptions): Mention[];
  createCard(ctx: ContentScriptContext): CardHost;
  createHover(deps: HoverDeps): HoverController;
  trapTab(e: KeyboardEvent, card: HTMLElement): void;
  inDocumentOrder(mentions: PageMention[]): PageMention[];
}

let loading: Promise<Engine> | null = null;

export function loadEngine(): Promise<Engine> {
  if (!loading) {
    loading = import(/* @vite-ignore */ browser.runtime.getURL(ENGINE_FILE)).then(() => {
      const engine = (globalThis as unknown as Record<string, Engine | undefined>)[ENGINE_GLOBAL];
      if (!engine) throw new Error('the engine loaded but did not register');
      return engine;
    });
    loading.catch(() => {
      loading = null; // a failed load may be tried again later
    });
  }
  return loading;
}
