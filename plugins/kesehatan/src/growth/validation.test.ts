import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  ageInDaysBetween,
  assessChildGrowth,
  bmiForAge,
  GrowthInputError,
  headCircumferenceForAge,
  lengthHeightForAge,
  WHO_GROWTH_DIR,
  WHO_GROWTH_FILES,
  weightForAge,
  weightForLengthHeight,
  type Sex,
} from './index.js';

function reasonOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GrowthInputError);
    const e = error as GrowthInputError;
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.messages.id.length).toBeGreaterThan(0);
    expect(e.messages.en.length).toBeGreaterThan(0);
    return e.reason;
  }
  return undefined;
}

describe('out-of-range input gives a clear bilingual error, never NaN', () => {
  const child = { sex: 'female' as Sex, ageInDays: 400 };

  it('refuses age 60 months or more, and negative ages', () => {
    expect(reasonOf(() => weightForAge({ ...child, ageInDays: 1827, weightKg: 12 }))).toBe('AGE_OUT_OF_RANGE');
    expect(reasonOf(() => weightForAge({ ...child, ageInDays: 1826.25, weightKg: 12 }))).toBe('AGE_OUT_OF_RANGE');
    expect(reasonOf(() => weightForAge({ ...child, ageInDays: -1, weightKg: 12 }))).toBe('AGE_OUT_OF_RANGE');
    expect(reasonOf(() => weightForAge({ ...child, ageInDays: NaN, weightKg: 12 }))).toBe('AGE_OUT_OF_RANGE');
    expect(weightForAge({ ...child, ageInDays: 1826, weightKg: 18 }).zScore).toBeTypeOf('number');
  });

  it('refuses a missing sex', () => {
    expect(reasonOf(() => weightForAge({ ageInDays: 400, weightKg: 9 } as never))).toBe('MISSING_SEX');
    expect(reasonOf(() => assessChildGrowth({ sex: 'x' as Sex, ageInDays: 400 }))).toBe('MISSING_SEX');
  });

  it('refuses zero, negative and non-numeric measurements, and unit slips', () => {
    expect(reasonOf(() => weightForAge({ ...child, weightKg: -3 }))).toBe('INVALID_MEASUREMENT');
    expect(reasonOf(() => weightForAge({ ...child, weightKg: 0 }))).toBe('INVALID_MEASUREMENT');
    expect(reasonOf(() => weightForAge({ ...child, weightKg: '9' as never }))).toBe('INVALID_MEASUREMENT');
    expect(reasonOf(() => weightForAge({ ...child, weightKg: 9200 }))).toBe('IMPLAUSIBLE_MEASUREMENT');
    expect(reasonOf(() => lengthHeightForAge({ ...child, lengthCm: 760, position: 'lying' }))).toBe(
      'IMPLAUSIBLE_MEASUREMENT',
    );
    expect(reasonOf(() => headCircumferenceForAge({ ...child, headCircumferenceCm: -44 }))).toBe('INVALID_MEASUREMENT');
  });

  it('refuses a length outside the weight-for-length (45–110) or weight-for-height (65–120) table', () => {
    const w = { ...child, weightKg: 3 };
    expect(reasonOf(() => weightForLengthHeight({ ...w, ageInDays: 10, lengthCm: 44.9, position: 'lying' }))).toBe(
      'LENGTH_OUT_OF_TABLE',
    );
    expect(reasonOf(() => weightForLengthHeight({ ...w, ageInDays: 1000, lengthCm: 64.9, position: 'standing' }))).toBe(
      'LENGTH_OUT_OF_TABLE',
    );
    // 65.6 cm lying after 24 months is 64.9 cm standing: outside weight-for-height
    expect(reasonOf(() => weightForLengthHeight({ ...w, ageInDays: 1000, lengthCm: 65.6, position: 'lying' }))).toBe(
      'LENGTH_OUT_OF_TABLE',
    );
    expect(
      reasonOf(() => weightForLengthHeight({ ...w, ageInDays: 1000, lengthCm: 120.1, position: 'standing' })),
    ).toBe('LENGTH_OUT_OF_TABLE');
    expect(
      weightForLengthHeight({ ...w, weightKg: 22, ageInDays: 1000, lengthCm: 120, position: 'standing' }).table,
    ).toBe('weightForHeight');
  });

  it('needs the position with a length, and a lying measurement under 9 months', () => {
    expect(reasonOf(() => lengthHeightForAge({ ...child, lengthCm: 75 } as never))).toBe('MISSING_POSITION');
    expect(reasonOf(() => lengthHeightForAge({ ...child, ageInDays: 200, lengthCm: 65, position: 'standing' }))).toBe(
      'POSITION_IMPLAUSIBLE',
    );
  });

  it('computes no weight-based z-score with oedema', () => {
    expect(reasonOf(() => weightForAge({ ...child, weightKg: 9, oedema: true }))).toBe('OEDEMA');
    expect(reasonOf(() => bmiForAge({ ...child, weightKg: 9, lengthCm: 75, position: 'lying', oedema: true }))).toBe(
      'OEDEMA',
    );
  });

  it('returns finite z-scores across every table row, both sexes, at extreme plausible values', () => {
    for (const sex of ['male', 'female'] as const) {
      for (let day = 0; day <= 1826; day += 7) {
        const position = day < 731 ? 'lying' : 'standing';
        for (const [weightKg, lengthCm] of [
          [0.3, 45],
          [70, 110],
        ] as const) {
          const a = assessChildGrowth({ sex, ageInDays: day, weightKg, lengthCm, position, headCircumferenceCm: 20 });
          for (const r of [
            a.weightForAge,
            a.lengthHeightForAge,
            a.weightForLengthHeight,
            a.bmiForAge,
            a.headCircumferenceForAge,
          ]) {
            if (r) expect(Number.isFinite(r.zScore)).toBe(true);
          }
        }
      }
    }
  });
});

