import 'reflect-metadata';
import { Entity, PrimaryKey } from '@mikro-orm/core';
import { defineSpmPlugin, type SpmPlugin } from '@posyandu-spm/core';
import type { SpmServerExtension } from '@posyandu-spm/plugin-api';
import { describe, expect, it } from 'vitest';
import { minimalDefinition } from '../../../core/src/plugin/fixtures/minimal.plugin.js';
import { assembleServerExtensions, extensionMigrations, tablePrefix } from './assemble-extensions.js';
import { ServerExtensionError } from './server-extension-error.js';

@Entity({ tableName: 'kesehatan_fixture_row' })
class FixtureRow {
  @PrimaryKey({ type: 'uuid' }) id!: string;
}

@Entity({ tableName: 'someone_elses_table' })
class Misplaced {
  @PrimaryKey({ type: 'uuid' }) id!: string;
}

// Two sectors as the server would be given them; the server itself names no plugin.
const kesehatan = defineSpmPlugin({ ...minimalDefinition, id: 'kesehatan' });
const pendidikan = defineSpmPlugin({ ...minimalDefinition, id: 'pendidikan' });
const installed: readonly SpmPlugin[] = [kesehatan, pendidikan];
const faultsOf = (extensions: SpmServerExtension[], plugins: readonly SpmPlugin[] = installed) => {
  try {
    assembleServerExtensions(extensions, plugins);
    return [];
  } catch (error) {
    if (!(error instanceof ServerExtensionError)) throw error;
    return error.faults.map((f) => `${f.sectorId}: ${f.message.en}`);
  }
};

describe('plugin server extensions, checked at start-up', () => {
  it('serves only the extensions of the plugins being served', () => {
    const ext: SpmServerExtension = { sectorId: 'kesehatan', entities: [FixtureRow] };
    expect(assembleServerExtensions([ext], [kesehatan])).toEqual([ext]);
    const others = installed.filter((p) => p.id !== 'kesehatan');
    expect(assembleServerExtensions([ext], others)).toEqual([]);
  });

  it('reports every fault at once, each naming its plugin', () => {
    expect(
      faultsOf([
        {
          sectorId: 'kesehatan',
          entities: [Misplaced, FixtureRow],
          migrations: [
            { name: '20261123210000_b', up: [] },
            { name: '20261123200000_a', up: [] },
            { name: 'bad name', up: [] },
          ],
          routes: [{ path: '../etc', handler: async () => ({ contentType: 'text/plain', fileName: 'x', body: '' }) }],
        },
        { sectorId: 'kesehatan', entities: [FixtureRow] },
      ]),
    ).toEqual([
      'kesehatan: entity Misplaced: its table (someone_elses_table) must be named "kesehatan_…" explicitly',
      'kesehatan: migration "20261123200000_a" is out of order',
      'kesehatan: migration name "bad name" is not YYYYMMDDhhmmss_name',
      'kesehatan: route path "../etc" is invalid',
      'kesehatan: the sector has two server extensions',
      'kesehatan: table kesehatan_fixture_row is declared twice',
    ]);
  });

  it('names migrations by sector, after the core’s', () => {
    const plugin = defineSpmPlugin({ ...kesehatan, id: 'perumahan-rakyat' });
    expect(tablePrefix(plugin.id)).toBe('perumahan_rakyat_');
    const names = extensionMigrations([
      { sectorId: 'perumahan-rakyat', migrations: [{ name: '20261201000000_x', up: ['select 1'] }] },
      { sectorId: 'kesehatan', migrations: [{ name: '20261123210000_open_day', up: ['select 1'] }] },
    ]).map((m) => m.name);
    expect(names).toEqual(['kesehatan:20261123210000_open_day', 'perumahan-rakyat:20261201000000_x']);
  });
});
