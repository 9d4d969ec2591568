import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixedPort } from '@posyandu-spm/testing';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `apps/api/src/main.ts` as `pnpm start` does, until it exits; returns its exit code and what it wrote. */
async function start(env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    HOST: '127.0.0.1',
    PORT: String(await fixedPort()),
    CONSOLE_DIR: 'none',
    SEED_DEMO: 'false',
    ...env,
  };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Issue 19: every start-up failure says what failed and what to do — in readable lines on a
 * terminal (LOG_FORMAT=text) and as one JSON line with a `faults` array when logs are structured.
 */
describe('a start that cannot work stops with the cause and the remedy', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'psp-startfail-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('the embedded database port is taken', async () => {
    const taken = net.createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', r));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const run = await start({
        LOG_FORMAT: 'text',
        DATA_DIR: path.join(scratch, 'port'),
        EMBEDDED_PG_PORT: String(port),
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('posyandu-spm could not start / posyandu-spm gagal dijalankan (1 problem):');
      // The message names the process in the way: here, this test's own worker holds the port.
      expect(run.stderr).toContain(
        `EMBEDDED_PORT_IN_USE: port ${port} for the embedded database is in use (pid ${process.pid}: `,
      );
      expect(run.stderr).toMatch(/→ set EMBEDDED_PG_PORT to a free port, or stop the other server using it/);
      // Plain lines, not one JSON string with escaped newlines.
      expect(run.stderr).not.toContain('\\n');
    } finally {
      await new Promise((r) => taken.close(r));
    }
  }, 60_000);

  it('DATABASE_URL points where no PostgreSQL listens', async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const closedPort = (probe.address() as net.AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const run = await start({
      LOG_FORMAT: 'text',
      DATA_DIR: path.join(scratch, 'url'),
      DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/posyandu`,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`DATABASE_UNREACHABLE: the database at 127.0.0.1:${closedPort}`);
    expect(run.stderr).toContain('refuses connections: no PostgreSQL listens there');
    expect(run.stderr).toMatch(/\n\s+→ \S/);
  }, 60_000);

  it('DATA_DIR cannot be written, reported as JSON when logs are structured', async () => {
    const notAFolder = path.join(scratch, 'a-file');
    writeFileSync(notAFolder, 'not a folder');
    const run = await start({ LOG_FORMAT: 'json', DATA_DIR: path.join(notAFolder, 'data') });
    expect(run.code).toBe(1);
    const fatal = run.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { level: number; faults?: Array<Record<string, string>> })
      .find((entry) => entry.level === 60);
    expect(fatal?.faults).toEqual([
      expect.objectContaining({
        check: 'data-dir',
        code: 'DATA_DIR_NOT_WRITABLE',
        message: expect.stringContaining(
          `the data folder ${path.join(notAFolder, 'data')} cannot be written (ENOTDIR)`,
        ),
        remedy: expect.stringContaining('set DATA_DIR to a folder this user may write'),
      }),
    ]);
  }, 60_000);
});
