import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { fixedPort, GraphQLClient, startServerProcess, type ServerProcess } from '@posyandu-spm/testing';
import { afterAll, describe, expect, it } from 'vitest';

const REGISTER = 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id code } }';

/** Whether a process with this pid still runs (EPERM: it runs as another user, e.g. `postgres`). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Issue 19: a server killed hard (kill -9, the out-of-memory killer) leaves its embedded
 * PostgreSQL running with `postmaster.pid` in DATA_DIR. The next start on the same DATA_DIR
 * must recognise it, stop it, start its own, and serve the data committed before the crash.
 */
describe('embedded PostgreSQL after the server was killed with SIGKILL', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'psp-crash-'));
  const tokenSecret = randomBytes(32).toString('hex');
  let server: ServerProcess | undefined;
  let leftover = 0;

  afterAll(async () => {
    await server?.stop();
    if (leftover && running(leftover)) process.kill(leftover, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('comes up again on the same DATA_DIR with the case registered before the crash', async () => {
    const env = {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await fixedPort()),
      SEED_DEMO: 'true',
      LOG_LEVEL: 'info',
    };
    server = await startServerProcess({ tokenSecret, env, readyTimeoutMs: 120_000 });
    const kader = await GraphQLClient.login(server.url, 'kader.gombang', 'posyandu-demo-2026');
    const { registerCase } = await kader.request<{ registerCase: { id: string; code: string } }>(REGISTER, {
      input: pendidikanInput(),
    });

    await server.kill();
    const lockFile = path.join(dataDir, 'pg', 'postmaster.pid');
    expect(existsSync(lockFile)).toBe(true);
    leftover = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
    // The crash left the embedded PostgreSQL running, holding its port and its data folder.
    expect(running(leftover)).toBe(true);

    server = await startServerProcess({ tokenSecret, env, readyTimeoutMs: 120_000 });
    const log = server.output.join('');
    expect(log).toContain('stopping the embedded PostgreSQL left running by a server that stopped abruptly');
    expect(running(leftover)).toBe(false);

    const again = await GraphQLClient.login(server.url, 'kader.gombang', 'posyandu-demo-2026');
    const found = await again.request<{ case: { code: string } }>('query ($id: ID!) { case(id: $id) { code } }', {
      id: registerCase.id,
    });
    expect(found.case.code).toBe(registerCase.code);

    // Killed again, and this time the lock file is gone too (removed by hand, or PostgreSQL was
    // already shutting down, which drops it before it lets go of its port): found by its command line.
    await server.kill();
    leftover = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
    rmSync(lockFile);
    expect(running(leftover)).toBe(true);
    server = await startServerProcess({ tokenSecret, env, readyTimeoutMs: 120_000 });
    const stopped = server.output
      .join('')
      .split('\n')
      .filter((line) => line.includes('stopping the embedded PostgreSQL left running'));
    expect(stopped).toEqual([expect.stringContaining(`"pid":${leftover},`)]);
    expect(running(leftover)).toBe(false);
    const third = await GraphQLClient.login(server.url, 'kader.gombang', 'posyandu-demo-2026');
    const still = await third.request<{ case: { code: string } }>('query ($id: ID!) { case(id: $id) { code } }', {
      id: registerCase.id,
    });
    expect(still.case.code).toBe(registerCase.code);
  }, 400_000);
});
