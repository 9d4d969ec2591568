import 'reflect-metadata';
import type { SpmPluginModule } from '@posyandu-spm/plugin-api';
import type { Logger } from 'pino';
import { createTokenService, resolveTokenSecret } from '../auth/token.js';
import type { ServerConfig } from '../config.js';
import { ensureWritableDataDir } from '../db/embedded-postgres-preflight.js';
import { migrate } from '../db/orm.js';
import { openFileStore } from '../files/open-file-store.js';
import { createLogger } from '../logger.js';
import { notificationChannels } from '../notify/configured-channels.js';
import { limitsFromEnv } from '../security/limits.js';
import { seedDemoData } from '../seed/demo-data.js';
import { runDemoScript, type DemoOptions } from './demo-cases.js';
import { StartupError } from '../startup/startup-error.js';
import { createApiServer, type ApiServer } from '../server.js';
import { openDatabase } from './open-database.js';

export interface CreateServerOptions {
  /** The installed sectors; the app that composes the server decides them (apps/api). */
  plugins: readonly SpmPluginModule[];
  /** The checked environment (`loadConfig()`). */
  config: ServerConfig;
  /** Default: JSON logs at `config.LOG_LEVEL`. */
  log?: Logger;
  /**
   * The distribution's demo cases (apps/api/src/demo): played once, right after the demo seed
   * filled an empty database, when SEED_DEMO_CASES is on (default). Unset: the demo has no cases.
   */
  demo?: DemoOptions;
}

export interface SpmServer {
  api: ApiServer;
  log: Logger;
  /** Whether the database is the embedded PostgreSQL in DATA_DIR (DATABASE_URL unset). */
  embeddedDatabase: boolean;
  /** Listens on `config.PORT` and `config.HOST`. */
  listen(): Promise<{ port: number; url: string }>;
  /** Finishes requests in flight, then closes the database (and stops the embedded one) and the file store. */
  close(): Promise<void>;
}

/** The API's port taken or not allowed, said with what to do; other errors as they are. */
function listenFailure(error: unknown, port: number, host: string): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') return error;
  const messages: Record<string, string> = {
    EADDRINUSE: `port ${port} for the API is in use`,
    EACCES: `port ${port} for the API needs privileges this user does not have`,
    EADDRNOTAVAIL: `the address ${host} (HOST) is not one of this machine's`,
  };
  return new StartupError([
    {
      check: 'listen',
      subject: `${host}:${port}`,
      code: code === 'EADDRNOTAVAIL' ? 'HOST_NOT_AVAILABLE' : 'PORT_IN_USE',
      message: messages[code] as string,
      remedy:
        code === 'EADDRNOTAVAIL'
          ? 'set HOST to an address of this machine, or 0.0.0.0 for all'
          : 'set PORT to a free port (above 1023), or stop the other server',
    },
  ]);
}

/**
 * The whole system as `pnpm start` runs it: checks the file store, opens the
 * database (DATABASE_URL, or the embedded PostgreSQL), applies the core's and the
 * plugins' migrations, seeds the demo on a database with no users (SEED_DEMO),
 * and assembles the API with the given plugins. The caller listens and handles signals.
 */
export async function createServer(options: CreateServerOptions): Promise<SpmServer> {
  const { config, plugins } = options;
  const log = options.log ?? createLogger(config.LOG_LEVEL, config.LOG_FORMAT);
  const production = config.NODE_ENV === 'production';
  const dataDirUses = [
    !config.DATABASE_URL && 'the embedded database',
    !config.TOKEN_SECRET && 'the token secret',
    config.fileStore.kind === 'local' && !config.FILES_DIR && 'uploaded files',
  ].filter((use): use is string => Boolean(use));
  // Checked first: a folder that cannot be written would otherwise fail later under another name.
  if (dataDirUses.length) ensureWritableDataDir(config.dataDir, dataDirUses);
  // Then the file store: a wrong bucket or folder should stop the start before the database is touched.
  const fileStore = await openFileStore(config.fileStore);
  log.info({ store: fileStore.description }, 'file store ready');
  const db = await openDatabase(config, log, plugins);
  try {
    const applied = await migrate(db.orm);
    if (applied.length) log.info({ migrations: applied }, 'migrations applied');
    if (config.SEED_DEMO && (await seedDemoData(db.orm.em.fork()))) {
      log.info('demo data seeded: Desa Gombang, Kecamatan Cawas, Kabupaten Klaten (see README for logins)');
      if (config.SEED_DEMO_CASES && options.demo) {
        const started = Date.now();
        const { cases } = await runDemoScript({
          orm: db.orm,
          plugins,
          files: fileStore,
          log,
          script: options.demo.script,
        });
        log.info({ cases, ms: Date.now() - started }, 'demo cases played over the API (SEED_DEMO_CASES)');
      }
    }
    const tokens = createTokenService(
      resolveTokenSecret(config.TOKEN_SECRET, config.dataDir, production),
      config.TOKEN_TTL_MINUTES,
      config.SESSION_MAX_HOURS * 60,
    );
    const api = await createApiServer({
      orm: db.orm,
      plugins,
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
      channels: notificationChannels(config),
      outboxSeconds: config.OUTBOX_SECONDS,
      publicUrl: config.PUBLIC_URL,
      webhooks: { everySeconds: config.WEBHOOK_SECONDS, allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS },
      limits: limitsFromEnv(),
      startupChecks: { onFault: config.STARTUP_CHECKS === 'warn' ? 'warn' : 'refuse' },
    });
    return {
      api,
      log,
      embeddedDatabase: db.embedded,
      listen: () =>
        api.listen(config.PORT, config.HOST).catch((error: unknown) => {
          throw listenFailure(error, config.PORT, config.HOST);
        }),
      close: async () => {
        await api.close();
        await db.close();
        fileStore.close?.();
      },
    };
  } catch (error) {
    await db.close().catch((closeError: unknown) => log.warn({ err: closeError }, 'closing the database failed'));
    fileStore.close?.();
    throw error;
  }
}
