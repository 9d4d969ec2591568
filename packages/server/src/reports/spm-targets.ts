import type { EntityManager } from '@mikro-orm/postgresql';
import { validationFailed, type FieldProblem, type PluginRegistry, type Principal } from '@posyandu-spm/core';
import { strFromU8, unzipSync } from 'fflate';
import { inAdminAreas, requireAdmin } from '../security/admin.js';
import { accountableUserId } from '../services/principal.js';

/**
 * Sasaran (issue 15 item 3): per jenis pelayanan dasar and desa, for a year, the number of
 * recipients to serve. The kabupaten admin sets them one by one (`setSpmTarget`) or imports the
 * pendataan as CSV/XLSX (`importSpmTargets`): every row is checked first and nothing is written if
 * any row is bad; every change is kept in `spm_target_change` (who, when, old → new, by hand or by
 * which file).
 */
export interface TargetEntry {
  year: number;
  areaCode: string;
  sectorId: string;
  serviceId: string;
  /** null clears the sasaran. */
  target: number | null;
}

/** The import file's columns, in this order (docs/reports.md, "Format impor sasaran"). */
export const TARGET_COLUMNS = ['tahun', 'kode_desa', 'sektor', 'jenis_pelayanan', 'sasaran'] as const;
type TargetColumn = (typeof TARGET_COLUMNS)[number];

const MAX_TARGET = 10_000_000;
const MAX_ROWS = 20_000;

export interface TargetProblem {
  /** 1-based line of the file, the header being row 1; 0 for the file as a whole. */
  row: number;
  column: TargetColumn | null;
  code: string;
  message: { id: string; en: string };
}

function problem(row: number, column: TargetColumn | null, code: string, id: string, en: string): TargetProblem {
  const where = row ? `Baris ${row}${column ? `, kolom ${column}` : ''}: ` : '';
  const whereEn = row ? `Row ${row}${column ? `, column ${column}` : ''}: ` : '';
  return { row, column, code, message: { id: `${where}${id}`, en: `${whereEn}${en}` } };
}

/** The problems as one VALIDATION_FAILED whose fields name row and column (`rows[3].kode_desa`). */
function failWith(problems: readonly TargetProblem[]): never {
  const fields: FieldProblem[] = problems.map((p) => ({
    field: p.row ? `rows[${p.row}]${p.column ? `.${p.column}` : ''}` : 'file',
    message: { id: `[${p.code}] ${p.message.id}`, en: `[${p.code}] ${p.message.en}` },
  }));
  throw validationFailed(fields);
}

/** Rows of strings from a CSV (RFC 4180, comma or semicolon, optional BOM). */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? '');

/** Rows of strings from the first sheet of an XLSX workbook (shared and inline strings, numbers). */
export function parseXlsx(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes);
  const workbookRels = files['xl/_rels/workbook.xml.rels'] ? strFromU8(files['xl/_rels/workbook.xml.rels']) : '';
  const firstSheet = /Target="(?:\/xl\/)?(worksheets\/[^"]+)"/.exec(workbookRels)?.[1] ?? 'worksheets/sheet1.xml';
  const sheet = files[`xl/${firstSheet}`];
  if (!sheet) throw new Error('no worksheet');
  const shared = files['xl/sharedStrings.xml']
    ? [...strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
        unescapeXml([...m[1]!.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join('')),
      )
    : [];
  const column = (ref: string) => [...ref].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const rows: string[][] = [];
  for (const r of strFromU8(sheet).matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>/g)) {
    const index = Number(/\br="(\d+)"/.exec(r[1]!)?.[1] ?? rows.length + 1) - 1;
    const cells: string[] = [];
    for (const c of r[2]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = /\br="([A-Z]+)\d+"/.exec(c[1]!)?.[1];
      const type = /\bt="(\w+)"/.exec(c[1]!)?.[1];
      const inner = c[2] ?? '';
      const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      const value =
        type === 's'
          ? (shared[Number(v)] ?? '')
          : type === 'inlineStr'
            ? unescapeXml([...inner.matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''))
            : unescapeXml(v ?? '');
      cells[ref ? column(ref) : cells.length] = value;
    }
    rows[index] = Array.from(cells, (c) => c ?? '');
  }
  return Array.from(rows, (r) => r ?? []).filter((r) => r.some((c) => c.trim() !== ''));
}

/** The SPM services of a sector a sasaran may be set for (jenis pelayanan dasar, not supporting services). */
function isSpmService(registry: PluginRegistry, sectorId: string, serviceId: string): boolean {
  return Boolean(registry.hasSector(sectorId) && registry.spmService(sectorId, serviceId)?.spm);
}

