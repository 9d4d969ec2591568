import { describe, expect, it } from 'vitest';
import { assessBloodPressure, assessPregnantLila, assessWeightGain, GrowthInputError } from './index.js';

describe('2T: weight not gaining at two consecutive monthly weighings', () => {
  const born = '2025-01-10';

  it('reads B, N, T like the KMS and flags two T in a row', () => {
    const r = assessWeightGain(born, [
      { date: '2025-05-12', weightKg: 6.5 }, // B
      { date: '2025-06-12', weightKg: 7.0 }, // 5 mo, +500 g, KBM 500 → N
      { date: '2025-07-10', weightKg: 7.1 }, // 5 mo (181 d), +100 g < 500 → T
      { date: '2025-08-14', weightKg: 7.1 }, // 7 mo, 0 g → T
    ]);
    expect(r.weighings.map((w) => w.status)).toEqual(['B', 'N', 'T', 'T']);
    expect(r.weighings[1]).toMatchObject({ ageInMonths: 5, gainGrams: 500, requiredGainGrams: 500 });
    expect(r.notGainingTwiceInARow).toBe(true);
  });

  it('does not call it 2T across a month without weighing (O)', () => {
    const r = assessWeightGain(born, [
      { date: '2025-05-12', weightKg: 6.5 },
      { date: '2025-06-12', weightKg: 6.5 }, // T
      { date: '2025-08-14', weightKg: 6.4 }, // July missed → O
    ]);
    expect(r.weighings.map((w) => w.status)).toEqual(['B', 'T', 'O']);
    expect(r.notGainingTwiceInARow).toBe(false);
  });

  it('uses the last weighing of a month and sorts by date', () => {
    const r = assessWeightGain(born, [
      { date: '2025-07-20', weightKg: 7.0 },
      { date: '2025-06-03', weightKg: 6.0 },
      { date: '2025-06-25', weightKg: 6.6 },
    ]);
    expect(r.weighings.map((w) => [w.date, w.weightKg])).toEqual([
      ['2025-06-25', 6.6],
      ['2025-07-20', 7.0],
    ]);
    // 191 days = 6 completed months, KBM 400 g; +400 g is enough
    expect(r.weighings[1]).toMatchObject({ ageInMonths: 6, gainGrams: 400, requiredGainGrams: 400, status: 'N' });
  });

  it('with rule anyGain, any increase is N', () => {
    const r = assessWeightGain(
      born,
      [
        { date: '2025-05-12', weightKg: 6.5 },
        { date: '2025-06-12', weightKg: 6.6 },
        { date: '2025-07-12', weightKg: 6.6 },
      ],
      { rule: 'anyGain' },
    );
    expect(r.weighings.map((w) => w.status)).toEqual(['B', 'N', 'T']);
  });

  it('refuses a weighing before birth or a negative weight', () => {
    expect(() => assessWeightGain(born, [{ date: '2024-12-01', weightKg: 3 }])).toThrow(GrowthInputError);
    expect(() => assessWeightGain(born, [{ date: '2025-03-01', weightKg: -3 }])).toThrow(GrowthInputError);
  });
});

describe('pregnant women: LiLA < 23.5 cm is chronic energy deficiency (KEK)', () => {
  it.each([
    [23.4, true],
    [23.5, false],
    [28, false],
  ])('LiLA %d cm → KEK %s', (lila, kek) => expect(assessPregnantLila(lila).chronicEnergyDeficiency).toBe(kek));
  it('refuses impossible values', () => {
    expect(() => assessPregnantLila(-1)).toThrow(GrowthInputError);
    expect(() => assessPregnantLila(235)).toThrow(GrowthInputError);
  });
});

describe('elderly: high blood pressure from 140 systolic or 90 diastolic', () => {
  it.each([
    [139, 89, 'NOT_HIGH'],
    [140, 80, 'HIGH_GRADE_1'],
    [130, 90, 'HIGH_GRADE_1'],
    [160, 85, 'HIGH_GRADE_2'],
    [150, 100, 'HIGH_GRADE_2'],
  ])('%d/%d → %s', (systolic, diastolic, category) => {
    const r = assessBloodPressure({ systolic, diastolic });
    expect(r.category).toBe(category);
    expect(r.high).toBe(category !== 'NOT_HIGH');
  });
  it('refuses swapped or impossible readings', () => {
    expect(() => assessBloodPressure({ systolic: 80, diastolic: 120 })).toThrow(GrowthInputError);
    expect(() => assessBloodPressure({ systolic: -1, diastolic: 80 })).toThrow(GrowthInputError);
  });
});
