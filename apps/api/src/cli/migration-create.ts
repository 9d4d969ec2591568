/**
 * Writes a core migration for the difference between the entities and the database
 * at DATABASE_URL (which must be migrated to the latest committed migration). The
 * installed plugins' entities are known, so their tables are left to their own migrations.
 * Usage: DATABASE_URL=postgres://… pnpm --filter @posyandu-spm/api migration:create
 */
import 'reflect-metadata';
import { createRequire } from 'node:module';
import path from 'node:path';
import { openOrm } from '@posyandu-spm/server';
import { loadInstalledPlugins } from '../installed-plugins.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to a database migrated to the latest committed migration.');
  process.exit(2);
}
const plugins = await loadInstalledPlugins();
const orm = await openOrm({
  clientUrl: url,
  extensions: plugins.flatMap((m) => (m.server ? [m.server] : [])),
  sectors: plugins.map((m) => m.plugin),
});
const serverPackage = createRequire(import.meta.url).resolve('@posyandu-spm/server/package.json');
const folder = path.join(path.dirname(serverPackage), 'src/migrations');
const migrator = orm.getMigrator();
// migrationsList is for running; creating needs a folder to write to.
(migrator as unknown as { options: { path: string; pathTs: string; emit: string } }).options.path = folder;
const result = await migrator.createMigration(folder, false, false);
console.log(
  result.fileName ? `Written ${result.fileName}; add it to packages/server/src/migrations/index.ts` : 'No changes.',
);
await orm.close();
