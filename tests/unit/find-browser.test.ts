import { describe, expect, it } from 'vitest';
import { BROWSER_VAR, findBrowser, kindOf, mayInstall } from '../../scripts/find-browser';

const files =
  (...paths: string[]) =>
  (p: string) =>
    paths.includes(p);

describe("npm start's browser search", () => {
  it('takes the named browser when it exists, and says so when it does not', () => {
    expect(findBrowser({ [BROWSER_VAR]: '/opt/ff/firefox' }, files('/opt/ff/firefox'))).toEqual({
      found: { kind: 'firefox', path: '/opt/ff/firefox' },
    });
    // A named browser that is missing is an error, not a reason to pick another one.
    expect(findBrowser({ [BROWSER_VAR]: '/nope', PATH: '/usr/bin' }, files('/usr/bin/chromium'))).toEqual({ missingNamed: '/nope' });
  });

  it('searches PATH before the usual places, Chromium-family names first', () => {
    const env = { PATH: '/home/me/bin:/usr/local/bin' };
    expect(findBrowser(env, files('/usr/local/bin/firefox', '/home/me/bin/google-chrome', '/usr/bin/chromium'))).toEqual({
      found: { kind: 'chromium', path: '/home/me/bin/google-chrome' },
    });
    expect(findBrowser(env, files('/usr/local/bin/firefox', '/usr/bin/chromium'))).toEqual({
      found: { kind: 'firefox', path: '/usr/local/bin/firefox' },
    });
    expect(findBrowser({ PATH: '' }, files('/snap/bin/chromium'))).toEqual({ found: { kind: 'chromium', path: '/snap/bin/chromium' } });
  });

  it('finds nothing when nothing is there', () => {
    expect(findBrowser({ PATH: '/usr/bin' }, () => false)).toEqual({ none: true });
  });

  it('tells Firefox from Chromium by the binary name', () => {
    expect(kindOf('/Applications/Firefox.app/Contents/MacOS/firefox')).toBe('firefox');
    expect(kindOf('/usr/bin/firefox-esr')).toBe('firefox');
    expect(kindOf('/opt/google/chrome/chrome')).toBe('chromium');
  });

  it('installs a browser itself only as root with apt-get at hand', () => {
    expect(mayInstall(true, true)).toBe(true);
    expect(mayInstall(false, true)).toBe(false);
    expect(mayInstall(true, false)).toBe(false);
  });
});
