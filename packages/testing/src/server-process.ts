import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** A real server process (`apps/api/src/main.ts`, as in production) on a given database. */
export interface ServerProcess {
  url: string;
  /** What the process wrote (its log and stderr), for a failure message. */
  output: string[];
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
  /** SIGKILL at once, as the out-of-memory killer does: nothing of the server runs its exit code. */
  kill(): Promise<void>;
}

export interface ServerProcessOptions {
  /** Unset: the embedded PostgreSQL in `DATA_DIR` (give DATA_DIR and EMBEDDED_PG_PORT in `env`). */
  databaseUrl?: string;
  /** Shared by every process of one system, so a token of one is valid on the others. */
  tokenSecret: string;
  /** The port to listen on (default: a free one). */
  port?: number;
  /** How long to wait for `/readyz` (default 60 s; a first embedded start creates its cluster). */
  readyTimeoutMs?: number;
  /** Extra environment (e.g. limits); SEED_DEMO, the clock and the outbox are off by default. */
  env?: Record<string, string>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Starts a server process on a free port and waits until `/readyz` answers (60 s at most by default). */
export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const output: string[] = [];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    PORT: String(port),
    HOST: '127.0.0.1',
    TOKEN_SECRET: options.tokenSecret,
    SEED_DEMO: 'false',
    DEADLINE_CHECK_SECONDS: '0',
    OUTBOX_SECONDS: '0',
    CONSOLE_DIR: 'none',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    ...options.env,
  };
  if (!options.databaseUrl) delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Logs (stdout) and crashes (stderr) both, for a failure message and for tests that read the log.
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  const kill = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
  };
  const url = `http://127.0.0.1:${port}`;
  const readyMs = options.readyTimeoutMs ?? 60_000;
  const deadline = Date.now() + readyMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server process exited ${child.exitCode}:\n${output.join('')}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return { url, output, stop, kill };
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server process not ready after ${readyMs / 1000} s:\n${output.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
