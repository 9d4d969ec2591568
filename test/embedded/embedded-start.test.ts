import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { fixedPort, GraphQLClient } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The README's start command on a machine with no DATABASE_URL: it must bring
 * up the embedded PostgreSQL, migrate, seed the demo and serve, then stop cleanly.
 */
describe('pnpm start with no DATABASE_URL (embedded PostgreSQL)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'psp-embedded-'));
  let port = 0;
  let pgPort = 0;
  let child: ChildProcess;
  let output = '';

  beforeAll(async () => {
    port = await fixedPort();
    pgPort = await fixedPort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
    };
    delete env.DATABASE_URL;
    // Its own process group, so the test can signal pnpm and the server together, as a terminal or a supervisor does.
    child = spawn('pnpm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    // The first start migrates, seeds and plays the demo cases (docs/operations.md): up to 4 minutes on a busy machine.
    for (let i = 0; i < 480; i += 1) {
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
      } catch {
        // not up yet
      }
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`server did not come up:\n${output.slice(-3000)}`);
  }, 300_000);

  afterAll(() => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the demo: a kader logs in and registers a case due in 5 working days', async () => {
    const anon = new GraphQLClient(`http://127.0.0.1:${port}`);
    const sectors = await anon.request<{ sectors: Array<{ id: string }> }>('{ sectors { id } }');
    expect(sectors.sectors.map((s) => s.id)).toContain('pendidikan');
    const login = await anon.request<{ login: { token: string } }>(
      'mutation { login(username: "kader.gombang", password: "posyandu-demo-2026") { token } }',
    );
    const kader = new GraphQLClient(anon.url, login.login.token);
    const registered = await kader.request<{
      registerCase: { code: string; deadline: { dueAt: string; workingDaysLeft: number } };
    }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { code deadline { dueAt workingDaysLeft } } }',
      { input: pendidikanInput() },
    );
    expect(registered.registerCase.code).toMatch(/^SPM-/);
    expect(registered.registerCase.deadline.workingDaysLeft).toBe(5);
    // The deadline is the end of a day in WIB.
    expect(new Date(registered.registerCase.deadline.dueAt).toISOString()).toMatch(/T16:59:59\.999Z$/);
  });

  it('stops gracefully on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    process.kill(-(child.pid as number), 'SIGTERM');
    await exited;
    // pnpm exits at once; the server (its grandchild) finishes requests in flight, closes the
    // database and stops the embedded PostgreSQL, then says so.
    for (let i = 0; i < 100 && !output.includes('"msg":"stopped"'); i += 1)
      await new Promise((r) => setTimeout(r, 200));
    expect(output).toContain('shutting down');
    expect(output).toContain('"msg":"stopped"');
    // Nothing logged an object's insides on the way (a pg client with its socket, once).
    expect(output).not.toMatch(/"_events"|"_connecting"|"_ending"/);
  }, 30_000);
});
