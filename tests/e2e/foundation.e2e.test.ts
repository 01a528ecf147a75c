import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type ExtensionBrowser } from './harness/browsers';
import { startServer, type FixtureServer } from './harness/server';
import { FIXTURES } from './harness/paths';

describe.each<BrowserName>(['chromium', 'firefox'])('foundation in %s', (name) => {
  let server: FixtureServer;
  let b: ExtensionBrowser;

  beforeAll(async () => {
    server = await startServer([FIXTURES]);
    b = await launch(name);
  });
  afterAll(async () => {
    await b?.close();
    await server?.close();
  });

  it('loads the extension and renders its popup', async () => {
    // The background answers.
    const pong = await b.ext<{ type: string }>('(api) => api.runtime.sendMessage({ type: "ping" })');
    expect(pong.type).toBe('pong');
    const page = await b.extensionPage();
    const heading = await page.$eval('h1', (h) => h.textContent);
    expect(heading).toMatch(/Kursk Context/);
  });

  it('runs the content script on a page from 127.0.0.1, which reports to the background', async () => {
    const { tabId } = await b.openTab(server.url('/plain.html'));
    await b.settle(tabId);
    const status = await b.status(tabId);
    expect(status).toMatchObject({ busy: false, count: 0, active: true, top: true });
    // A page that never mentions the topic sends the background nothing at all.
    expect((await b.summary(tabId)).frames).toBe(0);
    expect(await b.badge(tabId)).toBe('');
  });

  it('sends nothing off the machine and logs no error', () => {
    expect(b.offMachine).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  });
});