describe('assessChildGrowth', () => {
  it('scores what was measured and lists the risks to follow up', () => {
    // the BMI-for-age case of zscores.test.ts: boy 800 d, 85 cm lying → 84.3 cm, 9 kg → −3.12
    const a = assessChildGrowth({ sex: 'male', ageInDays: 800, weightKg: 9, lengthCm: 85, position: 'lying' });
    expect(a.bmiForAge?.zScore).toBe(-3.12);
    expect(a.bmiForAge?.category.code).toBe('SEVERELY_WASTED');
    // Scored, but its risk is weight-for-length's: one "Gizi …" line, never the same text twice.
    expect(a.risks.map((r) => r.indicator)).toContain('weightForLengthHeight');
    expect(a.risks.map((r) => r.indicator)).not.toContain('bmiForAge');
    const texts = a.risks.map((r) => r.label.id);
    expect(new Set(texts).size).toBe(texts.length);
    expect(a.headCircumferenceForAge).toBeUndefined();
    expect(a.unavailable).toEqual([]);
  });

  it('leaves out an indicator the child is outside of, and keeps the others', () => {
    const a = assessChildGrowth({ sex: 'female', ageInDays: 5, weightKg: 2.1, lengthCm: 43, position: 'lying' });
    expect(a.weightForAge).toBeDefined();
    expect(a.lengthHeightForAge).toBeDefined();
    expect(a.weightForLengthHeight).toBeUndefined();
    expect(a.unavailable.map((u) => u.reason)).toEqual(['LENGTH_OUT_OF_TABLE']);
  });

  it('treats bilateral oedema as a risk and scores no weight-based indicator', () => {
    const a = assessChildGrowth({
      sex: 'female',
      ageInDays: 500,
      weightKg: 8,
      lengthCm: 75,
      position: 'lying',
      oedema: true,
    });
    expect(a.weightForAge).toBeUndefined();
    expect(a.lengthHeightForAge).toBeDefined();
    expect(a.risks[0]?.code).toBe('BILATERAL_OEDEMA');
    expect(a.unavailable.map((u) => u.indicator)).toEqual(['weightForAge', 'weightForLengthHeight', 'bmiForAge']);
  });

  it('asks to re-measure when WHO flags a z-score as implausible', () => {
    const a = assessChildGrowth({ sex: 'male', ageInDays: 987, lengthCm: 72.86, position: 'lying' });
    expect(a.lengthHeightForAge?.zScore).toBe(-6.09);
    expect(a.lengthHeightForAge?.implausible).toBe(true);
    expect(a.remeasure).toBe(true);
  });
});

describe('age and data location', () => {
  it('counts calendar days between birth and measurement', () => {
    expect(ageInDaysBetween('2024-01-15', '2025-01-15')).toBe(366);
    expect(ageInDaysBetween('2025-03-01', '2025-03-01')).toBe(0);
    expect(reasonOf(() => ageInDaysBetween('2025-03-02', '2025-03-01'))).toBe('AGE_OUT_OF_RANGE');
    expect(reasonOf(() => ageInDaysBetween('2025-02-30x', '2025-03-01'))).toBe('INVALID_DATE');
  });

  it('reads the tables shipped in this package, never outside it', () => {
    const pluginRoot = path.resolve(import.meta.dirname, '../..');
    expect(WHO_GROWTH_DIR.startsWith(path.join(pluginRoot, 'data', 'who-growth'))).toBe(true);
    for (const file of [...Object.keys(WHO_GROWTH_FILES), 'LICENSE-anthro-GPL-3.md', 'README.md']) {
      expect(existsSync(path.join(WHO_GROWTH_DIR, file)), file).toBe(true);
    }
  });

  // The project's reference copy (../shared, beside the repository) is where the tables came
  // from; a fresh clone has none, and then there is nothing to compare.
  const reference = path.resolve(import.meta.dirname, '../../../../../shared/data/who-growth');
  it.runIf(existsSync(reference))('ships the tables byte for byte as the reference data has them', () => {
    for (const file of [...Object.keys(WHO_GROWTH_FILES), 'LICENSE-anthro-GPL-3.md']) {
      expect(readFileSync(path.join(WHO_GROWTH_DIR, file)).equals(readFileSync(path.join(reference, file))), file).toBe(
        true,
      );
    }
  });
});
