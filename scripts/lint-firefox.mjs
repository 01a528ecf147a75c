// web-ext lint on the Firefox build: fails on any error, prints warnings for the note.
import { spawnSync } from 'node:child_process';

const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const { errors = [], warnings = [], notices = [] } = report;
for (const m of [...errors, ...warnings]) console.log(`${m._type}: ${m.code} ${m.file ?? ''} ${m.message}`);
console.log(`web-ext lint: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`);
process.exit(errors.length === 0 ? 0 : 1);
