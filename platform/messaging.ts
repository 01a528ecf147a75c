import { browser } from 'wxt/browser';
import type { BackgroundMessages, ContentMessages, DataOf, Envelope, ReplyOf } from '../utils/messages';

// The one typed layer over runtime messaging. A sender names a message of a receiver's map and
// gets that message's reply type; a receiver is a map of handlers, one per message, checked by
// the compiler against the same map. The envelope is built and read here only.

/** What a handler may know of who sent a message: the tab and frame of a content script. */
export interface Sender {
  tab?: { id?: number };
  frameId?: number;
}

/** A handler answers, or returns undefined to leave the message to another frame or listener. */
export type Handlers<M> = {
  [K in keyof M]: (data: DataOf<M, K>, sender: Sender) => ReplyOf<M, K> | Promise<ReplyOf<M, K>> | undefined;
};

export function envelope<M, K extends keyof M>(type: K, data: DataOf<M, K>): Envelope<M, K> {
  return { type, data };
}

function isEnvelopeOf<M>(handlers: Handlers<M>, message: unknown): message is Envelope<M> {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(handlers, type) && 'data' in message;
}

/**
 * A runtime.onMessage listener over a handler map: an unknown message, or one the handler
 * leaves, gets no answer from this listener (undefined), and a reply is always a promise.
 */
export function receiver<M>(handlers: Handlers<M>): (message: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (message, sender) => {
    if (!isEnvelopeOf(handlers, message)) return undefined;
    // One map entry, called with its own message's payload (checked by the map's type at each handler).
    // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
    const handle = handlers[message.type] as (data: unknown, sender: Sender) => unknown;
    const reply = handle(message.data, sender);
    return reply === undefined ? undefined : Promise.resolve(reply);
  };
}

/**
 * What travels back: the reply, or why there is none. A listener answers through sendResponse,
 * which every browser supports with or without webextension-polyfill (the content script goes
 * without it: wxt.config.ts), so a failure is carried as data and thrown again at the sender.
 */
type Answer = { reply: unknown } | { failed: string };

/** Listens with a handler map until the returned function is called. */
export function listen<M>(handlers: Handlers<M>): () => void {
  const receive = receiver(handlers);
  const listener = (message: unknown, sender: Sender, sendResponse: (answer: Answer) => void): true | undefined => {
    const reply = receive(message, sender);
    if (!reply) return undefined; // not ours: another listener or frame may answer
    reply.then(
      (value) => sendResponse({ reply: value }),
      (e: unknown) => sendResponse({ failed: e instanceof Error ? e.message : String(e) }),
    );
    return true; // the answer comes later
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** The reply an answer carries; throws the failure it carries instead. No answer: undefined. */
export function unwrap(answer: unknown): unknown {
  if (typeof answer !== 'object' || answer === null) return undefined;
  if ('failed' in answer) throw new Error(String(answer.failed));
  return 'reply' in answer ? answer.reply : undefined;
}

export type SendToBackground = <K extends keyof BackgroundMessages>(
  type: K,
  data: DataOf<BackgroundMessages, K>,
) => Promise<ReplyOf<BackgroundMessages, K>>;

/** To the background, from a content script or the popup. */
export function sendToBackground<K extends keyof BackgroundMessages>(
  type: K,
  data: DataOf<BackgroundMessages, K>,
): Promise<ReplyOf<BackgroundMessages, K>> {
  // The map types the reply; unwrap cannot know it.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion
  return browser.runtime.sendMessage(envelope<BackgroundMessages, K>(type, data)).then(unwrap) as Promise<ReplyOf<BackgroundMessages, K>>;
}

/** To a tab's content script, by default in its top frame; `'all'`: to every frame of the tab. */
export function sendToTab<K extends keyof ContentMessages>(
  tabId: number,
  type: K,
  data: DataOf<ContentMessages, K>,
  frameId: number | 'all' = 0,
): Promise<ReplyOf<ContentMessages, K>> {
  const message = envelope<ContentMessages, K>(type, data);
  const sent: Promise<unknown> = frameId === 'all' ? browser.tabs.sendMessage(tabId, message) : browser.tabs.sendMessage(tabId, message, { frameId });
  // eslint-disable-next-line @typescript-eslint/no-unsafe-type-assertion -- the map types the reply
  return sent.then(unwrap) as Promise<ReplyOf<ContentMessages, K>>;
}
