import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122235511 } from './Migration20261122235511_initial.js';

/**
 * The committed migrations, in order. Listed here (not discovered from disk) so
 * they run the same under tsx, vitest and a bundled build. Create a new one with
 * `pnpm --filter @posyandu-spm/server migration:create`, then add it here.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261122235511_initial', class: Migration20261122235511 },
];
