/** `pnpm db:seed`: the Desa Gombang demo data, on a migrated database with no users. */
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { migrate } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { seedDemoData } from '../seed/demo-data.js';
import { openDatabase } from './database.js';

const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const db = await openDatabase(config, log);
try {
  await migrate(db.orm);
  const seeded = await seedDemoData(db.orm.em.fork());
  log.info(seeded ? 'demo data seeded' : 'the database already has users; nothing seeded');
} finally {
  await db.close();
}
