import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';
import type { EntityManager } from '@mikro-orm/postgresql';
import { areaLevelOf, isAreaCode, parentAreaCode, timeZoneOfArea } from '@posyandu-spm/core';

/**
 * Every area of Indonesia (Kepmendagri 300.2.2-2138/2025), shipped gzipped beside this file
 * (`data/wilayah.tsv.gz`, 91,599 rows; see data/README.md), unless WILAYAH_TSV points at
 * another file (e.g. a newer decree's).
 */
export function defaultWilayahPath(): string {
  if (process.env.WILAYAH_TSV) return path.resolve(process.env.WILAYAH_TSV);
  return fileURLToPath(new URL('./data/wilayah.tsv.gz', import.meta.url));
}

const BATCH = 5000;

/**
 * Loads official areas (Kepmendagri codes) from the two-column TSV (`kode`, `nama`), plain or
 * gzipped (a name ending in `.gz`, read as a stream).
 * With `within`, only those areas and their ancestors (e.g. `33.10` → Jawa Tengah
 * and all of Kabupaten Klaten). Upserts, so it can run again after a new decree.
 */
export async function importWilayah(
  em: EntityManager,
  options: { file?: string; within?: string } = {},
): Promise<number> {
  const file = options.file ?? defaultWilayahPath();
  if (!existsSync(file)) {
    throw new Error(`Area file not found: ${file} (give the file, or set WILAYAH_TSV to the path of wilayah.tsv)`);
  }
  const within = options.within;
  const wanted = (code: string): boolean =>
    !within || code === within || code.startsWith(`${within}.`) || within.startsWith(`${code}.`);
  const raw = createReadStream(file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  raw.on('error', (error) => input.destroy(error));
  const lines = createInterface({ input: input.setEncoding('utf8'), crlfDelay: Infinity });
  const conn = em.getConnection();
  let batch: Array<{ code: string; name: string; level: string; parent_code: string | null; time_zone: string }> = [];
  let count = 0;
  let lineNo = 0;
  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    await conn.execute(
      `insert into area (code, name, level, parent_code, time_zone)
       select code, name, level, parent_code, time_zone
       from jsonb_to_recordset(?::jsonb) as x(code text, name text, level text, parent_code text, time_zone text)
       on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code,
         level = excluded.level, time_zone = excluded.time_zone`,
      [JSON.stringify(batch)],
    );
    count += batch.length;
    batch = [];
  };
  for await (const line of lines) {
    lineNo += 1;
    if (lineNo === 1 || !line.trim()) continue;
    const [code, name] = line.split('\t');
    if (!code || !name || !isAreaCode(code)) throw new Error(`${file}:${lineNo}: not "kode<TAB>nama": ${line}`);
    if (!wanted(code)) continue;
    batch.push({
      code,
      name: name.trim(),
      level: areaLevelOf(code),
      parent_code: parentAreaCode(code),
      time_zone: timeZoneOfArea(code),
    });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return count;
}
