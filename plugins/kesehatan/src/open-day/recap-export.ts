import { strToU8, zipSync } from 'fflate';
import type { RecapView } from './open-day.types.js';

/** The recap as rows: section, key, label (Indonesian), value. One layout for CSV and XLSX. */
export function recapRows(r: RecapView): Array<[string, string, string, string | number]> {
  const rows: Array<[string, string, string, string | number]> = [
    ['periode', 'period', 'Periode', r.period],
    ['ringkasan', 'sessions', 'Hari buka', r.sessions],
    ['ringkasan', 'visitors', 'Pengunjung', r.visitors],
  ];
  for (const g of r.visitorsByTargetGroup) rows.push(['sasaran', g.key, g.label.id, g.count]);
  rows.push(['balita', 'childrenWeighed', 'Balita ditimbang', r.childrenWeighed]);
  rows.push(['balita', 'childrenAtRisk', 'Balita berisiko', r.childrenAtRisk]);
  const k = r.skdn;
  rows.push(['skdn', 'S', 'S: balita terdaftar (terlihat 12 bulan terakhir)', k.s]);
  rows.push(['skdn', 'D', 'D: balita ditimbang', k.d]);
  rows.push(['skdn', 'N', 'N: berat badan naik', k.n]);
  rows.push(['skdn', 'T', 'T: berat badan tidak naik', k.t]);
  rows.push(['skdn', 'O', 'O: bulan lalu tidak ditimbang', k.o]);
  rows.push(['skdn', 'B', 'B: baru pertama kali ditimbang', k.b]);
  rows.push(['skdn', 'D/S', 'D/S (%)', k.dPerS ?? '-']);
  rows.push(['skdn', 'N/D', 'N/D (%)', k.nPerD ?? '-']);
  for (const k of r.risksByCategory) rows.push(['risiko', `${k.indicator}.${k.code}`, k.label.id, k.people]);
  rows.push(['tindak-lanjut', 'followUpsOpened', 'Kasus kunjungan rumah dibuka', r.followUpsOpened]);
  rows.push(['tindak-lanjut', 'followUpsOpen', 'Masih berjalan', r.followUpsOpen]);
  rows.push(['tindak-lanjut', 'followUpsDone', 'Selesai', r.followUpsDone]);
  rows.push(['tindak-lanjut', 'homeVisits', 'Kunjungan rumah dilakukan', r.homeVisits]);
  rows.push(['tindak-lanjut', 'followUpsVisited', 'Kasus sudah dikunjungi', r.followUpsVisited]);
  for (const s of r.followUpsByStatus) rows.push(['status-tindak-lanjut', s.key, s.label.id, s.count]);
  rows.push(['layanan', 'immunized', 'Diimunisasi', r.immunized]);
  rows.push(['layanan', 'vitaminA', 'Vitamin A', r.vitaminA]);
  rows.push(['layanan', 'supplementaryFeeding', 'PMT', r.supplementaryFeeding]);
  rows.push(['layanan', 'counselled', 'Mendapat penyuluhan', r.counselled]);
  r.followUpPlans.forEach((plan, i) => rows.push(['rtl', `plan${i + 1}`, 'Rencana tindak lanjut', plan]));
  // Names and findings: only in the files of those who read them in GraphQL (null for the others).
  for (const o of r.followUpOutcomes ?? []) {
    const who = `${o.personName ?? '-'} (${o.openDay}): ${o.risks.map((x) => x.id).join('; ')}`;
    const what = [
      o.statusLabel.id,
      `${o.homeVisits} kunjungan rumah`,
      o.lastFindings ? `hasil terakhir: ${o.lastFindings}` : null,
      o.closingNote ? `penutupan: ${o.closingNote}` : null,
    ].filter(Boolean);
    rows.push(['hasil-tindak-lanjut', o.caseCode, who, what.join(' | ')]);
  }
  return rows;
}

const HEADER = ['bagian', 'kunci', 'uraian', 'nilai'];

function csvCell(value: string | number): string {
  const text = String(value);
  // A cell a spreadsheet would run as a formula is quoted with a leading apostrophe (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function recapCsv(r: RecapView): string {
  return `\uFEFF${[HEADER, ...recapRows(r)].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const xml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

function column(i: number): string {
  return String.fromCharCode(65 + i);
}

/** A minimal Office Open XML workbook (one sheet, inline strings, numbers as numbers). */
export function recapXlsx(r: RecapView): Uint8Array {
  const rows = [HEADER, ...recapRows(r)];
  const sheetRows = rows
    .map((row, y) => {
      const cells = row.map((value, x) => {
        const ref = `${column(x)}${y + 1}`;
        return typeof value === 'number'
          ? `<c r="${ref}"><v>${value}</v></c>`
          : `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
      });
      return `<row r="${y + 1}">${cells.join('')}</row>`;
    })
    .join('');
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const files: Record<string, string> = {
    '[Content_Types].xml': `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    '_rels/.rels': `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `${head}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Rekap" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `${head}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `${head}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetRows}</sheetData></worksheet>`,
  };
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, body]) => [name, strToU8(body)])));
}
