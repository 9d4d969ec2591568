/** One cell of a report table: text or a number (blank for null). */
export type ReportCell = string | number | null;

/**
 * A report as a table: a header row and data rows, written the same way as CSV
 * and XLSX (`ctx.spm.tableDownload`).
 *
 * @example
 * const table: ReportTable = { name: 'Rekap', header: ['Meja', 'Jumlah'], rows: [['Meja 1', 40]] };
 */
export interface ReportTable {
  /** The sheet's name in a workbook (at most 31 characters). */
  name: string;
  header: readonly string[];
  rows: ReadonlyArray<readonly ReportCell[]>;
}
