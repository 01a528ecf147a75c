// Where `npm start` looks for a browser, and what it does when it finds none. Pure: the file
// system and the environment come in as arguments, so the choice is unit-tested.
import { basename, delimiter, join } from 'node:path';

export type BrowserKind = 'chromium' | 'firefox';
export interface FoundBrowser {
  kind: BrowserKind;
  path: string;
}

/** The environment variable that names a browser to use, skipping the search. */
export const BROWSER_VAR = 'KURSK_BROWSER';

const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'firefox-esr', 'firefox'];
const USUAL_PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

export const kindOf = (path: string): BrowserKind => (/firefox/i.test(basename(path)) ? 'firefox' : 'chromium');

export type BrowserSearch = { found: FoundBrowser } | { missingNamed: string } | { none: true };

/** The named browser if the variable is set (which must exist), else the first on PATH or in a usual place. */
export function findBrowser(env: Record<string, string | undefined>, isFile: (path: string) => boolean): BrowserSearch {
  const named = env[BROWSER_VAR]?.trim();
  if (named) return isFile(named) ? { found: { kind: kindOf(named), path: named } } : { missingNamed: named };
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of ON_PATH) {
    for (const dir of dirs) {
      const path = join(dir, name);
      if (isFile(path)) return { found: { kind: kindOf(path), path } };
    }
  }
  for (const path of USUAL_PLACES) if (isFile(path)) return { found: { kind: kindOf(path), path } };
  return { none: true };
}

/** With no browser: Debian's chromium when we may install it (root, apt-get at hand), else advice. */
export const mayInstall = (isRoot: boolean, hasAptGet: boolean): boolean => isRoot && hasAptGet;
