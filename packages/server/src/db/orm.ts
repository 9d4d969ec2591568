import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, defineConfig, type Options } from '@mikro-orm/postgresql';
import { CORE_ENTITIES } from '../entities/index.js';
import { MIGRATIONS } from '../migrations/index.js';
import type { SpmPlugin } from '@posyandu-spm/core';
import type { SpmServerExtension } from '@posyandu-spm/plugin-api';
import { noteQueryError } from './database-errors.js';
import { spmTargetsBackfill } from '../migrations/spm-targets-backfill.js';
import { extensionEntities, extensionMigrations, tableNameOf } from '../extension/assemble-extensions.js';

export interface OrmOptions {
  clientUrl: string;
  /**
   * A read replica (DATABASE_REPLICA_URL): only reads that ask for it (`connectionType: 'read'`:
   * case lists, their counts, reports) go there; every other read stays on the primary, so a
   * page read right after a change never misses it through replication lag.
   */
  replicaUrl?: string;
  /**
   * The installed plugins' server extensions: their entities join the core's (one ORM
   * instance for all) and their migrations run after the core's.
   */
  extensions?: readonly SpmServerExtension[];
  /**
   * The installed sectors, for the migrations made from plugin data (the one-off SPM mapping
   * backfill, migrations/spm-targets-backfill.ts). Without them that migration stays pending.
   */
  sectors?: readonly SpmPlugin[];
  /** Called with every SQL statement (tests count statements with it). */
  onQuery?: (sql: string) => void;
  poolMax?: number;
}

/** The driver's own connection options that MikroORM does not read from a URL. */
const URL_PARAMETERS = ['application_name', 'options'] as const;

/**
 * The replica's connection. MikroORM takes host, port, user, password and database from a URL and
 * drops its query: `application_name` and `options` (e.g. `-c default_transaction_read_only=on`)
 * are passed to the driver here, so an operator can name and fence the replica's connections.
 */
function replicaOptions(url: string) {
  const query = new URL(url).searchParams;
  const connection: Record<string, string | number> = { ...DRIVER_OPTIONS.connection };
  for (const name of URL_PARAMETERS) {
    const value = query.get(name);
    if (value) connection[name] = value;
  }
  return {
    name: 'replica',
    clientUrl: url,
    driverOptions: { ...DRIVER_OPTIONS, connection },
  };
}

// Fail fast while the database is away: a connection attempt that gets no answer gives up
// after 5 s and a request waiting for a pool connection after 10 s (knex waits 60 s by
// default), so the client gets DATABASE_UNAVAILABLE (503, Retry-After) instead of a hang.
const DRIVER_OPTIONS = { acquireConnectionTimeout: 10_000, connection: { connectionTimeoutMillis: 5_000 } };

export function ormConfig(options: OrmOptions): Options {
  const pluginEntities = extensionEntities(options.extensions ?? []);
  return defineConfig({
    clientUrl: options.clientUrl,
    ...(options.replicaUrl ? { replicas: [replicaOptions(options.replicaUrl)] } : {}),
    preferReadReplicas: false,
    entities: [...new Set([...CORE_ENTITIES, ...pluginEntities])],
    extensions: [Migrator],
    // Plugins own their tables through their hand-written migrations: `migration:create` (core
    // migrations) neither changes nor drops them.
    schemaGenerator: {
      skipTables: pluginEntities.flatMap((e) => tableNameOf(e) ?? []),
    },
    migrations: {
      // The core's migrations first, then the installed plugins' (their tables may refer to the core's).
      migrationsList: [
        ...MIGRATIONS,
        ...(options.sectors ? [spmTargetsBackfill(options.sectors)] : []),
        ...extensionMigrations(options.extensions ?? []),
      ],
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // Batch Ref.load() and Collection.load() calls made in one tick: no N+1 in field resolvers.
    dataloader: DataloaderType.ALL,
    // Every request forks its own EntityManager; using the global one is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolMax ?? 10 },
    driverOptions: DRIVER_OPTIONS,
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery?.(message) : () => undefined,
  });
}

export async function openOrm(options: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(options));
  // A transaction whose BEGIN or COMMIT lost its connection reports that failure only as this
  // event; later queries in it fail with a message that no longer says why (db/database-errors.ts).
  orm.em.getKnex().on('query-error', noteQueryError);
  return orm;
}

/** Applies every committed migration that has not run yet. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  await backfillSpmRecap(orm);
  return done.map((m) => m.name);
}

/** The backfill steps of the SPM recap's tables, in order: each answers true once complete. */
const BACKFILL_STEPS = ['spm_recap_backfill_step', 'spm_served_backfill_step'] as const;

/**
 * Fills the SPM recap's tables for the cases written before their migrations — the rollup
 * (migration 20261207090000) and the persons served to standard (20261207120000) — one kecamatan
 * per short transaction (`spm_recap_backfill_step()`, `spm_served_backfill_step()`), so no
 * transaction of the migration holds back the cluster's live feeds (docs/operations.md). Each step
 * locks `spm_case` against writes for its kecamatan's count only; when a long writer holds it up,
 * the step gives up after a second and tries again, instead of queueing every other writer behind
 * it. Once complete it costs one statement per table.
 */
export async function backfillSpmRecap(orm: MikroORM): Promise<void> {
  const conn = orm.em.getConnection();
  for (const step of BACKFILL_STEPS) {
    for (;;) {
      try {
        const complete = await conn.transactional(async (trx) => {
          await conn.execute(`set local lock_timeout = '1s'`, [], 'run', trx);
          const rows = await conn.execute<Array<{ complete: boolean }>>(`select ${step}() as complete`, [], 'all', trx);
          return rows[0]?.complete ?? true;
        });
        if (complete) break;
      } catch (error) {
        // 55P03 lock_not_available: a writer held spm_case for longer than the timeout.
        if ((error as { code?: string }).code !== '55P03') throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }
}
