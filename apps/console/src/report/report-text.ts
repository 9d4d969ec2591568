import { pageWords } from '../i18n/words';

/** The report page's words, Indonesian first; kept in the report chunk, not the main bundle. */
const words = {
  title: ['Laporan SPM', 'SPM report'],
  intro: [
    'Rekap penerapan SPM per jenis pelayanan dasar dan penerima untuk wilayah dan periode yang dapat Anda lihat: setiap kasus yang didaftarkan dihitung tepat di satu kolom hasil. Definisi setiap angka: docs/reports.md.',
    'SPM recap per type of basic service and recipient for the area and period you may see: every case registered is counted in exactly one outcome column. Each figure is defined in docs/reports.md.',
  ],
  year: ['Tahun', 'Year'],
  periodKind: ['Periode', 'Period'],
  kindYear: ['Setahun', 'Whole year'],
  kindQuarter: ['Triwulan', 'Quarter'],
  kindMonth: ['Bulan', 'Month'],
  number: ['Bulan / triwulan ke-', 'Month / quarter no.'],
  sector: ['Sektor', 'Sector'],
  allSectors: ['Semua sektor yang dapat Anda lihat', 'Every sector you may see'],
  area: ['Kode wilayah (opsional)', 'Area code (optional)'],
  areaHint: [
    'Kosong: wilayah terluas Anda. Mis. 33.10.05 untuk satu kecamatan',
    'Empty: your widest area. E.g. 33.10.05 for one kecamatan',
  ],
  show: ['Tampilkan', 'Show'],
  downloadCsv: ['Unduh CSV', 'Download CSV'],
  downloadXlsx: ['Unduh XLSX', 'Download XLSX'],
  downloadPdf: ['Unduh PDF', 'Download PDF'],
  heading: ['{area} — {period}', '{area} — {period}'],
  total: ['Semua sektor', 'All sectors'],
  service: ['Jenis pelayanan dasar', 'Type of basic service'],
  penerima: ['Penerima', 'Recipient'],
  notSpm: ['bukan SPM', 'not SPM'],
  trend: ['Tren bulanan', 'Monthly trend'],
  month: ['Bulan', 'Month'],
  areas: ['Per wilayah', 'By area'],
  areaName: ['Wilayah', 'Area'],
  settlements: ['Penyelesaian di tingkat desa per unit', 'Settlements at village level per unit'],
  unit: ['Unit', 'Unit'],
  count: ['Jumlah', 'Count'],
  tableRegion: ['Tabel {name}, dapat digeser', 'Table {name}, scrollable'],
  received: ['Diterima', 'Received'],
  inProgress: ['Dalam proses', 'In progress'],
  openOverdue: ['Lewat tenggat', 'Open and overdue'],
  completedOnTime: ['Selesai tepat waktu', 'Completed on time'],
  completedLate: ['Selesai terlambat', 'Completed late'],
  declined: ['Ditolak', 'Declined'],
  returned: ['Dikembalikan', 'Returned'],
  settledAtVillage: ['Selesai di desa', 'Settled at village'],
  withdrawn: ['Dicabut', 'Withdrawn'],
  cannotBeServed: ['Tidak dapat dilayani', 'Cannot be served'],
  medianWorkingDays: ['Median hari kerja', 'Median working days'],
  p90WorkingDays: ['P90 hari kerja', 'P90 working days'],
  onTimeRate: ['Tepat waktu', 'On time'],
  noRate: ['–', '–'],
} as const satisfies Record<string, readonly [string, string]>;

export type ReportWord = keyof typeof words;

export const reportText = pageWords(words);
