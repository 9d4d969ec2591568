/**
 * `pnpm start`: the whole system on one port, with the plugins installed in this
 * app (apps/api/package.json). Uses DATABASE_URL, or an embedded PostgreSQL in
 * DATA_DIR when it is unset; applies migrations; seeds the Desa Gombang demo on
 * an empty database; serves until SIGINT/SIGTERM.
 */
import 'reflect-metadata';
import {
  createLogger,
  createServer,
  defaultLogFormat,
  loadConfig,
  reportStartupFailure,
  type ServerConfig,
} from '@posyandu-spm/server';
import { demoScript } from './demo/index.js';
import { loadInstalledPlugins } from './installed-plugins.js';

let config: ServerConfig;
try {
  config = loadConfig();
} catch (error) {
  // The configuration itself is wrong: report it in the format asked for, if that much is readable.
  const format =
    process.env.LOG_FORMAT === 'text' || process.env.LOG_FORMAT === 'json'
      ? process.env.LOG_FORMAT
      : defaultLogFormat();
  reportStartupFailure(error, { format, log: createLogger('info', 'json') });
  process.exit(1);
}
const format = config.LOG_FORMAT ?? defaultLogFormat();
const log = createLogger(config.LOG_LEVEL, format);

try {
  const server = await createServer({
    plugins: await loadInstalledPlugins(),
    config,
    log,
    demo: { script: demoScript },
  });
  const { url } = await server.listen().catch(async (error: unknown) => {
    await server.close(); // stops the embedded PostgreSQL it started, too
    throw error;
  });
  log.info(
    { console: `${url}/`, api: `${url}/graphql`, embeddedDatabase: server.embeddedDatabase },
    'posyandu-spm ready',
  );

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    await server.close();
    clearTimeout(force);
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  // What failed and what to do, naming every fault (docs/operations.md, Start-up failures).
  reportStartupFailure(error, { log, format });
  process.exit(1);
}
