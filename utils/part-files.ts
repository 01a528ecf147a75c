import type { PublicPath } from 'wxt/browser';
import type { LazyPart } from './messages';

// The files a frame gets only once it has a use for them, by their path in the build.

/** A file of the build (WXT lists them: a file that the build does not make fails to compile). */
export type ScriptFile = Extract<PublicPath, `${string}.js`>;
export type StyleFile = Extract<PublicPath, `${string}.css`>;

/** Each lazily loaded part's file. */
export const PART_FILES: Record<LazyPart, ScriptFile> = { screen: '/screen.js', engine: '/engine.js', card: '/card.js' };
/** The highlights' sheet (public/highlights.css, copied to the build as it is). */
export const HIGHLIGHT_SHEET: StyleFile = '/highlights.css';
