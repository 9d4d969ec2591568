import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadInstalledPlugins } from '@posyandu-spm/api';
import { migrate, openOrm, seedDemoData } from '@posyandu-spm/server';
import { dropDatabase, recreateDatabase } from '@posyandu-spm/testing';

/**
 * Vitest global setup: builds the template database once per run with the
 * committed migrations of the core and of every plugin apps/api installs, and
 * the Desa Gombang demo data. Every test database is copied from it.
 *
 * The end-to-end tests serve a copy of the built console taken here: files run side by side, and
 * `pnpm start` (test/embedded/embedded-start.test.ts) rebuilds apps/console/dist, emptying it
 * first, while another file's Chromium may be loading the console.
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
  const dist = path.resolve(import.meta.dirname, '../apps/console/dist');
  let consoleCopy: string | undefined;
  if (existsSync(path.join(dist, 'index.html'))) {
    consoleCopy = mkdtempSync(path.join(tmpdir(), 'psp-console-'));
    cpSync(dist, consoleCopy, { recursive: true });
    process.env.PSP_E2E_CONSOLE_DIR = consoleCopy;
  }
  return async () => {
    if (consoleCopy) rmSync(consoleCopy, { recursive: true, force: true });
    await dropDatabase(template);
  };
}
