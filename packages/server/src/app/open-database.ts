import type { MikroORM } from '@mikro-orm/postgresql';
import type { SpmPluginModule } from '@posyandu-spm/plugin-api';
import type { Logger } from 'pino';
import type { ServerConfig } from '../config.js';
import { checkDatabaseUrl } from '../db/check-database-url.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { openOrm } from '../db/orm.js';

export interface OpenDatabase {
  orm: MikroORM;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * DATABASE_URL when set; otherwise the embedded PostgreSQL in the data folder. The ORM knows
 * the core's entities and migrations and those of the installed plugins' server extensions.
 */
export async function openDatabase(
  config: ServerConfig,
  log: Logger,
  plugins: readonly SpmPluginModule[],
): Promise<OpenDatabase> {
  if (config.DATABASE_URL) await checkDatabaseUrl(config.DATABASE_URL);
  const embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedPostgres(config.dataDir, config.EMBEDDED_PG_PORT, log);
  const url = config.DATABASE_URL ?? (embedded?.url as string);
  let orm: MikroORM;
  try {
    orm = await openOrm({
      clientUrl: url,
      ...(config.DATABASE_URL && config.DATABASE_REPLICA_URL ? { replicaUrl: config.DATABASE_REPLICA_URL } : {}),
      extensions: plugins.flatMap((m) => (m.server ? [m.server] : [])),
      sectors: plugins.map((m) => m.plugin),
    });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    orm,
    embedded: Boolean(embedded),
    close: async () => {
      await orm.close();
      await embedded?.stop();
    },
  };
}
