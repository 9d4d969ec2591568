import type { SpmReportType } from './spm-report.types.js';
import type { ReportTable } from './table-export.js';

/**
 * The report as one table: section, key, label (Indonesian), label (English), value — the layout
 * village and kecamatan staff paste into their monthly SPM report.
 */
export function spmReportTable(r: SpmReportType): ReportTable {
  const rows: Array<[string, string, string, string, string | number | null]> = [
    ['periode', 'from', 'Dari tanggal', 'From', r.from],
    ['periode', 'to', 'Sampai tanggal', 'To', r.to],
    ['periode', 'areaCode', 'Wilayah', 'Area', r.areaCode ?? ''],
    ['periode', 'timeZone', 'Zona waktu', 'Time zone', r.timeZone],
  ];
  const counts = (section: string, k: SpmReportType['totals']) => {
    rows.push(
      [section, 'registered', 'Kasus terdaftar', 'Cases registered', k.registered],
      [section, 'closed', 'Selesai', 'Closed', k.closed],
      [
        section,
        'closedOnTime',
        'Selesai tepat waktu (≤ 5 hari kerja)',
        'Closed on time (≤ 5 working days)',
        k.closedOnTime,
      ],
      [section, 'closedLate', 'Selesai terlambat', 'Closed late', k.closedLate],
      [section, 'open', 'Masih berjalan', 'Still open', k.open],
      [section, 'openOverdue', 'Berjalan dan lewat tenggat', 'Open and overdue', k.openOverdue],
      [section, 'paused', 'Menunggu pemohon (jam berhenti)', 'Waiting for the applicant (clock paused)', k.paused],
      [
        section,
        'resolved',
        'Dilayani (selesai + selesai di desa)',
        'Served (completed + settled at village)',
        k.resolved,
      ],
      [section, 'completed', 'Selesai dilayani', 'Completed', k.completed],
      [section, 'settledAtVillage', 'Selesai di tingkat desa', 'Settled at village level', k.settledAtVillage],
      [section, 'declined', 'Ditolak', 'Declined', k.declined],
      [section, 'withdrawn', 'Dicabut pemohon', 'Withdrawn by the citizen', k.withdrawn],
      [section, 'cannotBeServed', 'Tidak dapat dilayani', 'Cannot be served', k.cannotBeServed],
      [
        section,
        'onTimeRate',
        'Persentase tepat waktu',
        'On-time rate',
        k.onTimeRate === null ? null : Math.round(k.onTimeRate * 1000) / 10,
      ],
    );
  };
  counts('total', r.totals);
  for (const s of r.bySector) counts(`sektor:${s.sectorId}`, s.counts);
  for (const s of r.settledAt) rows.push(['diselesaikan-di', s.unitKind, s.label.id, s.label.en, s.count]);
  for (const h of r.timeByHolder) {
    rows.push(
      [
        'waktu-pemegang',
        `${h.unitKind}.holdings`,
        `${h.label.id}: kali memegang`,
        `${h.label.en}: holdings`,
        h.holdings,
      ],
      [
        'waktu-pemegang',
        `${h.unitKind}.averageWorkingDays`,
        `${h.label.id}: rata-rata hari kerja`,
        `${h.label.en}: average working days`,
        h.averageWorkingDays,
      ],
    );
  }
  rows.push(['pengembalian', 'returned', 'Dikembalikan (bukan wewenang)', 'Returned (not competent)', r.returned]);
  return { name: 'Laporan SPM', header: ['bagian', 'kunci', 'uraian', 'description', 'nilai'], rows };
}
