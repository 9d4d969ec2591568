import { describe, expect, it } from 'vitest';
import type { SpmRecapQuery } from '../gql/graphql';
import { barsByService, monthRange, SEGMENTS, wrapLabel } from './chart-data';

type Counts = SpmRecapQuery['spmRecap']['total'];
const counts = (over: Partial<Counts>): Counts => ({
  received: 0,
  inProgress: 0,
  openOverdue: 0,
  completedOnTime: 0,
  completedLate: 0,
  declined: 0,
  returned: 0,
  settledAtVillage: 0,
  withdrawn: 0,
  cannotBeServed: 0,
  otherClosed: 0,
  medianWorkingDays: null,
  p90WorkingDays: null,
  onTimeRate: null,
  ...over,
});
const line = (spmService: string | null, penerima: string | null) => ({
  sectorIds: ['kesehatan'],
  spmService,
  penerima,
  areaCode: '33.10.05',
  registeredFrom: '2026-12-01',
  registeredTo: '2026-12-31',
  reportCell: null,
  settledById: null,
  settledByUnitKind: null,
});
const row = (serviceId: string | null, penerima: string, spm: boolean, c: Partial<Counts>) => ({
  filter: line(serviceId ?? '', penerima),
  sectorId: 'kesehatan',
  serviceId,
  serviceName: { id: serviceId ?? 'Tidak dipetakan', en: serviceId ?? 'Not mapped' },
  countsTowardSpm: spm,
  penerima,
  penerimaLabel: { id: penerima, en: penerima },
  counts: counts(c),
});

describe('chart data', () => {
  it('sums the penerima of a service into one bar, SPM services first, and the segments add up to received', () => {
    const recap = {
      rows: [
        row(null, 'HOUSEHOLD', false, { received: 1, inProgress: 1 }),
        row('balita', 'CHILD', true, { received: 3, completedOnTime: 2, openOverdue: 1 }),
        row('balita', 'MOTHER', true, { received: 2, completedLate: 1, declined: 1 }),
        row('ibu-hamil', 'MOTHER', true, { received: 0 }),
      ],
      capaian: [
        { sectorId: 'kesehatan', serviceId: 'balita', rate: 0.08, sasaran: 25, served: 2, status: 'OK' },
        { sectorId: 'kesehatan', serviceId: 'ibu-hamil', rate: null, sasaran: null, served: 0, status: 'NO_TARGET' },
      ],
    } as unknown as SpmRecapQuery['spmRecap'];
    const bars = barsByService(recap);
    expect(bars.map((b) => b.label.id)).toEqual(['balita', 'Tidak dipetakan']);
    const [balita] = bars;
    // The penerima of the service together: the bar's cases are any penerima's.
    expect(balita?.filter).toEqual(line('balita', null));
    expect(balita?.counts.received).toBe(5);
    expect(balita?.capaian).toMatchObject({ rate: 0.08, sasaran: 25 });
    expect(bars[1]?.capaian).toBeUndefined();
    expect(balita?.counts.onTimeRate).toBeCloseTo(2 / 4);
    expect(SEGMENTS.reduce((sum, s) => sum + (balita?.counts[s.cell] ?? 0), 0)).toBe(5);
  });

  it('gives a month its first and last day, and wraps long names for a phone', () => {
    expect(monthRange('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(wrapLabel('Pelayanan kesehatan pada usia pendidikan dasar', 22)).toEqual([
      'Pelayanan kesehatan',
      'pada usia pendidikan',
      'dasar',
    ]);
  });
});
