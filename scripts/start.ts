// `npm start`: builds both targets, then opens a browser with the built extension on the demo
// page. Without a display it runs headless, saves a screenshot of the demo page and says where
// the builds are. Every expected failure ends in one line and a non-zero exit, never a stack
// trace (set DEBUG=1 to see one).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BROWSER_VAR, findBrowser, mayInstall, type BrowserSearch, type FoundBrowser } from './find-browser';

const ROOT = join(import.meta.dirname, '..');
const BUILDS = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2/manifest.json'),
};
const BY_HAND = `load it by hand from ${BUILDS.chromium} (Chrome: chrome://extensions, Load unpacked) or ${BUILDS.firefox} (Firefox: about:debugging, Load Temporary Add-on)`;

class Stop extends Error {}
const stop = (line: string): never => {
  throw new Stop(line);
};

const isFile = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

function build(): void {
  console.log('Building for Chrome and Firefox…');
  const run = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status === 0) return;
  const log = join(ROOT, 'artifacts/build.log');
  mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
  writeFileSync(log, `${run.stdout ?? ''}\n${run.stderr ?? ''}`);
  const cause = `${run.stderr ?? ''}\n${run.stdout ?? ''}`
    .split('\n')
    // eslint-disable-next-line no-control-regex -- strips the terminal's colour codes (ESC [ ... m)
    .map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trim())
    .find((l) => /error/i.test(l));
  stop(`the build failed: ${cause ?? run.error?.message ?? `exit ${run.status}`} (full log: ${log})`);
}

function installChromium(): FoundBrowser {
  console.log("No browser found: installing Debian's chromium (apt-get install chromium)…");
  const apt = (...args: string[]) =>
    spawnSync('apt-get', args, { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (!apt('update', '-qq') || !apt('install', '-y', '-qq', 'chromium') || !isFile('/usr/bin/chromium')) {
    stop(`installing chromium with apt-get failed; install a browser yourself, or ${BY_HAND}`);
  }
  return { kind: 'chromium', path: '/usr/bin/chromium' };
}

function browserToUse(search: BrowserSearch): FoundBrowser {
  if ('found' in search) return search.found;
  if ('missingNamed' in search) return stop(`${BROWSER_VAR}=${search.missingNamed} is not a browser that can be run`);
  const root = process.getuid?.() === 0;
  const hasApt = isFile('/usr/bin/apt-get');
  if (mayInstall(root, hasApt)) return installChromium();
  return stop(`no Chromium, Chrome or Firefox found: install one (Debian: sudo apt-get install chromium) or set ${BROWSER_VAR}, or ${BY_HAND}`);
}

async function main(): Promise<void> {
  // A named browser that is not there is a typo: say so before spending time on a build.
  const search = findBrowser(process.env, isFile);
  if ('missingNamed' in search) browserToUse(search);
  build();
  const found = browserToUse(search);
  const headless = !process.env.DISPLAY || process.env.CI === 'true';
  // The harness is loaded only now: a missing browser needs none of its dependencies.
  const { launch } = await import('../tests/e2e/harness/browsers');
  const { startServer } = await import('../tests/e2e/harness/server');
  const { ARTIFACTS, FIXTURES } = await import('../tests/e2e/harness/paths');
  const server = await startServer([FIXTURES]);
  const demo = server.url('/demo.html');
  const b = await launch(found.kind, { headless, executablePath: found.path }).catch((e: unknown) =>
    stop(`${found.path} did not start with the extension: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`),
  );
  const { page, tabId } = await b.openTab(demo);
  await page.setViewport({ width: 1100, height: 1400 });
  await b.settle(tabId);
  const badge = await b.badge(tabId);

  console.log(`\nBrowser: ${found.path}`);
  console.log(`Demo page: ${demo}`);
  console.log(`Mentions on it (toolbar badge): ${badge || '0'}`);
  console.log('Built extensions, to load by hand:');
  console.log(`  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${BUILDS.chromium}`);
  console.log(`  Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${BUILDS.firefox}`);

  if (headless) {
    mkdirSync(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'demo.png');
    await page.bringToFront();
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`No display: ran headless and saved a screenshot of the demo page to ${shot}`);
    await b.close();
    await server.close();
  } else {
    console.log('The browser is open with the extension loaded; close it (or press Ctrl+C) to stop.');
    b.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
  }
}

main().catch((e: unknown) => {
  const line = e instanceof Stop ? e.message : `unexpected error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`;
  console.error(`npm start: ${line}`);
  if (process.env.DEBUG && e instanceof Error) console.error(e.stack);
  process.exit(e instanceof Stop ? 2 : 1);
});
