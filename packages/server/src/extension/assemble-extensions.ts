import { MetadataStorage, type EntityClass, type MigrationObject } from '@mikro-orm/core';
import { Migration } from '@mikro-orm/migrations';
import type { LocalizedText, SpmPlugin } from '@posyandu-spm/core';
import type { PluginMigration, SpmServerExtension } from '@posyandu-spm/plugin-api';
import { ServerExtensionError } from './server-extension-error.js';

const MIGRATION_NAME = /^\d{14}_[a-z0-9_]+$/;
const ROUTE_PATH = /^[a-z0-9]+(?:[-/][a-z0-9]+)*$/;

/** The prefix of a sector's tables: `perumahan-rakyat` → `perumahan_rakyat_`. */
export function tablePrefix(sectorId: string): string {
  return `${sectorId.replace(/-/g, '_')}_`;
}

export function tableNameOf(entity: EntityClass<unknown>): string | undefined {
  return MetadataStorage.getMetadataFromDecorator(entity as never).tableName;
}

/**
 * Checks the extensions against the plugins being served, reporting every fault
 * at once: an extension of a sector that is not installed, a sector extended
 * twice, a table outside the sector's prefix or claimed twice, a bad or repeated
 * migration name, a bad or repeated route path. Returns the extensions of the
 * served plugins (a test server booting one plugin gets only its extension).
 */
export function assembleServerExtensions(
  extensions: readonly SpmServerExtension[],
  plugins: readonly SpmPlugin[],
): SpmServerExtension[] {
  const faults = serverExtensionFaults(extensions);
  if (faults.length) throw new ServerExtensionError(faults);
  const served = new Set(plugins.map((p) => p.id));
  return extensions.filter((e) => served.has(e.sectorId));
}

/** Every fault of the extensions (see {@link assembleServerExtensions}), each naming its sector. */
export function serverExtensionFaults(
  extensions: readonly SpmServerExtension[],
): Array<{ sectorId: string; message: LocalizedText }> {
  const faults: Array<{ sectorId: string; message: LocalizedText }> = [];
  const fault = (sectorId: string, id: string, en: string) => faults.push({ sectorId, message: { id, en } });
  const seenSectors = new Set<string>();
  const tables = new Map<string, string>();
  for (const ext of extensions) {
    if (seenSectors.has(ext.sectorId)) {
      fault(ext.sectorId, 'Sektor diperluas dua kali.', 'the sector has two server extensions');
    }
    seenSectors.add(ext.sectorId);
    const prefix = tablePrefix(ext.sectorId);
    for (const entity of ext.entities ?? []) {
      const table = tableNameOf(entity);
      if (!table?.startsWith(prefix)) {
        fault(
          ext.sectorId,
          `Entitas ${entity.name}: tabel harus diawali "${prefix}".`,
          `entity ${entity.name}: its table (${table ?? 'unnamed'}) must be named "${prefix}…" explicitly`,
        );
      } else if (tables.has(table)) {
        fault(ext.sectorId, `Tabel ${table} dipakai dua kali.`, `table ${table} is declared twice`);
      } else tables.set(table, ext.sectorId);
    }
    const names = (ext.migrations ?? []).map((m) => m.name);
    for (const [i, name] of names.entries()) {
      if (!MIGRATION_NAME.test(name)) {
        fault(ext.sectorId, `Nama migrasi "${name}" tidak sah.`, `migration name "${name}" is not YYYYMMDDhhmmss_name`);
      } else if (names.indexOf(name) !== i) {
        fault(ext.sectorId, `Migrasi "${name}" ganda.`, `migration "${name}" is listed twice`);
      } else if (i > 0 && name < names[i - 1]!) {
        fault(ext.sectorId, `Migrasi "${name}" tidak berurutan.`, `migration "${name}" is out of order`);
      }
    }
    const paths = (ext.routes ?? []).map((r) => r.path);
    for (const [i, path] of paths.entries()) {
      if (!ROUTE_PATH.test(path)) fault(ext.sectorId, `Rute "${path}" tidak sah.`, `route path "${path}" is invalid`);
      else if (paths.indexOf(path) !== i)
        fault(ext.sectorId, `Rute "${path}" ganda.`, `route "${path}" is listed twice`);
    }
  }
  return faults;
}

/** The ORM's entities contributed by the extensions. */
export function extensionEntities(extensions: readonly SpmServerExtension[]): EntityClass<unknown>[] {
  return extensions.flatMap((e) => [...(e.entities ?? [])]);
}

function migrationClass(m: PluginMigration): MigrationObject['class'] {
  return class extends Migration {
    override async up(): Promise<void> {
      for (const sql of m.up) this.addSql(sql);
    }

    override async down(): Promise<void> {
      for (const sql of m.down ?? []) this.addSql(sql);
    }
  };
}

/**
 * The extensions' migrations as MikroORM migration objects, named
 * `<sectorId>:<name>`. The migrator runs them after all the core's: a plugin's
 * tables may refer to the core's (e.g. `person`, `spm_case`), never the reverse.
 */
export function extensionMigrations(extensions: readonly SpmServerExtension[]): MigrationObject[] {
  return [...extensions]
    .sort((a, b) => a.sectorId.localeCompare(b.sectorId))
    .flatMap((e) => (e.migrations ?? []).map((m) => ({ name: `${e.sectorId}:${m.name}`, class: migrationClass(m) })));
}
