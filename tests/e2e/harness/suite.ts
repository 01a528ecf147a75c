import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser, type LaunchOptions } from './browsers';
import { ARTIFACTS, FIXTURES } from './paths';
import { startServer, type FixtureServer } from './server';

/**
 * One browser with the extension and one fixture server for a describe block: started before
 * its tests, closed after. Read `env.b` and `env.server` inside the tests.
 */
export function useExtensionBrowser(name: BrowserName, opts: LaunchOptions = {}): { readonly b: ExtensionBrowser; readonly server: FixtureServer } {
  let b: ExtensionBrowser | undefined;
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await startServer([FIXTURES]);
    b = await launch(name, opts);
    await mkdir(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });
  return {
    get b() {
      if (!b) throw new Error('the browser has not started');
      return b;
    },
    get server() {
      if (!server) throw new Error('the server has not started');
      return server;
    },
  };
}
