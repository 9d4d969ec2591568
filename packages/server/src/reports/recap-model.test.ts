import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OUTCOME_FIELDS, percentileOf, recapCounts, type CellCount, type RecapCounts } from './recap-model.js';

const cell = fc.record({
  cell: fc.constantFrom(
    'OPEN',
    'COMPLETED_ON_TIME',
    'COMPLETED_LATE',
    'DECLINED',
    'SETTLED_AT_VILLAGE',
    'WITHDRAWN',
    'CANNOT_BE_SERVED',
    'RETURNED',
  ) as fc.Arbitrary<CellCount['cell']>,
  reason: fc.constantFrom('', 'NOT_ELIGIBLE', 'INCOMPLETE', 'DUPLICATE', 'OTHER', 'MUSYAWARAH', 'DIRECT_HELP'),
  workingDays: fc.integer({ min: -1, max: 60 }),
  n: fc.integer({ min: 1, max: 50 }),
});
/** The cells of one desa, and how many of its open cases are overdue (never more than are open). */
const desa = fc.array(cell, { maxLength: 30 }).chain((cells) => {
  const open = cells.filter((c) => c.cell === 'OPEN').reduce((a, c) => a + c.n, 0);
  return fc.tuple(fc.constant(cells), fc.integer({ min: 0, max: open }));
});
/** A kabupaten: kecamatan of desa. */
const kabupaten = fc.array(fc.array(desa, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });

const ADDITIVE = [...OUTCOME_FIELDS, 'received', 'returned'] as const satisfies ReadonlyArray<keyof RecapCounts>;
const rollUp = (parts: ReadonlyArray<readonly [CellCount[], number]>) =>
  recapCounts(
    parts.flatMap(([cells]) => cells),
    parts.reduce((a, [, overdue]) => a + overdue, 0),
  );

describe('the recap model: every case in exactly one outcome cell, areas adding up', () => {
  it('the outcome cells of a row add up to its received count', () => {
    fc.assert(
      fc.property(desa, ([cells, overdue]) => {
        const c = recapCounts(cells, overdue);
        const received = cells.filter((x) => x.cell !== 'RETURNED').reduce((a, x) => a + x.n, 0);
        expect(OUTCOME_FIELDS.reduce((a, f) => a + c[f], 0)).toBe(received);
        expect(c.received).toBe(received);
        expect(c.inProgress).toBeGreaterThanOrEqual(0);
        expect(c.declinedByReason.reduce((a, r) => a + r.count, 0)).toBe(c.declined);
        expect(c.settledAtVillageByKind.reduce((a, k) => a + k.count, 0)).toBe(c.settledAtVillage);
      }),
    );
  });

  it('the kabupaten row is the sum of its kecamatan rows, each the sum of its desa', () => {
    fc.assert(
      fc.property(kabupaten, (kecamatan) => {
        const whole = rollUp(kecamatan.flat());
        const parts = kecamatan.map((desas) => rollUp(desas));
        for (const f of ADDITIVE) expect(whole[f]).toBe(parts.reduce((a, p) => a + p[f], 0));
        // Every split cell too: each decline reason, each kind of settlement.
        const split = (c: RecapCounts) => [
          ...c.declinedByReason.map((r) => [`declined:${r.reason}`, r.count] as const),
          ...c.settledAtVillageByKind.map((k) => [`settled:${k.kind}`, k.count] as const),
        ];
        const sums = new Map<string, number>();
        for (const p of parts) for (const [k, n] of split(p)) sums.set(k, (sums.get(k) ?? 0) + n);
        for (const [k, n] of split(whole)) expect([k, n]).toEqual([k, sums.get(k) ?? 0]);
      }),
    );
  });

  it('on-time rate is completed on time over completed and open overdue', () => {
    const c = recapCounts(
      [
        { cell: 'COMPLETED_ON_TIME', reason: '', workingDays: 3, n: 6 },
        { cell: 'COMPLETED_LATE', reason: '', workingDays: 9, n: 2 },
        { cell: 'OPEN', reason: '', workingDays: -1, n: 5 },
      ],
      2,
    );
    expect([c.onTimeRate, c.inProgress, c.medianWorkingDays, c.p90WorkingDays]).toEqual([6 / 10, 3, 3, 9]);
  });

  it('takes the nearest-rank median and p90 of the working days', () => {
    const h = new Map([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 1],
      [10, 1],
    ]);
    expect([percentileOf(h, 0.5), percentileOf(h, 0.9), percentileOf(new Map(), 0.5)]).toEqual([3, 10, null]);
  });
});
