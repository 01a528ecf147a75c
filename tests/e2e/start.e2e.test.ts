import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm start` as a newcomer meets it when no browser can be found: one line that says what to
// do, a non-zero exit, and no stack trace.
const ROOT = resolve(import.meta.dirname, '../..');

describe('npm start without a browser', () => {
  it('names the missing browser in one line and exits non-zero', () => {
    const run = spawnSync('npx', ['tsx', 'scripts/start.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, KURSK_BROWSER: resolve(ROOT, 'no-such-browser') },
      timeout: 60_000,
    });
    const lines = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.trim());
    expect(run.status).not.toBe(0);
    expect(run.status).not.toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^npm start: KURSK_BROWSER=.*no-such-browser is not a browser/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });
});