/** Checks entries against the registry, the areas and the admin's reach; problems per row and column. */
async function checkEntries(
  em: EntityManager,
  registry: PluginRegistry,
  adminAreas: readonly string[],
  entries: ReadonlyArray<{ row: number; entry: Partial<TargetEntry>; raw: Record<TargetColumn, string> }>,
): Promise<TargetProblem[]> {
  const problems: TargetProblem[] = [];
  const codes = [...new Set(entries.map((e) => e.entry.areaCode).filter((c): c is string => Boolean(c)))];
  const desa = new Set(
    codes.length
      ? (
          await em
            .getConnection()
            .execute<Array<{ code: string }>>(
              `select code from area where level = 'DESA' and code in (?)`,
              [codes],
              'all',
            )
        ).map((a) => a.code)
      : [],
  );
  const seen = new Map<string, number>();
  for (const { row, entry, raw } of entries) {
    if (entry.year === undefined) {
      problems.push(
        problem(
          row,
          'tahun',
          'BAD_YEAR',
          `tahun "${raw.tahun}" tidak valid (2000–2100).`,
          `year "${raw.tahun}" is not valid (2000–2100).`,
        ),
      );
    }
    if (!entry.areaCode || !desa.has(entry.areaCode)) {
      problems.push(
        problem(
          row,
          'kode_desa',
          'UNKNOWN_DESA',
          `"${raw.kode_desa}" bukan kode desa yang dikenal.`,
          `"${raw.kode_desa}" is not a known desa code.`,
        ),
      );
    } else if (!inAdminAreas(adminAreas, entry.areaCode)) {
      problems.push(
        problem(
          row,
          'kode_desa',
          'OUTSIDE_AREA',
          `desa ${entry.areaCode} di luar wilayah yang Anda kelola.`,
          `desa ${entry.areaCode} is outside the area you administer.`,
        ),
      );
    }
    if (!entry.sectorId || !registry.hasSector(entry.sectorId)) {
      problems.push(
        problem(
          row,
          'sektor',
          'UNKNOWN_SECTOR',
          `sektor "${raw.sektor}" tidak dikenal.`,
          `unknown sector "${raw.sektor}".`,
        ),
      );
    } else if (!entry.serviceId || !isSpmService(registry, entry.sectorId, entry.serviceId)) {
      problems.push(
        problem(
          row,
          'jenis_pelayanan',
          'UNKNOWN_SERVICE',
          `"${raw.jenis_pelayanan}" bukan jenis pelayanan dasar SPM sektor ${entry.sectorId}.`,
          `"${raw.jenis_pelayanan}" is not an SPM basic service of sector ${entry.sectorId}.`,
        ),
      );
    }
    if (entry.target === undefined) {
      problems.push(
        problem(
          row,
          'sasaran',
          'BAD_TARGET',
          `sasaran "${raw.sasaran}" harus bilangan bulat 0–${MAX_TARGET} (kosong: hapus).`,
          `target "${raw.sasaran}" must be a whole number 0–${MAX_TARGET} (empty: clear).`,
        ),
      );
    }
    const key = `${entry.year}|${entry.areaCode}|${entry.sectorId}|${entry.serviceId}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      problems.push(
        problem(
          row,
          null,
          'DUPLICATE_ROW',
          `sasaran yang sama sudah ada di baris ${earlier}.`,
          `the same target is already on row ${earlier}.`,
        ),
      );
    } else seen.set(key, row);
  }
  return problems;
}

const int = (s: string, min: number, max: number): number | undefined => {
  const t = s.trim();
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n >= min && n <= max ? n : undefined;
};

/** Writes the entries and their history in one transaction; returns how many changed. */
async function writeEntries(
  em: EntityManager,
  principal: Principal,
  entries: readonly TargetEntry[],
  source: 'MANUAL' | 'IMPORT',
  fileName: string | null,
  now: Date,
): Promise<{ changed: number; unchanged: number }> {
  const userId = accountableUserId(principal);
  let changed = 0;
  await em.getConnection().transactional(async (trx) => {
    const conn = em.getConnection();
    for (const e of entries) {
      const [old] = await conn.execute<Array<{ target: number }>>(
        `select target from spm_target where year = ? and area_code = ? and sector_id = ? and spm_service = ? for update`,
        [e.year, e.areaCode, e.sectorId, e.serviceId],
        'all',
        trx,
      );
      const before = old?.target ?? null;
      if (before === e.target) continue;
      if (e.target === null) {
        await conn.execute(
          `delete from spm_target where year = ? and area_code = ? and sector_id = ? and spm_service = ?`,
          [e.year, e.areaCode, e.sectorId, e.serviceId],
          'run',
          trx,
        );
      } else {
        await conn.execute(
          `insert into spm_target (year, area_code, sector_id, spm_service, target, updated_at, updated_by_id)
           values (?, ?, ?, ?, ?, ?, ?)
           on conflict (year, area_code, sector_id, spm_service)
           do update set target = excluded.target, updated_at = excluded.updated_at, updated_by_id = excluded.updated_by_id`,
          [e.year, e.areaCode, e.sectorId, e.serviceId, e.target, now, userId],
          'run',
          trx,
        );
      }
      await conn.execute(
        `insert into spm_target_change (year, area_code, sector_id, spm_service, old_target, new_target, source,
           file_name, changed_at, changed_by_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [e.year, e.areaCode, e.sectorId, e.serviceId, before, e.target, source, fileName, now, userId],
        'run',
        trx,
      );
      changed += 1;
    }
  });
  return { changed, unchanged: entries.length - changed };
}

