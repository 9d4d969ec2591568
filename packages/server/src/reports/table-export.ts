import type { ReportCell, ReportTable } from '@posyandu-spm/plugin-api';
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type { ReportCell, ReportTable };

function csvCell(value: ReportCell): string {
  if (value === null) return '';
  const text = String(value);
  // A text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection).
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a BOM, so spreadsheet programs read the Indonesian text as UTF-8. */
export function tableCsv(table: ReportTable): string {
  return `\uFEFF${[table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** An XLSX workbook (write-excel-file), the header bold and frozen; numbers stay numbers. */
export async function tableXlsx(table: ReportTable): Promise<Uint8Array> {
  const data: SheetData = [
    table.header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...table.rows.map((row) =>
      row.map((value) => (value === null ? null : typeof value === 'number' ? { value, type: Number } : { value })),
    ),
  ];
  const widths = table.header.map((_, i) =>
    Math.min(60, Math.max(8, ...[table.header, ...table.rows].map((r) => String(r[i] ?? '').length + 2))),
  );
  return writeXlsxFile(data, {
    sheet: table.name.slice(0, 31),
    stickyRowsCount: 1,
    columns: widths.map((width) => ({ width })),
  }).toBuffer();
}
