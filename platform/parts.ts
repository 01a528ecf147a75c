import { browser } from 'wxt/browser';
import type { LazyPart } from '../utils/messages';
import { PART_FILES } from '../utils/part-files';
import { sendToBackground } from './messaging';

// A lazily loaded part reaches a frame through the background, which runs its file in the
// frame's content-script world, so no file of ours needs to be web-accessible. One exception,
// measured in Firefox ESR: its tabs.executeScript does not reach a frame that the page made from
// a Blob (asked for all the frames of tests/e2e/fixtures/frames.html, every other frame answers),
// nor does tabs.insertCSS, though the content script runs there. In that frame the content
// script imports the part itself, which Firefox allows a content script without the file being
// web-accessible (Chrome does not, and its scripting API reaches those frames).

/** Loads a part into this frame's content-script world; it registers itself on the global. */
export type LoadPart = (part: LazyPart) => Promise<void>;

export const loadPart: LoadPart = async (part) => {
  try {
    await sendToBackground('load-part', { part });
  } catch (e) {
    if (!import.meta.env.FIREFOX) throw e;
    await import(/* @vite-ignore */ browser.runtime.getURL(PART_FILES[part]));
  }
};
