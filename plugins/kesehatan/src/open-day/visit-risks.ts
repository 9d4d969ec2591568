import type { LocalizedText } from '@posyandu-spm/core';
import {
  ageInDaysBetween,
  assessBloodPressure,
  assessChildGrowth,
  assessPregnantLila,
  assessWeightGain,
  DAYS_PER_MONTH,
  MAX_AGE_MONTHS,
  type GrowthIndicator,
  type MeasuredPosition,
  type Sex,
  type Weighing,
} from '../growth/index.js';
import type { TargetGroup } from '../target-groups.js';

/** What table 2 records; every value optional, by target group. */
export interface MeasurementValues {
  weightKg?: number | null;
  lengthCm?: number | null;
  position?: MeasuredPosition | null;
  headCircumferenceCm?: number | null;
  lilaCm?: number | null;
  systolic?: number | null;
  diastolic?: number | null;
  oedema?: boolean | null;
}

export type RiskIndicator = GrowthIndicator | 'oedema' | 'weightGain' | 'pregnantLila' | 'bloodPressure';

/** A finding that calls for a home visit. */
export interface VisitRisk {
  indicator: RiskIndicator;
  code: string;
  label: LocalizedText;
  /** True for a child 0–60 months (the recap's "children at risk"). */
  child: boolean;
}

export interface StoredZScore {
  indicator: GrowthIndicator;
  zScore: number;
  category: string;
  label: LocalizedText;
  implausible: boolean;
}

export interface VisitAssessment {
  ageInDays: number | null;
  zScores: StoredZScore[];
  risks: VisitRisk[];
  remeasure: boolean;
}

const num = (v: number | null | undefined): number | undefined => (v === null || v === undefined ? undefined : v);

/**
 * Table 2's early risk detection for one visitor, with the growth module:
 * z-scores and Permenkes categories for a child under 60 months, 2T over the
 * earlier monthly weighings, KEK (LiLA < 23.5 cm) for a pregnant woman, high
 * blood pressure for the elderly. Bad input throws the growth module's coded error.
 */
export function assessVisit(input: {
  targetGroup: TargetGroup;
  sex: Sex | null;
  birthDate: string | null;
  measuredOn: string;
  values: MeasurementValues;
  /** This child's weighings at earlier open days, any order. */
  earlierWeighings: readonly Weighing[];
}): VisitAssessment {
  const { values: v } = input;
  const out: VisitAssessment = { ageInDays: null, zScores: [], risks: [], remeasure: false };
  if (input.birthDate && input.sex) {
    const ageInDays = ageInDaysBetween(input.birthDate, input.measuredOn);
    if (ageInDays / DAYS_PER_MONTH < MAX_AGE_MONTHS) {
      out.ageInDays = ageInDays;
      const growth = assessChildGrowth({
        sex: input.sex,
        ageInDays,
        weightKg: num(v.weightKg),
        lengthCm: num(v.lengthCm),
        position: v.position ?? undefined,
        headCircumferenceCm: num(v.headCircumferenceCm),
        oedema: v.oedema ?? undefined,
      });
      for (const z of [
        growth.weightForAge,
        growth.lengthHeightForAge,
        growth.weightForLengthHeight,
        growth.bmiForAge,
        growth.headCircumferenceForAge,
      ]) {
        if (!z) continue;
        out.zScores.push({
          indicator: z.indicator,
          zScore: z.zScore,
          category: z.category.code,
          label: z.category.label,
          implausible: z.implausible,
        });
      }
      out.remeasure = growth.remeasure;
      out.risks.push(...growth.risks.map((r) => ({ ...r, child: true })));
      if (v.weightKg !== null && v.weightKg !== undefined) {
        const gain = assessWeightGain(input.birthDate, [
          ...input.earlierWeighings,
          { date: input.measuredOn, weightKg: v.weightKg },
        ]);
        if (gain.notGainingTwiceInARow) {
          out.risks.push({ indicator: 'weightGain', code: 'NOT_GAINING_2T', label: gain.label, child: true });
        }
      }
    }
  }
  if (input.targetGroup === 'PREGNANT' && v.lilaCm !== null && v.lilaCm !== undefined) {
    const lila = assessPregnantLila(v.lilaCm);
    if (lila.chronicEnergyDeficiency) {
      out.risks.push({ indicator: 'pregnantLila', code: 'KEK', label: lila.label, child: false });
    }
  }
  if ((v.systolic ?? null) !== null || (v.diastolic ?? null) !== null) {
    const bp = assessBloodPressure({ systolic: v.systolic ?? NaN, diastolic: v.diastolic ?? NaN });
    if (input.targetGroup === 'ELDERLY' && bp.high) {
      out.risks.push({ indicator: 'bloodPressure', code: bp.category, label: bp.label, child: false });
    }
  }
  return out;
}
