import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { makeScreen } from '../../utils/detect/screen';
import { SCREEN } from '../../utils/detect/screen.data';
import { SCREEN_GLOBAL } from '../content/screen-port';

// The screen (utils/detect/screen.ts), loaded on a page whose text names North Korea: it tells
// whether any name has words near it that a mention needs, so that the pages that only name the
// country never load the engine (entrypoints/engine/, every language's lexicon).
export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [SCREEN_GLOBAL]: makeScreen(SCREEN) });
});
