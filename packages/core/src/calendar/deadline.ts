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
}

export interface DeadlineView {
  state: DeadlineState;
  /** The instant the case is due; while paused, the due date if it resumed today. */
  dueAt: Date;
  /** Working days after today up to the due date; negative once overdue. */
  workingDaysLeft: number;
}

/** Where a case stands against its deadline at `now`. */
export function deadlineAt(calendar: WorkingCalendar, clock: ClockSnapshot, now: Date): DeadlineView {
  if (clock.closedAt) {
    const met = clock.closedAt.getTime() <= clock.dueAt.getTime();
    return {
      state: met ? 'MET' : 'MISSED',
      dueAt: clock.dueAt,
      workingDaysLeft: calendar.workingDaysBetween(calendar.localDate(clock.closedAt), calendar.localDate(clock.dueAt)),
    };
  }
  if (clock.pausedAt) {
    const remaining = clock.remainingWorkingDays ?? 0;
    return { state: 'PAUSED', dueAt: dueAtOnResume(calendar, now, remaining), workingDaysLeft: remaining };
  }
  const today = calendar.localDate(now);
  const dueDate = calendar.localDate(clock.dueAt);
  const workingDaysLeft = calendar.workingDaysBetween(today, dueDate);
  let state: DeadlineState = 'ON_TRACK';
  if (now.getTime() > clock.dueAt.getTime()) state = 'OVERDUE';
  else if (today === dueDate) state = 'DUE_SOON';
  return { state, dueAt: clock.dueAt, workingDaysLeft };
}
