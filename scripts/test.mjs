// `npm test`: every check, in order, each stage timed; stops at the first failure, and ends
// with one line counting the tests of both vitest runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = { unit: 'artifacts/vitest-unit.json', e2e: 'artifacts/vitest-e2e.json' };
const json = (file) => `--reporter=default --reporter=json --outputFile.json=${file}`;
// The end-to-end stage needs Debian's Chromium and Firefox ESR (or CHROMIUM_PATH / FIREFOX_PATH):
// as root with apt-get at hand they are installed when missing, as .ci/run does.
const BROWSERS = [
  ['chromium', process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'],
  ['firefox-esr', process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'],
];
const missing = BROWSERS.filter(([, path]) => !existsSync(path)).map(([pkg]) => pkg);
const browsersStage = missing.length
  ? process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')
    ? [
        [
          `install ${missing.join(' and ')} from Debian`,
          `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} >/dev/null`,
        ],
      ]
    : [
        [
          `browsers`,
          `echo "missing ${missing.join(' and ')}: run 'sudo apt-get install ${missing.join(' ')}' (or set CHROMIUM_PATH / FIREFOX_PATH)" >&2; exit 1`,
        ],
      ]
  : [];

const STAGES = [
  ...browsersStage,
  ['typecheck', 'npx tsc --noEmit -p .'],
  ['lint (eslint, type-aware)', 'npm run --silent lint'],
  ['format (prettier --check)', 'npm run --silent format:check'],
  ['unit, DOM, property and corpus tests', `npx vitest run ${json(REPORTS.unit)}`],
  ['build (chrome-mv3, firefox-mv2)', 'npm run --silent build'],
  ['web-ext lint (firefox)', 'npm run --silent lint:firefox'],
  ['end-to-end (Chromium, Firefox)', `npx vitest run -c vitest.e2e.config.ts ${json(REPORTS.e2e)}`],
];

mkdirSync('artifacts', { recursive: true });
for (const file of Object.values(REPORTS)) rmSync(file, { force: true });

const times = [];
for (const [name, command] of STAGES) {
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const { status } = spawnSync(command, { stdio: 'inherit', shell: true });
  const seconds = (Date.now() - started) / 1000;
  times.push([name, seconds, status]);
  if (status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${status}) after ${seconds.toFixed(1)} s`);
    break;
  }
}
console.log('\nstage times:');
for (const [name, seconds, status] of times) {
  console.log(`  ${status === 0 ? '✓' : '✗'} ${name.padEnd(38)} ${seconds.toFixed(1).padStart(6)} s`);
}
let passed = 0;
let failed = 0;
const retried = [];
for (const file of Object.values(REPORTS)) {
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A test that passed with errors on record failed once and passed on its retry.
  for (const suite of r.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'passed' && t.failureMessages?.length) retried.push(t.fullName);
    }
  }
}
if (retried.length) {
  console.log(`\npassed only on retry (${retried.length}):`);
  for (const name of retried) console.log(`  ~ ${name}`);
}
const ok = times.length === STAGES.length && times.every(([, , status]) => status === 0);
if (!ok && failed === 0) failed = 1; // a stage without tests (types, build, lint) failed
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
