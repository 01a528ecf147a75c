// One profiled page load in real Firefox ESR with the extension: Firefox starts with the Gecko
// profiler on (MOZ_PROFILER_STARTUP), the extension is installed over WebDriver BiDi, the page
// loads and settles, and Firefox is asked to quit, which writes the profile (MOZ_PROFILER_SHUTDOWN).
// A fresh Firefox and profile each time: these are cold loads.
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { GECKO_ID } from '../../wxt.config';
import { isRecord } from '../../utils/guards';
import { attributeGecko, pageThread, parseProfile, type GeckoAttribution } from './gecko-profile';
import { settle } from './chrome-runs';

const FIREFOX_UUID = '5f0c4a8e-6a43-4b7e-9a51-1d2b3c4d5e6f';

export interface FirefoxRun extends GeckoAttribution {
  highlights: number;
}

/** Puppeteer's Firefox browser holds its WebDriver BiDi connection, though its types do not say so. */
const hasBiDiConnection = (b: object): b is { connection: { send(method: string, params: object): Promise<unknown> } } =>
  'connection' in b && isRecord(b.connection) && typeof b.connection.send === 'function';

export async function profiledFirefoxLoad(extensionDir: string, url: string, minMs: number): Promise<FirefoxRun> {
  const out = join(tmpdir(), `kc-bench-gecko-${process.pid}-${Date.now()}.json`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    env: {
      ...process.env,
      MOZ_PROFILER_STARTUP: '1',
      // JS stacks and each sample's CPU time, 1 ms apart, main threads only.
      MOZ_PROFILER_STARTUP_FEATURES: 'js,cpu',
      MOZ_PROFILER_STARTUP_FILTERS: 'GeckoMain',
      MOZ_PROFILER_STARTUP_INTERVAL: '1',
      MOZ_PROFILER_STARTUP_ENTRIES: '16000000',
      MOZ_PROFILER_SHUTDOWN: out,
    },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  try {
    await browser.installExtension(extensionDir);
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    const [highlights] = await settle(page, minMs);
    // Quit through WebDriver BiDi and let Firefox exit by itself: puppeteer's close() may kill
    // the process before the profile is written.
    const proc = browser.process();
    const exited = new Promise<void>((done) => proc?.once('exit', () => done()));
    if (!hasBiDiConnection(browser)) throw new Error('no BiDi connection to ask Firefox to quit');
    await browser.connection.send('browser.close', {}).catch(() => undefined);
    await Promise.race([exited, new Promise((r) => setTimeout(r, 60_000))]);
    const profile = parseProfile(readFileSync(out, 'utf8'));
    const thread = pageThread(profile, new URL(url).pathname);
    if (!thread) throw new Error(`no content process thread loaded ${url} in the profile`);
    return { ...attributeGecko(thread.thread, thread.cpuUnitMs, (l) => l.includes(`moz-extension://${FIREFOX_UUID}/`)), highlights };
  } finally {
    await browser.close().catch(() => undefined);
    rmSync(out, { force: true });
  }
}
