import { describe, expect, it } from 'vitest';
import {
  bmiForAgeCategory,
  headCircumferenceCategory,
  lengthHeightForAgeCategory,
  weightForAgeCategory,
  weightForLengthHeightCategory,
} from './index.js';

// Permenkes 2/2020 Lampiran, "Kategori dan Ambang Batas Status Gizi Anak": a bare bound belongs to its range.
describe('Permenkes 2/2020 categories at the exact boundaries', () => {
  it.each([
    [-3.01, 'SEVERELY_UNDERWEIGHT'],
    [-3, 'UNDERWEIGHT'],
    [-2.01, 'UNDERWEIGHT'],
    [-2, 'NORMAL'],
    [1, 'NORMAL'],
    [1.01, 'RISK_OF_OVERWEIGHT'],
  ])('weight-for-age %d → %s', (z, code) => expect(weightForAgeCategory(z).code).toBe(code));

  it.each([
    [-3.01, 'SEVERELY_STUNTED'],
    [-3, 'STUNTED'],
    [-2.01, 'STUNTED'],
    [-2, 'NORMAL'],
    [3, 'NORMAL'],
    [3.01, 'TALL'],
  ])('length/height-for-age %d → %s', (z, code) => expect(lengthHeightForAgeCategory(z).code).toBe(code));

  it.each([
    [-3.01, 'SEVERELY_WASTED'],
    [-3, 'WASTED'],
    [-2.01, 'WASTED'],
    [-2, 'NORMAL'],
    [1, 'NORMAL'],
    [1.01, 'POSSIBLE_RISK_OF_OVERWEIGHT'],
    [2, 'POSSIBLE_RISK_OF_OVERWEIGHT'],
    [2.01, 'OVERWEIGHT'],
    [3, 'OVERWEIGHT'],
    [3.01, 'OBESE'],
  ])('weight-for-length/height and BMI-for-age %d → %s', (z, code) => {
    expect(weightForLengthHeightCategory(z).code).toBe(code);
    expect(bmiForAgeCategory(z).code).toBe(code);
  });

  it.each([
    [-2.01, 'MICROCEPHALY'],
    [-2, 'NORMAL'],
    [2, 'NORMAL'],
    [2.01, 'MACROCEPHALY'],
  ])('head circumference %d → %s', (z, code) => expect(headCircumferenceCategory(z).code).toBe(code));

  it('labels in Indonesian first, then English', () => {
    expect(lengthHeightForAgeCategory(-2.5).label).toEqual({ id: 'Pendek', en: 'Stunted' });
    expect(weightForLengthHeightCategory(-3.5).label).toEqual({ id: 'Gizi buruk', en: 'Severely wasted' });
  });
});
