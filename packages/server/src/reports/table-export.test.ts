import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { localTimeText, tableCsv, tableXlsx, type ExportTable } from './table-export.js';

/** 23:30 UTC on 22 November is already the 23rd in every Indonesian zone. */
const AT = new Date('2026-11-22T17:30:45Z');

describe('export times in the kabupaten’s wall clock', () => {
  it('writes a moment as the local date and time of WIB, WITA and WIT, never the UTC date', () => {
    expect(localTimeText({ at: AT, zone: 'Asia/Jakarta' })).toBe('2026-11-23 00:30');
    expect(localTimeText({ at: AT, zone: 'Asia/Makassar' })).toBe('2026-11-23 01:30');
    expect(localTimeText({ at: AT, zone: 'Asia/Jayapura' })).toBe('2026-11-23 02:30');
  });

  it('makes the CSV cell text and the XLSX cell a date serial of the same wall clock, with a date format', async () => {
    const table: ExportTable = {
      name: 'Daftar kasus',
      header: ['Kode', 'Didaftarkan (WITA)'],
      rows: [['SPM-1', { at: AT, zone: 'Asia/Makassar' }]],
    };
    expect(tableCsv(table)).toBe('\uFEFFKode,Didaftarkan (WITA)\r\nSPM-1,2026-11-23 01:30\r\n');
    const files = unzipSync(await tableXlsx(table));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const serial = Number(/<c r="B2"[^>]*><v>([^<]+)<\/v>/.exec(sheet)?.[1]);
    // Days since 1899-12-30: 2026-11-23 01:30 has no seconds (the CSV shows none either).
    expect(serial).toBeCloseTo(46349 + 1.5 / 24, 8);
    expect(/<c r="B2"[^>]*s="(\d+)"/.test(sheet)).toBe(true);
    expect(strFromU8(files['xl/styles.xml']!)).toContain('formatCode="yyyy-mm-dd hh:mm"');
  });
});
