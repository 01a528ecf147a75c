import type { HighlightStyle } from '../../utils/settings-model';

// Our highlights' names, apart from the sheet so that the bench (which runs under tsx, where the
// sheet's CSS import cannot load) registers its baseline's highlights under the same names.

/** Every mention, unstyled: the set that tests and the hit test read. */
export const HIGHLIGHT = 'kursk-context-mention';
/** The mention whose card is open. */
export const HIGHLIGHT_ACTIVE = 'kursk-context-active';

/** The styled names (see highlights.css) that every mention is also registered under. */
export function styleNames(style: HighlightStyle): string[] {
  const underline = 'kursk-context-underline';
  const fill = 'kursk-context-fill';
  return style === 'underline' ? [underline] : style === 'background' ? [fill] : [underline, fill];
}

/** All the styled names, whichever style is chosen. */
export const STYLE_NAMES: readonly string[] = styleNames('both');
