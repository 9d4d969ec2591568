/**
 * `pnpm db:import-wilayah [file] [--within 33.10]`: loads official areas from
 * a two-column TSV, plain or gzipped (default: the whole country as shipped in
 * packages/server/src/seed/data/wilayah.tsv.gz): all of it, or one area and its ancestors.
 */
import { parseArgs } from 'node:util';
import { importWilayah, migrate } from '@posyandu-spm/server';
import { openConfiguredDatabase } from './open.js';

const { values, positionals } = parseArgs({ options: { within: { type: 'string' } }, allowPositionals: true });
const { db, log } = await openConfiguredDatabase();
try {
  await migrate(db.orm);
  const count = await importWilayah(db.orm.em.fork(), { file: positionals[0], within: values.within });
  log.info({ areas: count }, 'areas imported');
} finally {
  await db.close();
}