/** One sasaran set (or cleared) by the kabupaten admin. */
export async function setSpmTarget(
  em: EntityManager,
  principal: Principal | null,
  registry: PluginRegistry,
  entry: TargetEntry,
  now: Date,
): Promise<{ changed: number; unchanged: number }> {
  const admin = requireAdmin(principal);
  const target = entry.target;
  const raw = {
    tahun: String(entry.year),
    kode_desa: entry.areaCode,
    sektor: entry.sectorId,
    jenis_pelayanan: entry.serviceId,
    sasaran: target === null ? '' : String(target),
  };
  const checked: Partial<TargetEntry> = {
    ...entry,
    year: Number.isInteger(entry.year) && entry.year >= 2000 && entry.year <= 2100 ? entry.year : undefined,
    target: target === null || (Number.isInteger(target) && target >= 0 && target <= MAX_TARGET) ? target : undefined,
  };
  const problems = await checkEntries(em, registry, admin.areaCodes, [{ row: 0, entry: checked, raw }]);
  if (problems.length) {
    throw validationFailed(
      problems.map((p) => ({
        field: {
          tahun: 'year',
          kode_desa: 'areaCode',
          sektor: 'sectorId',
          jenis_pelayanan: 'serviceId',
          sasaran: 'target',
        }[p.column ?? 'sasaran'],
        message: { id: `[${p.code}] ${p.message.id}`, en: `[${p.code}] ${p.message.en}` },
      })),
    );
  }
  return writeEntries(em, admin.principal, [entry], 'MANUAL', null, now);
}

/**
 * An import of the pendataan: CSV text or XLSX bytes with the columns TARGET_COLUMNS (header row
 * first; any order; other columns such as nama_desa ignored). All rows are checked; one bad row
 * and nothing is written (VALIDATION_FAILED naming every bad row and column). `dryRun` checks only.
 */
export async function importSpmTargets(
  em: EntityManager,
  principal: Principal | null,
  registry: PluginRegistry,
  file: { format: 'CSV' | 'XLSX'; content: Uint8Array; fileName: string | null; dryRun: boolean },
  now: Date,
): Promise<{ rows: number; changed: number; unchanged: number }> {
  const admin = requireAdmin(principal);
  let table: string[][];
  try {
    table = file.format === 'CSV' ? parseCsv(new TextDecoder().decode(file.content)) : parseXlsx(file.content);
  } catch {
    failWith([
      problem(
        0,
        null,
        'UNREADABLE_FILE',
        'Berkas tidak dapat dibaca sebagai ' + file.format + '.',
        'The file cannot be read as ' + file.format + '.',
      ),
    ]);
  }
  const header = (table[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = TARGET_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    failWith([
      problem(
        1,
        null,
        'MISSING_COLUMNS',
        `kolom ${missing.join(', ')} tidak ada (wajib: ${TARGET_COLUMNS.join(', ')}).`,
        `column(s) ${missing.join(', ')} missing (required: ${TARGET_COLUMNS.join(', ')}).`,
      ),
    ]);
  }
  const body = table.slice(1);
  if (!body.length)
    failWith([problem(0, null, 'NO_ROWS', 'Berkas tidak berisi baris sasaran.', 'The file has no target rows.')]);
  if (body.length > MAX_ROWS) {
    failWith([
      problem(
        0,
        null,
        'TOO_MANY_ROWS',
        `Paling banyak ${MAX_ROWS} baris per berkas.`,
        `At most ${MAX_ROWS} rows per file.`,
      ),
    ]);
  }
  const at = Object.fromEntries(TARGET_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<TargetColumn, number>;
  const rows = body.map((cells, i) => {
    const raw = Object.fromEntries(TARGET_COLUMNS.map((c) => [c, (cells[at[c]] ?? '').trim()])) as Record<
      TargetColumn,
      string
    >;
    const entry: Partial<TargetEntry> = {
      year: int(raw.tahun, 2000, 2100),
      areaCode: raw.kode_desa,
      sectorId: raw.sektor,
      serviceId: raw.jenis_pelayanan,
      target: raw.sasaran === '' ? null : int(raw.sasaran, 0, MAX_TARGET),
    };
    return { row: i + 2, entry, raw };
  });
  const problems = await checkEntries(em, registry, admin.areaCodes, rows);
  if (problems.length) failWith(problems);
  const entries = rows.map((r) => r.entry as TargetEntry);
  if (file.dryRun) return { rows: entries.length, changed: 0, unchanged: 0 };
  const result = await writeEntries(em, admin.principal, entries, 'IMPORT', file.fileName, now);
  return { rows: entries.length, ...result };
}
