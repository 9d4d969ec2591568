import type { ReportCell, ReportTable } from './table-export.js';
import type { SpmRecapCountsType, SpmRecapType } from './spm-recap.types.js';

/**
 * The recap's figures in the order every export prints them: the screen's table, the PDF, the CSV
 * and the XLSX carry the same columns and numbers (issue 15 item 5).
 */
export interface RecapColumn {
  key: string;
  label: { id: string; en: string };
  short: string;
  value: (c: SpmRecapCountsType) => ReportCell;
}

const reasonCount = (c: SpmRecapCountsType, reason: string) =>
  c.declinedByReason.find((r) => r.reason === reason)?.count ?? 0;
const kindCount = (c: SpmRecapCountsType, kind: string) =>
  c.settledAtVillageByKind.find((k) => k.kind === kind)?.count ?? 0;

/** The outcome figures: the PDF's main table per sector. */
export const RECAP_COLUMNS: readonly RecapColumn[] = [
  { key: 'received', label: { id: 'Diterima', en: 'Received' }, short: 'Diterima', value: (c) => c.received },
  { key: 'inProgress', label: { id: 'Dalam proses', en: 'In progress' }, short: 'Proses', value: (c) => c.inProgress },
  {
    key: 'openOverdue',
    label: { id: 'Berjalan lewat tenggat', en: 'Open and overdue' },
    short: 'Lewat tenggat',
    value: (c) => c.openOverdue,
  },
  {
    key: 'completedOnTime',
    label: { id: 'Selesai tepat waktu', en: 'Completed on time' },
    short: 'Tepat waktu',
    value: (c) => c.completedOnTime,
  },
  {
    key: 'completedLate',
    label: { id: 'Selesai terlambat', en: 'Completed late' },
    short: 'Terlambat',
    value: (c) => c.completedLate,
  },
  { key: 'declined', label: { id: 'Ditolak', en: 'Declined' }, short: 'Ditolak', value: (c) => c.declined },
  { key: 'returned', label: { id: 'Dikembalikan', en: 'Returned' }, short: 'Kembali', value: (c) => c.returned },
  {
    key: 'settledAtVillage',
    label: { id: 'Selesai di tingkat desa', en: 'Settled at village level' },
    short: 'Selesai di desa',
    value: (c) => c.settledAtVillage,
  },
  { key: 'withdrawn', label: { id: 'Dicabut', en: 'Withdrawn' }, short: 'Dicabut', value: (c) => c.withdrawn },
  {
    key: 'cannotBeServed',
    label: { id: 'Tidak dapat dilayani', en: 'Cannot be served' },
    short: 'Tdk dpt dilayani',
    value: (c) => c.cannotBeServed,
  },
  {
    key: 'medianWorkingDays',
    label: { id: 'Median hari kerja', en: 'Median working days' },
    short: 'Median HK',
    value: (c) => c.medianWorkingDays,
  },
  {
    key: 'p90WorkingDays',
    label: { id: 'P90 hari kerja', en: 'P90 working days' },
    short: 'P90 HK',
    value: (c) => c.p90WorkingDays,
  },
  {
    key: 'onTimeRatePercent',
    label: { id: 'Persentase tepat waktu', en: 'On-time rate (%)' },
    short: '% tepat waktu',
    value: (c) => percent(c.onTimeRate),
  },
];

/** The split of declines by reason and of village settlements by kind: the PDF's second table. */
export const RECAP_DETAIL_COLUMNS: readonly RecapColumn[] = [
  ...(
    [
      ['NOT_ELIGIBLE', 'Tidak memenuhi syarat', 'Not eligible', 'Tdk memenuhi syarat'],
      ['INCOMPLETE', 'Tidak lengkap', 'Incomplete', 'Tdk lengkap'],
      ['NOT_AUTHORITY', 'Bukan wewenang', 'Not our authority', 'Bukan wewenang'],
      ['DUPLICATE', 'Duplikat', 'Duplicate', 'Duplikat'],
      ['OTHER', 'Alasan lain', 'Other reason', 'Alasan lain'],
    ] as const
  ).map(([reason, id, en, short]) => ({
    key: `declined_${reason}`,
    label: { id: `Ditolak: ${id}`, en: `Declined: ${en}` },
    short,
    value: (c: SpmRecapCountsType) => reasonCount(c, reason),
  })),
  {
    key: 'settled_MUSYAWARAH',
    label: { id: 'Selesai di desa: musyawarah', en: 'Settled at village: musyawarah' },
    short: 'Musyawarah',
    value: (c) => kindCount(c, 'MUSYAWARAH'),
  },
  {
    key: 'settled_DIRECT_HELP',
    label: { id: 'Selesai di desa: bantuan langsung', en: 'Settled at village: direct help' },
    short: 'Bantuan langsung',
    value: (c) => kindCount(c, 'DIRECT_HELP'),
  },
];

/** Every column of the CSV/XLSX, in order. */
export const RECAP_ALL_COLUMNS: readonly RecapColumn[] = [...RECAP_COLUMNS, ...RECAP_DETAIL_COLUMNS];

/** A rate as the report prints it: a percentage with one decimal; null stays empty ("-"). */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

/** The capaian columns of the CSV/XLSX: of the row's jenis pelayanan (empty on supporting services and sums). */
export const CAPAIAN_COLUMNS = ['sasaran', 'dilayaniSesuaiStandar', 'capaianPercent', 'statusCapaian'] as const;

function capaianCells(r: SpmRecapType, sectorId: string, serviceId: string | null): ReportCell[] {
  const c = serviceId ? r.capaian.find((x) => x.sectorId === sectorId && x.serviceId === serviceId) : undefined;
  if (!c) return [null, null, null, null];
  return [c.sasaran, c.served, percent(c.rate), c.status];
}

/** One line per recap row, then per sector, then the total: the CSV/XLSX sheet. */
export function recapTable(r: SpmRecapType): ReportTable {
  const header = [
    'wilayah',
    'periode',
    'sektor',
    'jenis_pelayanan',
    'spm',
    'penerima',
    ...RECAP_ALL_COLUMNS.map((c) => c.key),
    ...CAPAIAN_COLUMNS,
  ];
  const lead = [`${r.area.code} ${r.area.name}`, r.period.label.id];
  const rows: ReportCell[][] = [
    ...r.rows.map((row) => [
      ...lead,
      row.sectorName.id,
      row.serviceName.id,
      row.countsTowardSpm ? 'ya' : 'bukan SPM',
      row.penerimaLabel.id,
      ...RECAP_ALL_COLUMNS.map((c) => c.value(row.counts)),
      ...capaianCells(r, row.sectorId, row.serviceId),
    ]),
    ...r.bySector.map((s) => [
      ...lead,
      s.name.id,
      'Jumlah sektor',
      '',
      '',
      ...RECAP_ALL_COLUMNS.map((c) => c.value(s.counts)),
      null,
      null,
      null,
      null,
    ]),
    [
      ...lead,
      'Semua sektor',
      'Jumlah',
      '',
      '',
      ...RECAP_ALL_COLUMNS.map((c) => c.value(r.total)),
      null,
      null,
      null,
      null,
    ],
  ];
  return { name: 'Rekap SPM', header, rows };
}
