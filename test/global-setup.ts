import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { migrate, openOrm, seedDemoData } from '@posyandu-spm/server';
import { dropDatabase, recreateDatabase } from '@posyandu-spm/testing';

/**
 * Vitest global setup: builds the template database once per run with the
 * committed migrations of the core and of every plugin apps/api installs, and
 * the Desa Gombang demo data. Every test database is copied from it.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const template = `psp_template_${randomBytes(4).toString('hex')}`;
  // Test workers are forked after this and inherit it.
  process.env.PSP_TEMPLATE_DATABASE = template;
  const url = await recreateDatabase(template);
  const plugins = await loadInstalledPlugins();
  const orm = await openOrm({
    clientUrl: url,
    extensions: plugins.flatMap((m) => (m.server ? [m.server] : [])),
    sectors: plugins.map((m) => m.plugin),
  });
  try {
    await migrate(orm);
    await seedDemoData(orm.em.fork());
  } finally {
    await orm.close();
  }
  return () => dropDatabase(template);
}
