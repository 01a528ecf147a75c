// `npm start`: opens Chromium with the built extension on the demo page. Without a display
// it runs headless, saves a screenshot of the demo page and says where the builds are.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BUILD_DIR, launch } from '../tests/e2e/harness/browsers';
import { startServer } from '../tests/e2e/harness/server';
import { ARTIFACTS, FIXTURES } from '../tests/e2e/harness/paths';

const headless = !process.env.DISPLAY || process.env.CI === 'true';
const server = await startServer([FIXTURES]);
const demo = server.url('/demo.html');
const b = await launch('chromium', { headless });
const { page, tabId } = await b.openTab(demo);
await page.setViewport({ width: 1100, height: 1400 });
await b.settle(tabId);
const badge = await b.badge(tabId);

console.log(`\nDemo page: ${demo}`);
console.log(`Mentions on it (toolbar badge): ${badge || '0'}`);
console.log('Built extensions, to load by hand:');
console.log(`  Chrome/Chromium: chrome://extensions → Developer mode → Load unpacked → ${BUILD_DIR.chromium}`);
console.log(`  Firefox: about:debugging#/runtime/this-firefox → Load Temporary Add-on → ${join(BUILD_DIR.firefox, 'manifest.json')}`);

if (headless) {
  await mkdir(ARTIFACTS, { recursive: true });
  const shot = join(ARTIFACTS, 'demo.png');
  await page.bringToFront();
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`No display: ran headless and saved a screenshot of the demo page to ${shot}`);
  await b.close();
  await server.close();
} else {
  console.log('Chromium is open with the extension loaded; close it (or press Ctrl+C) to stop.');
  b.browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
}
