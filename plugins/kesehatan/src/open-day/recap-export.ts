import type { ReportTable } from '@posyandu-spm/plugin-api';
import type { AreaRecapView, RecapView } from './open-day.types.js';

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

/** The recap as the server's report table: the same rows as a CSV or an XLSX workbook. */
export function recapTable(r: RecapView): ReportTable {
  return { name: 'Rekap', header: ['bagian', 'kunci', 'uraian', 'nilai'], rows: recapRows(r) };
}

/** The kecamatan's month: one row per Posyandu and the whole kecamatan, counts only. */
export function areaRecapTable(a: AreaRecapView): ReportTable {
  const counts = (r: {
    sessions: number;
    visitors: number;
    childrenWeighed: number;
    childrenAtRisk: number;
    followUpsOpen: number;
    followUpsDone: number;
    skdn: { s: number; d: number; n: number; dPerS?: number | null; nPerD?: number | null };
  }) => [
    r.sessions,
    r.visitors,
    r.childrenWeighed,
    r.childrenAtRisk,
    r.followUpsOpen,
    r.followUpsDone,
    r.skdn.s,
    r.skdn.d,
    r.skdn.n,
    r.skdn.dPerS ?? null,
    r.skdn.nPerD ?? null,
  ];
  return {
    name: `Kecamatan ${a.areaCode} ${a.month}`,
    header: [
      'posyandu',
      'desa',
      'hari buka',
      'pengunjung',
      'balita ditimbang',
      'balita berisiko',
      'tindak lanjut berjalan',
      'tindak lanjut selesai',
      'S',
      'D',
      'N',
      'D/S (%)',
      'N/D (%)',
    ],
    rows: [
      ...a.rows.map((row) => [row.posyanduName, row.desaCode, ...counts(row.recap)]),
      [`Seluruh kecamatan (${a.totals.posyandu} Posyandu)`, a.areaCode, ...counts(a.totals)],
    ],
  };
}
