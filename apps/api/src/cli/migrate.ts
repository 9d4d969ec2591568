/** `pnpm db:migrate`: applies the committed migrations (core, then the installed plugins') to the database. */
import { migrate } from '@posyandu-spm/server';
import { openConfiguredDatabase } from './open.js';

const { db, log } = await openConfiguredDatabase();
try {
  const applied = await migrate(db.orm);
  log.info({ migrations: applied }, applied.length ? 'migrations applied' : 'database is up to date');
} finally {
  await db.close();
}
