/**
 * `pnpm start`: the whole system on one port, with the plugins installed in this
 * app (apps/api/package.json). Uses DATABASE_URL, or an embedded PostgreSQL in
 * DATA_DIR when it is unset; applies migrations; seeds the Desa Gombang demo on
 * an empty database; serves until SIGINT/SIGTERM.
 */
import 'reflect-metadata';
import { ConfigError, createLogger, createServer, loadConfig, type ServerConfig } from '@posyandu-spm/server';
import { loadInstalledPlugins } from './installed-plugins.js';

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

try {
  const server = await createServer({ plugins: await loadInstalledPlugins(), config, log });
  const { url } = await server.listen();
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
  log.fatal({ err: error }, error instanceof Error ? error.message : 'start-up failed');
  process.exit(1);
}
