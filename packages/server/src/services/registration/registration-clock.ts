import { computeDueAt, SERVICE_WORKING_DAYS, type WorkingCalendar } from '@posyandu-spm/core';

/** The deadline clock of a new case: 5 working days of the area's calendar from the registration day. */
export interface StartedClock {
  workingDays: number;
  clockStartDate: string;
  clockDays: number;
  dueAt: Date;
}

export function startClock(calendar: WorkingCalendar, now: Date): StartedClock {
  return {
    workingDays: SERVICE_WORKING_DAYS,
    clockStartDate: calendar.localDate(now),
    clockDays: SERVICE_WORKING_DAYS,
    dueAt: computeDueAt(calendar, now, SERVICE_WORKING_DAYS),
  };
}
