import type { FieldProblem, LocalizedText } from '../errors/domain-error.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';

/**
 * Who a level of the escalation chain tells:
 * - `HOLDER_HEAD`: the head of the unit holding the case (its UNIT_HEAD members; a unit without
 *   one answers to its parent unit, e.g. a Posyandu to its village government);
 * - `UNIT`: every member of one fixed unit who may open the case (the kabupaten's SPM
 *   coordination unit, the Sekda's office).
 */
export const ESCALATION_TARGETS = ['HOLDER_HEAD', 'UNIT'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];

export interface EscalationLevel {
  target: EscalationTarget;
  /** The unit told, for `UNIT` levels. */
  unitId: string | null;
  /** Working days this level has to act before the next level is told (after the deadline for level 1). */
  windowWorkingDays: number;
}

/** A kabupaten's escalation chain (DESIGN §7): the due-soon notice and the levels, in order. */
export interface EscalationChain {
  /** The holder is told at the start of this many working days before the due day's end (1: the due day itself). */
  dueSoonWorkingDays: number;
  levels: readonly EscalationLevel[];
}

export const MAX_ESCALATION_LEVELS = 5;
export const MAX_ESCALATION_WINDOW = 30;
export const MAX_DUE_SOON_WORKING_DAYS = 5;

/**
 * The chain used where an admin has not configured one: told nobody beyond the holder's head.
 * A kabupaten served without a chain is a start-up fault; this only keeps the clock running meanwhile.
 */
export const FALLBACK_ESCALATION_CHAIN: EscalationChain = {
  dueSoonWorkingDays: 1,
  levels: [{ target: 'HOLDER_HEAD', unitId: null, windowWorkingDays: 2 }],
};

/** When the clock speaks for one case: the due-soon notice, and each level's notice (in order). */
export interface EscalationSchedule {
  dueSoonAt: Date;
  /** `levelAt[i]` is the first instant level i + 1 is told: just past the deadline, then each window later. */
  levelAt: Date[];
}

/** The working day `n` working days before `date` (`n` = 0: `date` itself, or the working day before it). */
export function workingDaysBefore(calendar: WorkingCalendar, date: string, n: number): string {
  let day = date;
  let left = n;
  const previous = (d: string) => calendar.localDate(new Date(calendar.startOfDay(d).getTime() - 1));
  while (!calendar.isWorkingDay(day)) day = previous(day);
  while (left > 0) {
    day = previous(day);
    if (calendar.isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * The instants of a case's notices, counted in the area's working days: due soon at 00:00 of the
 * `dueSoonWorkingDays`th last working day; level 1 just after the due instant; level k + 1 at the
 * end of level k's window (working days after the due day).
 *
 * @example
 * // due Tuesday 24 Feb 2026 23:59:59 WIB, windows 2 and 3: level 1 on 24 Feb 23:59:59.999 + 1 ms,
 * // level 2 after Thursday 26 Feb, level 3 after Tuesday 3 Mar
 * escalationSchedule(calendar, dueAt, { dueSoonWorkingDays: 1, levels });
 */
export function escalationSchedule(calendar: WorkingCalendar, dueAt: Date, chain: EscalationChain): EscalationSchedule {
  const dueDate = calendar.localDate(dueAt);
  const dueSoonAt = calendar.startOfDay(
    workingDaysBefore(calendar, dueDate, Math.max(0, chain.dueSoonWorkingDays - 1)),
  );
  const levelAt: Date[] = [];
  let days = 0;
  for (const level of chain.levels) {
    levelAt.push(
      days === 0
        ? new Date(dueAt.getTime() + 1)
        : new Date(calendar.endOfDay(calendar.addWorkingDays(dueDate, days)).getTime() + 1),
    );
    days += level.windowWorkingDays;
  }
  return { dueSoonAt, levelAt };
}

const problem = (field: string, message: LocalizedText): FieldProblem => ({ field, message });

/**
 * What is wrong with a chain's shape, before looking at who is in its units: at least one level and at
 * most {@link MAX_ESCALATION_LEVELS}; windows of 1–30 working days; a unit on every `UNIT` level and
 * none twice; the last level a fixed unit (a holder's head may be missing, a named unit is checked).
 */
export function escalationChainShapeProblems(chain: EscalationChain): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (
    !Number.isInteger(chain.dueSoonWorkingDays) ||
    chain.dueSoonWorkingDays < 0 ||
    chain.dueSoonWorkingDays > MAX_DUE_SOON_WORKING_DAYS
  ) {
    problems.push(
      problem('dueSoonWorkingDays', {
        id: `Pemberitahuan "segera jatuh tempo" harus 0–${MAX_DUE_SOON_WORKING_DAYS} hari kerja sebelum tenggat.`,
        en: `The due-soon notice must come 0 to ${MAX_DUE_SOON_WORKING_DAYS} working days before the deadline.`,
      }),
    );
  }
  if (chain.levels.length === 0 || chain.levels.length > MAX_ESCALATION_LEVELS) {
    problems.push(
      problem('levels', {
        id: `Rantai eskalasi harus punya 1–${MAX_ESCALATION_LEVELS} tingkat.`,
        en: `An escalation chain needs 1 to ${MAX_ESCALATION_LEVELS} levels.`,
      }),
    );
  }
  const seen = new Set<string>();
  chain.levels.forEach((level, i) => {
    const n = i + 1;
    if (
      !Number.isInteger(level.windowWorkingDays) ||
      level.windowWorkingDays < 1 ||
      level.windowWorkingDays > MAX_ESCALATION_WINDOW
    ) {
      problems.push(
        problem(`levels.${i}.windowWorkingDays`, {
          id: `Tingkat ${n}: jangka waktu harus 1–${MAX_ESCALATION_WINDOW} hari kerja.`,
          en: `Level ${n}: the window must be 1 to ${MAX_ESCALATION_WINDOW} working days.`,
        }),
      );
    }
    if (level.target === 'UNIT') {
      if (!level.unitId) {
        problems.push(
          problem(`levels.${i}.unitId`, {
            id: `Tingkat ${n}: pilih unit yang diberi tahu.`,
            en: `Level ${n}: choose the unit to tell.`,
          }),
        );
      } else if (seen.has(level.unitId)) {
        problems.push(
          problem(`levels.${i}.unitId`, {
            id: `Tingkat ${n}: unit ini sudah ada di tingkat sebelumnya.`,
            en: `Level ${n}: this unit is already an earlier level.`,
          }),
        );
      } else seen.add(level.unitId);
    }
  });
  const last = chain.levels.at(-1);
  if (last && last.target !== 'UNIT') {
    problems.push(
      problem(`levels.${chain.levels.length - 1}.target`, {
        id: 'Tingkat terakhir harus unit tetap (mis. Sekda), agar eskalasi selalu sampai pada seseorang.',
        en: 'The last level must be a fixed unit (e.g. the Sekda), so an escalation always reaches someone.',
      }),
    );
  }
  return problems;
}
