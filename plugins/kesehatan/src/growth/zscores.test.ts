import { describe, expect, it } from 'vitest';
import {
  ageInDaysFromMonths,
  bmiForAge,
  headCircumferenceForAge,
  lengthHeightForAge,
  lmsZScore,
  restrictedLmsZScore,
  weightForAge,
  weightForLengthHeight,
  whoGrowthTables,
  type MeasuredPosition,
  type Sex,
} from './index.js';

/*
 * Expected values. "anthro" rows are WHO's own test values from the R package
 * anthro (github.com/WorldHealthOrganization/anthro, tests/testthat/,
 * release 2026-01-30). "hand" rows were computed outside this code from the
 * LMS row quoted beside them (z = ((y/M)^L − 1)/(S·L); beyond ±3 on weight-based
 * indicators 3 + (y − SD3)/(SD3 − SD2) or −3 + (y − SD−3)/(SD−2 − SD−3), with
 * SDk = M(1 + LSk)^(1/L)), then rounded to 2 decimals; the unrounded value is
 * given so the rounding is visibly not a tie.
 */
interface Case {
  source: string;
  sex: Sex;
  ageInDays: number;
  expected: number;
}

const WFA: (Case & { weightKg: number })[] = [
  // anthro test-zscore-weight-for-age.R "computes the z-score": girl 1522 d, 17 kg → 0.24
  { source: 'anthro', sex: 'female', ageInDays: 1522, weightKg: 17, expected: 0.24 },
  // hand: weianthro boy 0 d L=0.3487 M=3.3464 S=0.14602; y = M → 0
  { source: 'hand', sex: 'male', ageInDays: 0, weightKg: 3.3464, expected: 0 },
  // hand, |z|>3: same row, 2.0 kg → restricted −3.211891 (plain LMS −3.226867)
  { source: 'hand', sex: 'male', ageInDays: 0, weightKg: 2.0, expected: -3.21 },
  // hand: weianthro girl 365 d L=−0.2022 M=8.9462 S=0.12267; 7.0 kg → −2.050256
  { source: 'hand', sex: 'female', ageInDays: 365, weightKg: 7.0, expected: -2.05 },
  // hand, |z|>3: weianthro boy 1826 d L=−0.1506 M=18.3352 S=0.13517; 30 kg → restricted 3.578227 (plain 3.510856)
  { source: 'hand', sex: 'male', ageInDays: 1826, weightKg: 30, expected: 3.58 },
];

const LHFA: (Case & { lengthCm: number; position: MeasuredPosition })[] = [
  // anthro test-zscores.R "length for age uses adjusted lenhei": boy 987 d, 72.86 cm lying → 72.16 cm → −6.09
  { source: 'anthro', sex: 'male', ageInDays: 987, lengthCm: 72.86, position: 'lying', expected: -6.09 },
  // anthro test-zscores.R "height measurements are used for age 24 months": girl 24 mo (731 d), 77.5 cm → −2.55
  { source: 'anthro', sex: 'female', ageInDays: 731, lengthCm: 77.5, position: 'standing', expected: -2.55 },
  // anthro test-zscore-length-for-age.R: boy 44 d, 50 cm → round(((50/56.4833) − 1)/0.03492, 2) = −3.29 (−3.287016)
  { source: 'anthro', sex: 'male', ageInDays: 44, lengthCm: 50, position: 'lying', expected: -3.29 },
  // anthro test-zscores.R "young children with measured standing": boy 9 mo (274 d), 60 cm standing → 60.7 cm → −5.02
  { source: 'anthro', sex: 'male', ageInDays: 274, lengthCm: 60, position: 'standing', expected: -5.02 },
  // hand, last day of length: lenanthro boy 730 d L=1 M=87.8018 S=0.03479; 85 cm lying, no correction → −0.917232
  { source: 'hand', sex: 'male', ageInDays: 730, lengthCm: 85, position: 'lying', expected: -0.92 },
  // hand, first day of height: lenanthro boy 731 d L=1 M=87.1303 S=0.03508; 85 cm lying → 84.3 cm → −0.925984
  { source: 'hand', sex: 'male', ageInDays: 731, lengthCm: 85, position: 'lying', expected: -0.93 },
  // hand: lenanthro girl 600 d L=1 M=82.4228 S=0.03636; 80 cm standing → 80.7 cm → −0.574862
  { source: 'hand', sex: 'female', ageInDays: 600, lengthCm: 80, position: 'standing', expected: -0.57 },
  // hand, last row: lenanthro girl 1826 d L=1 M=109.4189 S=0.04346; 100 cm standing → −1.980697
  { source: 'hand', sex: 'female', ageInDays: 1826, lengthCm: 100, position: 'standing', expected: -1.98 },
];

