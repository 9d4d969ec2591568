import { describe, expect, it } from 'vitest';
import { assessVisit } from './visit-risks.js';

const base = { sex: null, birthDate: null, measuredOn: '2026-11-23', earlierWeighings: [] };
const codes = (a: ReturnType<typeof assessVisit>) => a.risks.map((r) => `${r.indicator}:${r.code}`);

describe('table 2 risks beyond the z-scores', () => {
  it('flags a pregnant woman with LiLA below 23.5 cm (KEK), not at 23.5', () => {
    expect(codes(assessVisit({ ...base, targetGroup: 'PREGNANT', values: { lilaCm: 23.4 } }))).toEqual([
      'pregnantLila:KEK',
    ]);
    expect(codes(assessVisit({ ...base, targetGroup: 'PREGNANT', values: { lilaCm: 23.5 } }))).toEqual([]);
    // LiLA of a breastfeeding mother is recorded, not a follow-up trigger here.
    expect(codes(assessVisit({ ...base, targetGroup: 'BREASTFEEDING', values: { lilaCm: 22 } }))).toEqual([]);
  });

  it('flags high blood pressure in the elderly only, and needs both numbers', () => {
    const elderly = { ...base, targetGroup: 'ELDERLY' as const };
    expect(codes(assessVisit({ ...elderly, values: { systolic: 150, diastolic: 85 } }))).toEqual([
      'bloodPressure:HIGH_GRADE_1',
    ]);
    expect(codes(assessVisit({ ...elderly, values: { systolic: 165, diastolic: 95 } }))).toEqual([
      'bloodPressure:HIGH_GRADE_2',
    ]);
    expect(codes(assessVisit({ ...elderly, values: { systolic: 130, diastolic: 85 } }))).toEqual([]);
    expect(() => assessVisit({ ...elderly, values: { systolic: 150 } })).toThrow(/diastol/i);
  });

  it('flags a child whose weight did not rise at two consecutive monthly weighings (2T)', () => {
    const child = { targetGroup: 'TODDLER' as const, sex: 'male' as const, birthDate: '2025-05-10' };
    const flat = assessVisit({
      ...child,
      measuredOn: '2026-11-23',
      values: { weightKg: 9.6 },
      earlierWeighings: [
        { date: '2026-09-21', weightKg: 9.5 },
        { date: '2026-10-19', weightKg: 9.55 },
      ],
    });
    expect(codes(flat)).toContain('weightGain:NOT_GAINING_2T');
    const gaining = assessVisit({
      ...child,
      measuredOn: '2026-11-23',
      values: { weightKg: 10.0 },
      earlierWeighings: [
        { date: '2026-09-21', weightKg: 9.5 },
        { date: '2026-10-19', weightKg: 9.75 },
      ],
    });
    expect(codes(gaining)).not.toContain('weightGain:NOT_GAINING_2T');
  });

  it('scores a child only under 60 months', () => {
    const teen = assessVisit({
      ...base,
      targetGroup: 'SCHOOL_AGE_TEEN',
      sex: 'female',
      birthDate: '2016-01-01',
      values: { weightKg: 30 },
    });
    expect(teen).toMatchObject({ ageInDays: null, zScores: [], risks: [] });
  });
});
