import type { LocalizedText } from '../errors/domain-error.js';
import type { WorkingCalendar } from './working-calendar.js';

/** Every case must be answered within 5 working days (5 hari kerja). */
export const SERVICE_WORKING_DAYS = 5;

export const DEADLINE_STATES = ['ON_TRACK', 'DUE_SOON', 'OVERDUE', 'PAUSED', 'MET', 'MISSED'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/**
 * The registration day does not count: a case is due at the end of the
 * `workingDays`th working day after the local day it was registered.
 */
export function computeDueAt(
  calendar: WorkingCalendar,
  registeredAt: Date,
  workingDays: number = SERVICE_WORKING_DAYS,
): Date {
  const dueDate = calendar.addWorkingDays(calendar.localDate(registeredAt), workingDays);
  return calendar.endOfDay(dueDate);
}

/**
 * Working days left when the clock is paused at `pausedAt`: the pause day
 * counts as used, like the registration day. Never negative.
 */
export function remainingOnPause(calendar: WorkingCalendar, pausedAt: Date, dueAt: Date): number {
  const left = calendar.workingDaysBetween(calendar.localDate(pausedAt), calendar.localDate(dueAt));
  return Math.max(0, left);
}

/**
 * On resume the case is due at the end of the remaining working days after the
 * resume day (or at the end of the next working day that is not before it, when
 * nothing remained).
 */
export function dueAtOnResume(calendar: WorkingCalendar, resumedAt: Date, remaining: number): Date {
  const resumeDay = calendar.localDate(resumedAt);
  return calendar.endOfDay(calendar.addWorkingDays(resumeDay, remaining));
}

export interface ClockSnapshot {
  dueAt: Date;
  /** Set while the clock is paused; `remainingWorkingDays` then holds what is left. */
  pausedAt: Date | null;
  remainingWorkingDays: number | null;
  /** Set once the case reached a final state. */
  closedAt: Date | null;
  /**
   * The local day the running count started (the registration or resume day), so
   * the view can tell whether any counted day falls in a year without its decree.
   * Without it only the due date's own year is checked.
   */
  clockStartDate?: string | null;
}

export interface DeadlineView {
  state: DeadlineState;
  /** The instant the case is due; while paused, the due date if it resumed today. */
  dueAt: Date;
  /** Working days after today up to the due date; negative once overdue. */
  workingDaysLeft: number;
  /**
   * The counted days fall in a year whose joint decree (SKB 3 Menteri) is not
   * loaded: the due date knows only the fixed-date national holidays and the
   * regional ones, and may still move when the decree is loaded.
   */
  provisional: boolean;
  /** Those years, in order; empty when the deadline is final. */
  provisionalYears: number[];
}

/** Why a deadline is provisional, for the people who read it. */
export function provisionalReason(years: readonly number[]): LocalizedText {
  const list = years.join(', ');
  return {
    id: `Sementara: SKB 3 Menteri tentang hari libur nasional dan cuti bersama tahun ${list} belum dimuat; tenggat dihitung dengan libur nasional bertanggal tetap dan libur daerah saja.`,
    en: `Provisional: the joint decree (SKB 3 Menteri) on the ${list} national holidays and cuti bersama is not loaded yet; the deadline counts only the fixed-date national holidays and regional holidays.`,
  };
}

function provisionalView(calendar: WorkingCalendar, from: string, dueDate: string) {
  const provisionalYears = calendar.undecreedYears(from, dueDate);
  return { provisional: provisionalYears.length > 0, provisionalYears };
}

const dayBefore = (calendar: WorkingCalendar, date: string): string =>
  calendar.localDate(new Date(calendar.startOfDay(date).getTime() - 1));

/** Where a case stands against its deadline at `now`. */
export function deadlineAt(calendar: WorkingCalendar, clock: ClockSnapshot, now: Date): DeadlineView {
  const dueDate = calendar.localDate(clock.dueAt);
  const counted = provisionalView(calendar, clock.clockStartDate ?? dayBefore(calendar, dueDate), dueDate);
  if (clock.closedAt) {
    const met = clock.closedAt.getTime() <= clock.dueAt.getTime();
    return {
      state: met ? 'MET' : 'MISSED',
      dueAt: clock.dueAt,
      workingDaysLeft: calendar.workingDaysBetween(calendar.localDate(clock.closedAt), dueDate),
      ...counted,
    };
  }
  const today = calendar.localDate(now);
  if (clock.pausedAt) {
    const remaining = clock.remainingWorkingDays ?? 0;
    const dueAt = dueAtOnResume(calendar, now, remaining);
    // While paused the shown due date counts from today, as if the case resumed now.
    return {
      state: 'PAUSED',
      dueAt,
      workingDaysLeft: remaining,
      ...provisionalView(calendar, today, calendar.localDate(dueAt)),
    };
  }
  const workingDaysLeft = calendar.workingDaysBetween(today, dueDate);
  let state: DeadlineState = 'ON_TRACK';
  if (now.getTime() > clock.dueAt.getTime()) state = 'OVERDUE';
  else if (today === dueDate) state = 'DUE_SOON';
  return { state, dueAt: clock.dueAt, workingDaysLeft, ...counted };
}