const WFLH: (Case & { weightKg: number; lengthCm: number; position: MeasuredPosition; table: string })[] = [
  // hand, interpolated: wflanthro boy 75.3 (L=−0.3521 M=9.5639 S=0.08299) / 75.4 (M=9.5841 S=0.083);
  // 75.35 cm → M=9.574 S=0.082995; 9.0 kg → −0.753110
  {
    source: 'hand',
    sex: 'male',
    ageInDays: 500,
    weightKg: 9,
    lengthCm: 75.35,
    position: 'lying',
    table: 'weightForLength',
    expected: -0.75,
  },
  // hand, standing before 24 months (+0.7): wflanthro girl 70.04 → 70.74 cm, rows 70.7 (L=−0.3833 M=8.3058 S=0.09059) /
  // 70.8 (M=8.3261 S=0.09058) → M=8.31392 S=0.090586; 8.0 kg → −0.428046
  {
    source: 'hand',
    sex: 'female',
    ageInDays: 300,
    weightKg: 8,
    lengthCm: 70.04,
    position: 'standing',
    table: 'weightForLength',
    expected: -0.43,
  },
  // hand, |z|>3, lying after 24 months (−0.7): wfhanthro girl 90.05 → 89.35 cm, rows 89.3 (L=−0.3833 M=12.4723 S=0.08906) /
  // 89.4 (M=12.4971) → M=12.4847; 17 kg → restricted 3.293132 (plain 3.269083)
  {
    source: 'hand',
    sex: 'female',
    ageInDays: 1000,
    weightKg: 17,
    lengthCm: 90.05,
    position: 'lying',
    table: 'weightForHeight',
    expected: 3.29,
  },
  // hand, |z|<−3: wflanthro boy 60.0 cm L=−0.3521 M=5.9907 S=0.08342; 4.0 kg → restricted −4.872342 (plain −5.203156)
  {
    source: 'hand',
    sex: 'male',
    ageInDays: 100,
    weightKg: 4,
    lengthCm: 60,
    position: 'lying',
    table: 'weightForLength',
    expected: -4.87,
  },
  // hand, |z|>3: wfhanthro boy rows 105.2 (L=−0.3521 M=16.9084 S=0.08504) / 105.3 (M=16.9401 S=0.0851), 105.27 cm
  // → M=16.93059 S=0.085082; 26 kg → restricted 4.994860 (plain 4.679594)
  {
    source: 'hand',
    sex: 'male',
    ageInDays: 1700,
    weightKg: 26,
    lengthCm: 105.27,
    position: 'standing',
    table: 'weightForHeight',
    expected: 4.99,
  },
  // hand, table edges: wfhanthro boy 110.0 L=−0.3521 M=18.5158 S=0.088; 18.5 kg → −0.009702; wflanthro girl 45.0
  // L=−0.3833 M=2.4607 S=0.09029; 2.0 kg → −2.389600
  {
    source: 'hand',
    sex: 'male',
    ageInDays: 1500,
    weightKg: 18.5,
    lengthCm: 110,
    position: 'standing',
    table: 'weightForHeight',
    expected: -0.01,
  },
  {
    source: 'hand',
    sex: 'female',
    ageInDays: 20,
    weightKg: 2,
    lengthCm: 45,
    position: 'lying',
    table: 'weightForLength',
    expected: -2.39,
  },
];

const BMI: (Case & { weightKg: number; lengthCm: number; position: MeasuredPosition })[] = [
  // hand: bmianthro boy 400 d L=−0.4418 M=16.6571 S=0.07979; 9.5 kg / 0.76² = 16.447368 → −0.159250
  { source: 'hand', sex: 'male', ageInDays: 400, weightKg: 9.5, lengthCm: 76, position: 'lying', expected: -0.16 },
  // hand, |z|>3: bmianthro girl 1200 d L=−0.5684 M=15.3434 S=0.08675; 20 kg / 0.95² = 22.160665 → restricted 3.952989 (plain 3.824368)
  { source: 'hand', sex: 'female', ageInDays: 1200, weightKg: 20, lengthCm: 95, position: 'standing', expected: 3.95 },
  // hand, |z|>3, lying after 24 months: bmianthro boy 800 d L=−0.5402 M=15.9306 S=0.07802; 85 → 84.3 cm,
  // 9 kg / 0.843² = 12.664480 → restricted −3.123009 (plain −3.130807)
  { source: 'hand', sex: 'male', ageInDays: 800, weightKg: 9, lengthCm: 85, position: 'lying', expected: -3.12 },
];

const HC: (Case & { headCircumferenceCm: number })[] = [
  // hand: hcanthro boy 200 d L=1 M=43.715 S=0.02809; 44 cm → 0.232093
  { source: 'hand', sex: 'male', ageInDays: 200, headCircumferenceCm: 44, expected: 0.23 },
  // hand: hcanthro girl 1000 d L=1 M=48.2269 S=0.02923; 45.5 cm → −1.934421
  { source: 'hand', sex: 'female', ageInDays: 1000, headCircumferenceCm: 45.5, expected: -1.93 },
  // hand, |z|>3, plain formula (no restriction on head circumference): hcanthro girl 0 d L=1 M=33.8787 S=0.03496; 30 cm → −3.274824
  { source: 'hand', sex: 'female', ageInDays: 0, headCircumferenceCm: 30, expected: -3.27 },
];

