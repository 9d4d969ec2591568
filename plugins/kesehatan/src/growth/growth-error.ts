import { DomainError, type LocalizedText } from '@posyandu-spm/core';

/**
 * Why a growth computation refused its input. Part of the public API (the
 * console switches on it to show the message next to the right field): add
 * freely, rename never.
 */
export type GrowthErrorReason =
  /** `sex` absent or not 'male' / 'female'. */
  | 'MISSING_SEX'
  /** Age negative, not a number, or 60 months or more. */
  | 'AGE_OUT_OF_RANGE'
  /** A measurement that is not a finite number, or is zero or negative. */
  | 'INVALID_MEASUREMENT'
  /** A measurement outside the plausible range for a child under five (a unit slip: grams for kg, mm for cm). */
  | 'IMPLAUSIBLE_MEASUREMENT'
  /** Length/height outside the weight-for-length (45–110 cm) or weight-for-height (65–120 cm) table. */
  | 'LENGTH_OUT_OF_TABLE'
  /** A length or height given without saying whether the child lay or stood. */
  | 'MISSING_POSITION'
  /** Standing height for a child under 9 months: WHO Anthro treats the position as implausible. */
  | 'POSITION_IMPLAUSIBLE'
  /** Bilateral pitting oedema: WHO computes no weight-based z-score. */
  | 'OEDEMA'
  /** A date that is not a real `YYYY-MM-DD` calendar date. */
  | 'INVALID_DATE'
  /** A series of weighings or a blood-pressure reading that cannot be read. */
  | 'INVALID_SERIES';

/**
 * An input the growth module cannot score. It is a `DomainError` with code
 * `VALIDATION_FAILED`, so a resolver can let it through as a coded GraphQL
 * error with both messages; `reason` says which rule failed and `field` which
 * input.
 *
 * @example
 * try { weightForAge({ sex: 'female', ageInDays: 2000, weightKg: 17 }) }
 * catch (e) { if (e instanceof GrowthInputError) e.reason // 'AGE_OUT_OF_RANGE' }
 */
export class GrowthInputError extends DomainError {
  readonly reason: GrowthErrorReason;
  readonly field: string;

  constructor(reason: GrowthErrorReason, field: string, message: LocalizedText) {
    super('VALIDATION_FAILED', message, { fields: [{ field, message }], details: { reason } });
    this.name = 'GrowthInputError';
    this.reason = reason;
    this.field = field;
  }
}

export const isGrowthInputError = (error: unknown): error is GrowthInputError => error instanceof GrowthInputError;
