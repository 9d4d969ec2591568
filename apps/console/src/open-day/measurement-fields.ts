import { CHILD_GROUPS } from './open-day-common';
import { openDayText, type OpenDayWord } from './open-day-text';
import type { BilingualText } from '../i18n/i18n';
import type { KesehatanMeasuredPosition } from '../gql/graphql';

/** A number field of table 2. */
export type MeasureField = 'weightKg' | 'lengthCm' | 'headCircumferenceCm' | 'lilaCm' | 'systolic' | 'diastolic';

interface FieldSpec {
  label: OpenDayWord;
  /** `decimal` shows a keypad with a comma; `numeric` digits only (blood pressure). */
  inputMode: 'decimal' | 'numeric';
  min: number;
  max: number;
  integer?: boolean;
}

/**
 * Sensible bounds that catch unit slips (grams typed as kilograms, millimetres
 * as centimetres) before the server's own checks: for children the growth
 * module's plausible bounds, for adults the bounds of the blood pressure and
 * LiLA checks.
 */
const CHILD: Record<string, FieldSpec> = {
  weightKg: { label: 'weight', inputMode: 'decimal', min: 0.3, max: 70 },
  lengthCm: { label: 'length', inputMode: 'decimal', min: 30, max: 140 },
  headCircumferenceCm: { label: 'head', inputMode: 'decimal', min: 20, max: 65 },
};
const ADULT: Record<string, FieldSpec> = {
  weightKg: { label: 'weight', inputMode: 'decimal', min: 10, max: 250 },
  lengthCm: { label: 'height', inputMode: 'decimal', min: 50, max: 230 },
  lilaCm: { label: 'lila', inputMode: 'decimal', min: 10, max: 60 },
  systolic: { label: 'systolic', inputMode: 'numeric', min: 50, max: 300, integer: true },
  diastolic: { label: 'diastolic', inputMode: 'numeric', min: 20, max: 200, integer: true },
};

/** The fields table 2 asks, in the order the kader measures, for a target group. */
export function fieldsFor(targetGroup: string): ReadonlyArray<{ field: MeasureField } & FieldSpec> {
  const pick = (specs: Record<string, FieldSpec>, fields: MeasureField[]) =>
    fields.map((field) => ({ field, ...specs[field]! }));
  switch (targetGroup) {
    case 'NEWBORN':
    case 'TODDLER':
      return pick(CHILD, ['weightKg', 'lengthCm', 'headCircumferenceCm']);
    case 'PREGNANT':
    case 'GIVING_BIRTH':
    case 'BREASTFEEDING':
      return pick(ADULT, ['weightKg', 'lilaCm', 'systolic', 'diastolic']);
    case 'SCHOOL_AGE_TEEN':
      return pick(ADULT, ['weightKg', 'lengthCm', 'lilaCm']);
    default:
      return pick(ADULT, ['weightKg', 'lengthCm', 'systolic', 'diastolic']);
  }
}

export const measuresPosition = (targetGroup: string) => CHILD_GROUPS.has(targetGroup);

export type MeasureValues = Partial<Record<MeasureField, string>>;

export interface MeasurementInputValues {
  weightKg?: number | null;
  lengthCm?: number | null;
  position?: KesehatanMeasuredPosition | null;
  headCircumferenceCm?: number | null;
  lilaCm?: number | null;
  systolic?: number | null;
  diastolic?: number | null;
  oedema?: boolean | null;
}

/** "9,5" and "9.5" are the same number; an empty field is no number. */
export function parseNumber(raw: string | undefined): number | null | 'invalid' {
  const s = (raw ?? '').trim().replace(',', '.');
  if (!s) return null;
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : 'invalid';
}

/** Age in whole months at the open day (for the measuring position). */
export function ageInMonths(birthDate: string | null, on: string): number | null {
  if (!birthDate) return null;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  if (!by || !bm || !bd || !y || !m || !d) return null;
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

/** WHO: length lying below 24 months, height standing from 24 months. */
export const defaultPosition = (months: number | null): KesehatanMeasuredPosition =>
  months !== null && months >= 24 ? 'STANDING' : 'LYING';

export interface Checked {
  input: MeasurementInputValues | null;
  /** Per field, the problem in both languages. */
  problems: Partial<Record<MeasureField | 'form' | 'position', BilingualText>>;
}

/** Checks the typed values of a target group's fields; the input to send when there is no problem. */
export function checkMeasurement(
  targetGroup: string,
  values: MeasureValues,
  extra: { position: KesehatanMeasuredPosition; oedema: boolean; ageMonths: number | null },
): Checked {
  const problems: Checked['problems'] = {};
  const input: MeasurementInputValues = {};
  for (const spec of fieldsFor(targetGroup)) {
    const name = openDayText(spec.label);
    const value = parseNumber(values[spec.field]);
    if (value === null) continue;
    if (value === 'invalid' || (spec.integer && !Number.isInteger(value))) {
      problems[spec.field] = fill('notNumber', name);
      continue;
    }
    if (value < spec.min || value > spec.max) {
      // Indonesian writes a decimal comma (0,3), English a point (0.3).
      const comma = (n: number) => String(n).replace('.', ',');
      problems[spec.field] = {
        id: openDayText('outOfRange', { field: name.id, value: comma(value), min: comma(spec.min), max: spec.max }).id,
        en: openDayText('outOfRange', { field: name.en, value: String(value), min: spec.min, max: spec.max }).en,
      };
      continue;
    }
    input[spec.field] = value;
  }
  const hasPressure = input.systolic !== undefined || input.diastolic !== undefined;
  if (hasPressure && !problems.systolic && !problems.diastolic) {
    const { systolic, diastolic } = input;
    if (systolic === undefined || systolic === null || diastolic === undefined || diastolic === null) {
      problems.diastolic = openDayText('needBothPressures');
    } else if (diastolic >= systolic) problems.diastolic = openDayText('diastolicBelow');
  }
  if (measuresPosition(targetGroup) && input.lengthCm !== undefined) {
    if (extra.position === 'STANDING' && extra.ageMonths !== null && extra.ageMonths < 9) {
      problems.position = openDayText('standingUnder9Months');
    }
    input.position = extra.position;
  }
  if (measuresPosition(targetGroup) && extra.oedema) input.oedema = true;
  const measured = fieldsFor(targetGroup).some((s) => input[s.field] !== undefined);
  if (!measured && !Object.keys(problems).length) problems.form = openDayText('needOneValue');
  return { input: Object.keys(problems).length ? null : input, problems };
}

function fill(key: OpenDayWord, name: BilingualText): BilingualText {
  return { id: openDayText(key, { field: name.id }).id, en: openDayText(key, { field: name.en }).en };
}
