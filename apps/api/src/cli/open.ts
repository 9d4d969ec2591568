import 'reflect-metadata';
import { createLogger, loadConfig, openDatabase, type OpenDatabase } from '@posyandu-spm/server';
import type { Logger } from 'pino';
import { loadInstalledPlugins } from '../installed-plugins.js';

/** The configured database (DATABASE_URL, or the embedded one) with the installed plugins' tables known. */
export async function openConfiguredDatabase(): Promise<{ db: OpenDatabase; log: Logger }> {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const db = await openDatabase(config, log, await loadInstalledPlugins());
  return { db, log };
}
