import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { SpmPlugin } from '@posyandu-spm/core';
import { extensionEntities, extensionMigrations } from './extension/assemble-extensions.js';
import type { SpmServerExtension } from './extension/server-extension.js';
import { kesehatanPlugin } from '@posyandu-spm/plugin-kesehatan';
import { kesehatanServerExtension } from '@posyandu-spm/plugin-kesehatan/server';
import { pekerjaanUmumPlugin } from '@posyandu-spm/plugin-pekerjaan-umum';
import { pendidikanPlugin } from '@posyandu-spm/plugin-pendidikan';
import { perumahanRakyatPlugin } from '@posyandu-spm/plugin-perumahan-rakyat';
import { sosialPlugin } from '@posyandu-spm/plugin-sosial';
import { trantibumlinmasPlugin } from '@posyandu-spm/plugin-trantibumlinmas';

/**
 * The sector plugins this distribution serves. To add a sector, add its package
 * as a dependency of the server and list it here; the server validates all of
 * them together before it serves (see docs/plugin-guide.md).
 */
export const INSTALLED_PLUGINS: readonly SpmPlugin[] = [
  pendidikanPlugin,
  kesehatanPlugin,
  pekerjaanUmumPlugin,
  perumahanRakyatPlugin,
  sosialPlugin,
  trantibumlinmasPlugin,
];

/**
 * The installed plugins' server extensions: their tables, GraphQL types and
 * downloads (docs/plugin-guide.md, "Adding tables and GraphQL types"). Every
 * installed extension's tables exist in every database (one schema, one
 * migration history); a server serves the resolvers of the plugins it runs.
 */
export const INSTALLED_EXTENSIONS: readonly SpmServerExtension[] = [kesehatanServerExtension];

/** Entities the installed plugins contribute (one ORM instance for core and plugins). */
export function allPluginEntities(): EntityClass<unknown>[] {
  return extensionEntities(INSTALLED_EXTENSIONS);
}

/** The installed plugins' migrations, run after the core's. */
export function allPluginMigrations(): MigrationObject[] {
  return extensionMigrations(INSTALLED_EXTENSIONS);
}
