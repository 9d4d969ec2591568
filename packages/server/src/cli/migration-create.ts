/**
 * Writes a migration for the difference between the entities and the database
 * at DATABASE_URL (which must be migrated to the latest committed migration).
 * Usage: DATABASE_URL=postgres://… pnpm --filter @posyandu-spm/server migration:create
 */
import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openOrm } from '../db/orm.js';
import { allPluginEntities } from '../plugins.js';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to a database migrated to the latest committed migration.');
  process.exit(2);
}
const orm = await openOrm({ clientUrl: url, pluginEntities: allPluginEntities() });
const migrator = orm.getMigrator();
// migrationsList is for running; creating needs a folder to write to.
(migrator as unknown as { options: { path: string; pathTs: string; emit: string } }).options.path = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../migrations',
);
const result = await migrator.createMigration(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '../migrations'),
  false,
  false,
);
console.log(result.fileName ? `Written ${result.fileName}; add it to src/migrations/index.ts` : 'No changes.');
await orm.close();
