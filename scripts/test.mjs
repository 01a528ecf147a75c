// `npm test`: every check, in order, each stage timed; stops at the first failure.
import { spawnSync } from 'node:child_process';

const STAGES = [
  ['typecheck', 'npx tsc --noEmit -p .'],
  ['unit and DOM tests', 'npx vitest run'],
  ['build (chrome-mv3, firefox-mv2)', 'npm run --silent build'],
  ['web-ext lint (firefox)', 'npm run --silent lint:firefox'],
  ['end-to-end (Chromium, Firefox)', 'npx vitest run -c vitest.e2e.config.ts'],
];

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
  console.log(`  ${status === 0 ? '✓' : '✗'} ${name.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s`);
}
process.exit(times.every(([, , status]) => status === 0) && times.length === STAGES.length ? 0 : 1);
