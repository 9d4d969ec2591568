import 'reflect-metadata';
import { allPluginEntities, migrate, openOrm, seedDemoData } from '@posyandu-spm/server';
import { randomBytes } from 'node:crypto';
import { dropDatabase, recreateDatabase } from './database.js';

/**
 * Vitest global setup: builds the template database once per run with the
 * committed migrations and the Desa Gombang demo data.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const template = `psp_template_${randomBytes(4).toString('hex')}`;
  // Test workers are forked after this and inherit it.
  process.env.PSP_TEMPLATE_DATABASE = template;
  const url = await recreateDatabase(template);
  const orm = await openOrm({ clientUrl: url, pluginEntities: allPluginEntities() });
  try {
    await migrate(orm);
    await seedDemoData(orm.em.fork());
  } finally {
    await orm.close();
  }
  return () => dropDatabase(template);
}
