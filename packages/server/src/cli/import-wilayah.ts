/**
 * `pnpm db:import-wilayah [file] [--within 33.10]`: loads official areas from
 * wilayah.tsv (default ../shared/data/wilayah.tsv): the whole country, or one area and its ancestors.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrate } from '../db/orm.js';
import { createLogger } from '../logger.js';
import { importWilayah } from '../seed/wilayah-import.js';
import { openDatabase } from './database.js';

const { values, positionals } = parseArgs({ options: { within: { type: 'string' } }, allowPositionals: true });
const config = loadConfig();
const log = createLogger(config.LOG_LEVEL);
const db = await openDatabase(config, log);
try {
  await migrate(db.orm);
  const count = await importWilayah(db.orm.em.fork(), { file: positionals[0], within: values.within });
  log.info({ areas: count }, 'areas imported');
} finally {
  await db.close();
}