describe('WHO z-scores match reference values to 2 decimals', () => {
  it.each(WFA)('weight-for-age ($source) $sex $ageInDays d $weightKg kg → $expected', (c) => {
    expect(weightForAge(c).zScore).toBe(c.expected);
  });
  it.each(LHFA)('length/height-for-age ($source) $sex $ageInDays d $lengthCm cm $position → $expected', (c) => {
    expect(lengthHeightForAge(c).zScore).toBe(c.expected);
  });
  it.each(WFLH)(
    'weight-for-length/height ($source) $sex $ageInDays d $weightKg kg $lengthCm cm $position → $expected',
    (c) => {
      const r = weightForLengthHeight(c);
      expect(r.zScore).toBe(c.expected);
      expect(r.table).toBe(c.table);
    },
  );
  it.each(BMI)('BMI-for-age ($source) $sex $ageInDays d → $expected', (c) => {
    expect(bmiForAge(c).zScore).toBe(c.expected);
  });
  it.each(HC)('head circumference-for-age ($source) $sex $ageInDays d $headCircumferenceCm cm → $expected', (c) => {
    expect(headCircumferenceForAge(c).zScore).toBe(c.expected);
  });

  it('covers both sexes, both sides of 24 months and |z| > 3 (the acceptance criteria)', () => {
    const all = [...WFA, ...LHFA, ...WFLH, ...BMI, ...HC];
    expect(new Set(all.map((c) => c.sex))).toEqual(new Set(['male', 'female']));
    expect(all.some((c) => c.ageInDays < 731) && all.some((c) => c.ageInDays >= 731)).toBe(true);
    expect(all.filter((c) => Math.abs(c.expected) > 3).length).toBeGreaterThanOrEqual(8);
  });
});

describe('position correction at 24 months', () => {
  it('converts months like WHO: 24 months is day 731, the first day of the height tables', () => {
    expect(ageInDaysFromMonths(24)).toBe(731);
    expect(ageInDaysFromMonths(9)).toBe(274);
  });

  it('subtracts 0.7 cm from a lying length from 731 days, adds 0.7 cm to a standing height before 731 days', () => {
    const lying731 = lengthHeightForAge({ sex: 'male', ageInDays: 731, lengthCm: 85, position: 'lying' });
    const standing731 = lengthHeightForAge({ sex: 'male', ageInDays: 731, lengthCm: 84.3, position: 'standing' });
    expect(lying731.adjustedLengthCm).toBe(84.3);
    expect(lying731.zScore).toBe(standing731.zScore);
    const standing730 = lengthHeightForAge({ sex: 'male', ageInDays: 730, lengthCm: 85, position: 'standing' });
    expect(standing730.adjustedLengthCm).toBe(85.7);
    const lying730 = lengthHeightForAge({ sex: 'male', ageInDays: 730, lengthCm: 85, position: 'lying' });
    expect(lying730.adjustedLengthCm).toBe(85);
  });

  it('switches weight-for-length to weight-for-height by age, not by the position given', () => {
    const base = { sex: 'female' as const, weightKg: 11, lengthCm: 85 };
    expect(weightForLengthHeight({ ...base, ageInDays: 730, position: 'standing' }).table).toBe('weightForLength');
    expect(weightForLengthHeight({ ...base, ageInDays: 731, position: 'lying' }).table).toBe('weightForHeight');
  });
});

describe('WHO restricted method beyond ±3 SD', () => {
  const t = whoGrowthTables();
  const row = t.weightForAge.male[365]!;

  it('differs from the plain LMS formula beyond +3 and −3 on weight-based indicators', () => {
    for (const y of [16, 5.5]) {
      const plain = lmsZScore(y, row);
      const restricted = restrictedLmsZScore(y, row);
      expect(Math.abs(plain)).toBeGreaterThan(3);
      expect(Math.abs(restricted - plain)).toBeGreaterThan(0.05);
      expect(weightForAge({ sex: 'male', ageInDays: 365, weightKg: y }).zScore).toBe(
        Math.round(restricted * 100) / 100,
      );
    }
  });

  it('agrees with the plain formula inside ±3, and is exactly ±3 at the SD3 lines', () => {
    expect(restrictedLmsZScore(10, row)).toBe(lmsZScore(10, row));
    const sd3 = row.m * (1 + row.l * row.s * 3) ** (1 / row.l);
    const sd2 = row.m * (1 + row.l * row.s * 2) ** (1 / row.l);
    expect(restrictedLmsZScore(sd3, row)).toBeCloseTo(3, 10);
    // one (SD3 − SD2) step beyond SD3 is +4 by WHO's rule, where the LMS curve says less
    expect(restrictedLmsZScore(sd3 + (sd3 - sd2), row)).toBeCloseTo(4, 10);
    expect(lmsZScore(sd3 + (sd3 - sd2), row)).not.toBeCloseTo(4, 2);
  });

  it('is not applied to length/height-for-age or head circumference', () => {
    // lenanthro boy 987 d M=93.6743 S=0.03772, 72.16 cm: plain −6.088847 (WHO's own −6.09)
    expect(lengthHeightForAge({ sex: 'male', ageInDays: 987, lengthCm: 72.86, position: 'lying' }).zScore).toBe(-6.09);
  });
});
