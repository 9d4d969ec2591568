import type { PluginDownload, ReportCell, ReportTable } from '@posyandu-spm/plugin-api';
import { DateTime } from 'luxon';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type { ReportCell, ReportTable };

/**
 * A moment written as the wall-clock date and time of `zone` (the kabupaten's WIB, WITA or WIT):
 * `2026-11-23 09:01` in a CSV, a date cell in an XLSX. Only the server's own exports use it; a
 * plugin's `ReportTable` stays text and numbers (plugin API unchanged).
 */
export interface LocalTimeCell {
  at: Date;
  zone: string;
}
export type ExportCell = ReportCell | LocalTimeCell;
/** A `ReportTable` whose cells may also be local times. */
export interface ExportTable {
  name: string;
  header: readonly string[];
  rows: ReadonlyArray<readonly ExportCell[]>;
}

/** `2026-11-23 09:01`: its length sizes the XLSX column. */
const LOCAL_FORMAT = 'yyyy-MM-dd HH:mm';
const XLSX_DATE_FORMAT = 'yyyy-mm-dd hh:mm';

function isLocalTime(value: ExportCell): value is LocalTimeCell {
  return typeof value === 'object' && value !== null;
}

const HOUR_MS = 3_600_000;
const offsets = new Map<string, number>();

/**
 * The zone's offset in minutes at `ms`, asked of luxon once per zone and UTC hour: an export of
 * 10,000 cases writes 30,000 times, and luxon's offset lookup (Intl formatToParts) took most of its
 * time (docs/performance.md, "Case-list export"). Every real zone changes offset on an hour boundary.
 */
function offsetMinutes(zone: string, ms: number): number {
  const key = `${zone}|${Math.floor(ms / HOUR_MS)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = DateTime.fromMillis(ms, { zone }).offset;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/**
 * The wall clock of a local time as a `Date` whose UTC fields are the local ones, to whole minutes.
 * It is also the XLSX value: a spreadsheet date has no zone, and write-excel-file turns a `Date`
 * into a serial number from its UTC fields.
 */
function wallClock(cell: LocalTimeCell): Date {
  const ms = cell.at.getTime();
  const local = ms + offsetMinutes(cell.zone, ms) * 60_000;
  // Whole minutes, as the CSV shows: no seconds hidden behind the format.
  return new Date(local - (((local % 60_000) + 60_000) % 60_000));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The wall-clock text of a local time, e.g. `2026-11-23 09:01`. */
export function localTimeText(cell: LocalTimeCell): string {
  const d = wallClock(cell);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function csvCell(value: ExportCell): string {
  if (value === null) return '';
  if (isLocalTime(value)) return localTimeText(value);
  const text = String(value);
  // A text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection).
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a BOM, so spreadsheet programs read the Indonesian text as UTF-8. */
export function tableCsv(table: ExportTable): string {
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function width(value: ExportCell | string): number {
  return isLocalTime(value) ? LOCAL_FORMAT.length : String(value ?? '').length;
}

/** An XLSX workbook (write-excel-file), the header bold and frozen; numbers and dates stay numbers and dates. */
export async function tableXlsx(table: ExportTable): Promise<Uint8Array> {
  const data: SheetData = [
    table.header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...table.rows.map((row) =>
      row.map((value) =>
        value === null
          ? null
          : isLocalTime(value)
            ? { value: wallClock(value), type: Date, format: XLSX_DATE_FORMAT }
            : typeof value === 'number'
              ? { value, type: Number }
              : { value },
      ),
    ),
  ];
  const widths = table.header.map((_, i) =>
    Math.min(60, Math.max(8, ...[table.header, ...table.rows].map((r) => width(r[i] ?? null) + 2))),
  );
  return writeXlsxFile(data, {
    sheet: table.name.slice(0, 31),
    stickyRowsCount: 1,
    columns: widths.map((w) => ({ width: w })),
  }).toBuffer();
}

/** A table as the download of a report route (`ctx.spm.tableDownload` for plugins). */
export async function tableDownload(
  table: ExportTable,
  format: 'csv' | 'xlsx',
  fileName: string,
): Promise<PluginDownload> {
  return format === 'csv'
    ? { contentType: 'text/csv; charset=utf-8', fileName, body: tableCsv(table) }
    : { contentType: XLSX_CONTENT_TYPE, fileName, body: await tableXlsx(table) };
}
