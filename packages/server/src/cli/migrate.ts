/** `pnpm db:migrate`: applies the committed migrations to DATABASE_URL (or the embedded database). */
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { migrate } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { openDatabase } from './database.js';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const db = await openDatabase(config, log);
try {
  const applied = await migrate(db.orm);
  log.info({ migrations: applied }, applied.length ? 'migrations applied' : 'database is up to date');
} finally {
  await db.close();
}
