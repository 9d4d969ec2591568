/** `pnpm db:seed`: the Desa Gombang demo data, on a migrated database with no users. */
import { migrate, seedDemoData } from '@posyandu-spm/server';
import { openConfiguredDatabase } from './open.js';

const { db, log } = await openConfiguredDatabase();
try {
  await migrate(db.orm);
  const seeded = await seedDemoData(db.orm.em.fork());
  log.info(seeded ? 'demo data seeded' : 'the database already has users; nothing seeded');
} finally {
  await db.close();
}
