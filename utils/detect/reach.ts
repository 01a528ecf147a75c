/**
 * The farthest a sentence extends from its anchor on either side (sentences.ts caps its scans
 * there; the screen's windows reach as far). A module of its own: the screen must not load the
 * lexicons that sentences.ts reads.
 */
export const MAX_REACH = 400;
