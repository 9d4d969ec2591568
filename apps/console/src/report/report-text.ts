import { pageWords } from '../i18n/words';

/** The report page's words, Indonesian first; kept in the report chunk, not the main bundle. */
const words = {
  title: ['Laporan SPM', 'SPM report'],
  intro: [
    'Kasus yang didaftarkan dalam periode ini dan dapat Anda lihat: berapa yang dijawab dalam 5 hari kerja, yang lewat tenggat, di mana diselesaikan, dan siapa yang memakai waktu.',
    'Cases registered in this period that you can see: how many were answered within 5 working days, which are overdue, where they were settled, and who used the time.',
  ],
  from: ['Dari tanggal', 'From'],
  to: ['Sampai tanggal', 'To'],
  sector: ['Sektor', 'Sector'],
  allSectors: ['Semua sektor', 'All sectors'],
  area: ['Kode wilayah (opsional)', 'Area code (optional)'],
  areaHint: ['Mis. 33.10.05 untuk satu kecamatan', 'E.g. 33.10.05 for one kecamatan'],
  show: ['Tampilkan', 'Show'],
  downloadCsv: ['Unduh CSV', 'Download CSV'],
  downloadXlsx: ['Unduh XLSX', 'Download XLSX'],
  totals: ['Ringkasan', 'Summary'],
  bySector: ['Per sektor', 'By sector'],
  settledAt: ['Diselesaikan di tingkat', 'Settled at level'],
  timeByHolder: ['Siapa memakai waktu', 'Who used the time'],
  holdings: ['Kali memegang kasus', 'Times holding a case'],
  averageDays: ['Rata-rata hari kerja', 'Average working days'],
  count: ['Jumlah', 'Count'],
  returned: ['Dikembalikan (bukan wewenang): {count}', 'Returned (not competent): {count}'],
  registered: ['Terdaftar', 'Registered'],
  closedOnTime: ['Selesai tepat waktu', 'Closed on time'],
  closedLate: ['Selesai terlambat', 'Closed late'],
  open: ['Masih berjalan', 'Still open'],
  openOverdue: ['Lewat tenggat', 'Overdue'],
  paused: ['Menunggu pemohon', 'Waiting for applicant'],
  resolved: ['Dilayani', 'Resolved'],
  rejected: ['Ditolak', 'Rejected'],
  onTimeRate: ['Tepat waktu', 'On time'],
  noneClosed: ['belum ada yang selesai', 'none closed yet'],
  period: ['Periode {from} – {to} ({zone})', 'Period {from} – {to} ({zone})'],
} as const satisfies Record<string, readonly [string, string]>;

export type ReportWord = keyof typeof words;

export const reportText = pageWords(words);
