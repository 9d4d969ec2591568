import {
  ORG_UNIT_KIND_LABELS,
  PENERIMA_LABELS,
  type LocalizedText,
  type PenerimaCategory,
  type PluginRegistry,
} from '@posyandu-spm/core';
import type { RecapCounts } from './recap-model.js';
import { CAPAIAN_STATUS_LABELS } from './spm-capaian.js';
import type { SpmRecapData } from './spm-recap.js';
import type { SpmRecapCaseFilterType, SpmRecapCountsType, SpmRecapType } from './spm-recap.types.js';
import { DateTime } from 'luxon';

/** Decline reason codes (issue 14's outcome vocabulary) as the report names them. */
export const DECLINE_REASON_LABELS: Record<string, LocalizedText> = {
  NOT_ELIGIBLE: { id: 'Tidak memenuhi syarat', en: 'Not eligible' },
  INCOMPLETE: { id: 'Persyaratan tidak lengkap', en: 'Incomplete' },
  NOT_AUTHORITY: { id: 'Bukan wewenang', en: 'Not our authority' },
  DUPLICATE: { id: 'Duplikat', en: 'Duplicate' },
  OTHER: { id: 'Alasan lain', en: 'Other reason' },
  '': { id: 'Tanpa kode alasan', en: 'No reason code' },
};

/** Kinds of settlement at village level as the report names them. */
export const SETTLEMENT_KIND_LABELS: Record<string, LocalizedText> = {
  MUSYAWARAH: { id: 'Musyawarah', en: 'Deliberation (musyawarah)' },
  DIRECT_HELP: { id: 'Bantuan langsung', en: 'Direct help' },
  '': { id: 'Tanpa jenis penyelesaian', en: 'No kind recorded' },
};

const NOT_MAPPED: LocalizedText = {
  id: 'Belum dipetakan ke jenis pelayanan (plugin API < 1.5)',
  en: 'Not mapped to a basic service (plugin API < 1.5)',
};

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ROMAN = ['I', 'II', 'III', 'IV'];

export function periodLabel(p: SpmRecapData['period']): LocalizedText {
  if (p.kind === 'MONTH' && p.number) {
    return { id: `${MONTHS_ID[p.number - 1]} ${p.year}`, en: `${MONTHS_EN[p.number - 1]} ${p.year}` };
  }
  if (p.kind === 'QUARTER' && p.number) {
    return { id: `Triwulan ${ROMAN[p.number - 1]} ${p.year}`, en: `Quarter ${p.number} ${p.year}` };
  }
  return { id: `Tahun ${p.year}`, en: `Year ${p.year}` };
}

export function countsView(c: RecapCounts): SpmRecapCountsType {
  return {
    ...c,
    declinedByReason: c.declinedByReason.map((r) => ({
      ...r,
      label: DECLINE_REASON_LABELS[r.reason] ?? { id: r.reason, en: r.reason },
    })),
    settledAtVillageByKind: c.settledAtVillageByKind.map((k) => ({
      ...k,
      label: SETTLEMENT_KIND_LABELS[k.kind] ?? { id: k.kind, en: k.kind },
    })),
  };
}

/** The recap with every label the screen, the PDF and the spreadsheets print. */
export function recapView(data: SpmRecapData, registry: PluginRegistry): SpmRecapType {
  const base: SpmRecapCaseFilterType = {
    sectorIds: data.sectorIds,
    spmService: null,
    penerima: null,
    areaCode: data.area.code,
    registeredFrom: data.period.from,
    registeredTo: data.period.to,
    reportCell: null,
    settledById: null,
    settledByUnitKind: null,
  };
  const monthEnd = (month: string) => DateTime.fromISO(`${month}-01`).endOf('month').toISODate() ?? month;
  return {
    area: data.area,
    period: { ...data.period, label: periodLabel(data.period) },
    sectorIds: data.sectorIds,
    generatedAt: data.generatedAt,
    rows: data.rows.map((r) => {
      const service = r.serviceId ? registry.spmService(r.sectorId, r.serviceId) : undefined;
      return {
        filter: { ...base, sectorIds: [r.sectorId], spmService: r.serviceId, penerima: r.penerima },
        sectorId: r.sectorId,
        sectorName: registry.sector(r.sectorId).name,
        serviceId: r.serviceId || null,
        serviceName: service?.name ?? (r.serviceId ? { id: r.serviceId, en: r.serviceId } : NOT_MAPPED),
        serviceBasis: service?.basis ?? null,
        countsTowardSpm: service?.spm ?? false,
        penerima: r.penerima || null,
        penerimaLabel: PENERIMA_LABELS[r.penerima as PenerimaCategory] ?? NOT_MAPPED,
        counts: countsView(r.counts),
      };
    }),
    bySector: data.bySector.map((s) => ({
      filter: { ...base, sectorIds: [s.sectorId] },
      sectorId: s.sectorId,
      name: registry.sector(s.sectorId).name,
      counts: countsView(s.counts),
    })),
    total: countsView(data.total),
    totalFilter: base,
    trend: data.trend.map((m) => ({
      filter: { ...base, registeredFrom: `${m.month}-01`, registeredTo: monthEnd(m.month) },
      month: m.month,
      counts: countsView(m.counts),
    })),
    areas: data.areas.map((a) => ({ ...a, filter: { ...base, areaCode: a.code }, counts: countsView(a.counts) })),
    settlements: data.settlements.map((s) => ({
      ...s,
      filter: {
        ...base,
        sectorIds: s.sectorId ? [s.sectorId] : base.sectorIds,
        reportCell: 'SETTLED_AT_VILLAGE' as const,
        settledById: s.unitId,
        settledByUnitKind: s.unitId ? null : s.unitKind,
      },
      unitKindLabel: ORG_UNIT_KIND_LABELS[s.unitKind],
    })),
    capaian: data.capaian.map((c) => {
      const service = registry.spmService(c.sectorId, c.serviceId);
      return {
        ...c,
        serviceName: service?.name ?? { id: c.serviceId, en: c.serviceId },
        serviceBasis: service?.basis ?? null,
        statusLabel: CAPAIAN_STATUS_LABELS[c.status],
      };
    }),
  };
}
