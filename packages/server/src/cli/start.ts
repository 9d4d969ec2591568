/**
 * `pnpm start`: the whole system on one port. Uses DATABASE_URL, or an embedded
 * PostgreSQL in DATA_DIR when it is unset; applies migrations; seeds the Desa
 * Gombang demo on an empty database; serves until SIGINT/SIGTERM.
 */
import 'reflect-metadata';
import { createTokenService, resolveTokenSecret } from '../auth/token.js';
import { ConfigError, loadConfig, type ServerConfig } from '../config.js';
import { migrate } from '../db/orm.js';
import { openFileStore } from '../files/open-file-store.js';
import { emailChannel } from '../notify/email-channel.js';
import { createLogger } from '../logger.js';
import { INSTALLED_PLUGINS } from '../plugins.js';
import { seedDemoData } from '../seed/demo-data.js';
import { createApiServer } from '../server.js';
import { limitsFromEnv } from '../security/limits.js';
import { openDatabase } from './database.js';

let config: ServerConfig;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // No logger yet (LOG_LEVEL is part of the configuration): the operator reads this on the console.
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
const log = createLogger(config.LOG_LEVEL);
const production = config.NODE_ENV === 'production';

try {
  // Checked first: a wrong bucket or folder should stop the start before the database is touched.
  const fileStore = await openFileStore(config.fileStore);
  log.info({ store: fileStore.description }, 'file store ready');
  const db = await openDatabase(config, log);
  const applied = await migrate(db.orm);
  if (applied.length) log.info({ migrations: applied }, 'migrations applied');
  if (config.SEED_DEMO && (await seedDemoData(db.orm.em.fork()))) {
    log.info('demo data seeded: Desa Gombang, Kecamatan Cawas, Kabupaten Klaten (see README for logins)');
  }
  const tokens = createTokenService(
    resolveTokenSecret(config.TOKEN_SECRET, config.dataDir, production),
    config.TOKEN_TTL_MINUTES,
    config.SESSION_MAX_HOURS * 60,
  );
  const server = await createApiServer({
    orm: db.orm,
    plugins: INSTALLED_PLUGINS,
    tokens,
    log,
    production,
    deadlineCheckSeconds: config.DEADLINE_CHECK_SECONDS,
    eventReplayDays: config.EVENT_REPLAY_DAYS,
    consoleDir: config.consoleDir,
    files: {
      store: fileStore,
      limits: { maxBytes: Math.round(config.MAX_UPLOAD_MB * 1024 * 1024), imageMaxPx: config.IMAGE_MAX_PX },
    },
    channels: config.SMTP_URL ? [emailChannel(config.SMTP_URL, config.MAIL_FROM)] : [],
    outboxSeconds: config.OUTBOX_SECONDS,
    limits: limitsFromEnv(),
  });
  const { url } = await server.listen(config.PORT, config.HOST);
  log.info({ console: `${url}/`, api: `${url}/graphql`, embeddedDatabase: db.embedded }, 'posyandu-spm ready');

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await server.close();
    await db.close();
    fileStore.close?.();
    clearTimeout(force);
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  log.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
  process.exit(1);
}
