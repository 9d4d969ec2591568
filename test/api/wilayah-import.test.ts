import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { MikroORM } from '@mikro-orm/postgresql';
import { defaultWilayahPath, importWilayah, openOrm } from '@posyandu-spm/server';
import { createTestDatabase } from '@posyandu-spm/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

describe('pnpm db:import-wilayah: every Indonesian area, from the file the repository ships', () => {
  let orm: MikroORM;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await createTestDatabase();
    drop = db.drop;
    orm = await openOrm({ clientUrl: db.url });
  });
  afterAll(async () => {
    await orm?.close();
    await drop?.();
  });

  it('ships the whole country in the repository (gzipped), never reading ../shared', () => {
    const file = defaultWilayahPath();
    expect(path.relative(path.resolve(import.meta.dirname, '../..'), file)).toBe(
      'packages/server/src/seed/data/wilayah.tsv.gz',
    );
    expect(gunzipSync(readFileSync(file)).toString('utf8').split('\n')[0]).toBe('kode\tnama');
  });

  // Where the file came from (../shared beside the repository); a fresh clone has none to compare.
  const reference = path.resolve(import.meta.dirname, '../../../shared/data/wilayah.tsv');
  it.runIf(existsSync(reference))('ships exactly the reference area file', () => {
    expect(gunzipSync(readFileSync(defaultWilayahPath())).equals(readFileSync(reference))).toBe(true);
    const klaten = readFileSync(
      path.resolve(import.meta.dirname, '../../packages/server/src/seed/data/wilayah-klaten.tsv'),
      'utf8',
    );
    const fromReference = readFileSync(reference, 'utf8')
      .split('\n')
      .filter((line, i) => i === 0 || /^33\t|^33\.10[\t.]/.test(line));
    expect(klaten.trimEnd().split('\n')).toEqual(fromReference.filter(Boolean));
  });

  it('loads all 91,599 areas with their level, parent and time zone, and can run again', async () => {
    const count = await importWilayah(orm.em.fork());
    expect(count).toBe(91_599);
    const conn = orm.em.getConnection();
    const levels = await conn.execute<Array<{ level: string; n: string }>>(
      'select level, count(*) n from area group by level order by level',
    );
    expect(Object.fromEntries(levels.map((r) => [r.level, Number(r.n)]))).toEqual({
      DESA: 83_762,
      KABUPATEN: 514,
      KECAMATAN: 7_285,
      PROVINSI: 38,
    });
    const [gombang] = await conn.execute<Array<{ name: string; parent_code: string; time_zone: string }>>(
      "select name, parent_code, time_zone from area where code = '33.10.05.2018'",
    );
    expect(gombang).toEqual({ name: 'Gombang', parent_code: '33.10.05', time_zone: 'Asia/Jakarta' });
    const zones = await conn.execute<Array<{ code: string; time_zone: string }>>(
      "select code, time_zone from area where code in ('51', '62', '64', '91') order by code",
    );
    expect(zones.map((z) => z.time_zone)).toEqual(['Asia/Makassar', 'Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
    expect(await importWilayah(orm.em.fork())).toBe(91_599);
  }, 120_000);
});
