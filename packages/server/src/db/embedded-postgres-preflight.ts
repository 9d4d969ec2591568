import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { Logger } from 'pino';
import { StartupError } from '../startup/startup-error.js';
import { commandArguments, describePortHolder, processIds } from './port-holder.js';

/**
 * What must hold before the embedded PostgreSQL starts, each failure said with its remedy:
 * a data folder this user can write, no PostgreSQL left running on it by a server that died,
 * and a free port.
 */

const SUBJECT = 'embedded PostgreSQL';

function fail(code: string, message: string, remedy: string): never {
  throw new StartupError([{ check: 'database', subject: SUBJECT, code, message, remedy }]);
}

/**
 * Creates DATA_DIR if needed and proves it writable (a probe file), or says which folder, why,
 * and what keeps its files there (`uses`, e.g. the embedded database, the token secret).
 */
export function ensureWritableDataDir(dataDir: string, uses: readonly string[] = ['the embedded database']): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    const probe = path.join(dataDir, `.write-test-${process.pid}`);
    writeFileSync(probe, 'ok');
    rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new StartupError([
      {
        check: 'data-dir',
        subject: 'DATA_DIR',
        code: 'DATA_DIR_NOT_WRITABLE',
        message: `the data folder ${dataDir} cannot be written (${code}); it holds ${uses.join(', ')}`,
        translation: `folder data ${dataDir} tidak dapat ditulisi (${code})`,
        remedy: 'set DATA_DIR to a folder this user may write, or fix the folder’s owner and permissions',
      },
    ]);
  }
}

/** The postmaster (the `postgres -D <databaseDir>` process, not its children) of this folder, where /proc tells. */
function postgresServingFolder(databaseDir: string): number | undefined {
  return processIds().find((pid) => {
    const args = commandArguments(pid);
    return args !== undefined && /postgres$/.test(args[0] ?? '') && args.includes(databaseDir);
  });
}

/** Whether `pid` runs, and, where /proc tells, whether it is a PostgreSQL server of `databaseDir`. */
function leftoverPostgres(pid: number, databaseDir: string): 'ours' | 'other' | 'gone' {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it runs, as another user (PostgreSQL as the `postgres` system user when we are not root).
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return 'gone';
  }
  if (!existsSync('/proc/self')) return 'ours'; // no /proc (macOS): trust the lock file
  const args = commandArguments(pid);
  if (args === undefined) return 'gone';
  return args.some((a) => /postgres$/.test(a)) && args.includes(databaseDir) ? 'ours' : 'other';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid: number, databaseDir: string, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await sleep(100)) {
    if (leftoverPostgres(pid, databaseDir) === 'gone') return true;
  }
  return false;
}

/**
 * A server that died hard (kill -9, out of memory) leaves its embedded PostgreSQL running, with
 * `postmaster.pid` in the cluster folder. Stop that PostgreSQL (a fast shutdown: its committed
 * data is safe) so this server starts its own; a lock file whose process is gone or is
 * something else (a reused pid after a reboot) is removed. A PostgreSQL of this folder without
 * its lock file (removed by hand, or one already shutting down, which drops the file before it
 * lets go of its port) is found by its command line and stopped the same way. Never a dead end.
 */
export async function recoverLeftoverPostgres(databaseDir: string, log: Logger): Promise<void> {
  const lockFile = path.join(databaseDir, 'postmaster.pid');
  let pid: number | undefined;
  if (existsSync(lockFile)) {
    const locked = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(locked) && locked > 0 && leftoverPostgres(locked, databaseDir) === 'ours') pid = locked;
    else {
      log.warn(
        { lockFile, pid: locked },
        'removing a stale postmaster.pid: no PostgreSQL of this data folder runs with that pid',
      );
      rmSync(lockFile, { force: true });
    }
  }
  pid ??= postgresServingFolder(databaseDir);
  if (pid === undefined) return;
  log.warn({ pid, databaseDir }, 'stopping the embedded PostgreSQL left running by a server that stopped abruptly');
  signal(pid, 'SIGINT'); // fast shutdown: rolls back open transactions, keeps every committed one
  if (await waitForExit(pid, databaseDir, 30_000)) return;
  signal(pid, 'SIGQUIT'); // immediate shutdown; PostgreSQL recovers from its WAL at the next start
  if (await waitForExit(pid, databaseDir, 5_000)) return;
  fail(
    'EMBEDDED_LEFTOVER_RUNNING',
    `a PostgreSQL (pid ${pid}) left running on ${databaseDir} by an earlier server does not stop`,
    `stop it by hand (kill ${pid}), then start again`,
  );
}

/** Sends `name` to `pid`; one that exited meanwhile (ESRCH) is what was wanted. */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

/** Refuses a port something else listens on, before PostgreSQL would fail on it with no reason given. */
export async function ensurePortFree(port: number): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  if (!free) {
    const holder = describePortHolder(port);
    fail(
      'EMBEDDED_PORT_IN_USE',
      `port ${port} for the embedded database is in use${holder ? ` (${holder})` : ''}`,
      'set EMBEDDED_PG_PORT to a free port, or stop the other server using it ' +
        '(or set DATABASE_URL to use a PostgreSQL server instead)',
    );
  }
}
