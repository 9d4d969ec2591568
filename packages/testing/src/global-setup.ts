import 'reflect-metadata';
import { allPluginEntities, migrate, openOrm, seedDemoData } from '@posyandu-spm/server';
import { TEMPLATE_DATABASE, recreateDatabase } from './database.js';

/**
 * Vitest global setup: builds the template database once per run with the
 * committed migrations and the Desa Gombang demo data.
 */
export default async function setup(): Promise<void> {
  const url = await recreateDatabase(TEMPLATE_DATABASE);
  const orm = await openOrm({ clientUrl: url, pluginEntities: allPluginEntities() });
  try {
    await migrate(orm);
    await seedDemoData(orm.em.fork());
  } finally {
    await orm.close();
  }
}
