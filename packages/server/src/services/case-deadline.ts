import {
  deadlineAt,
  provisionalReason,
  type DeadlineView,
  type LocalizedText,
  type WorkingCalendar,
} from '@posyandu-spm/core';
import type { Case } from '../entities/case.entity.js';
import type { CalendarService } from './calendar.service.js';
import { andThen, type MaybePromise } from './maybe-promise.js';

/** What a deadline is computed from: a case entity, or a row of a list page. */
export type DeadlineSource = Pick<
  Case,
  'dueAt' | 'clockPausedAt' | 'remainingWorkingDays' | 'closedAt' | 'clockStartDate'
> & {
  area: { code: string };
};

type CaseDeadline = DeadlineView & { timeZone: string; provisionalReason: LocalizedText | null };

/** The deadline of a case as of `now`, in its area's calendar. */
export function caseDeadline(calendars: CalendarService, c: DeadlineSource, now: Date): MaybePromise<CaseDeadline> {
  return andThen(calendars.forAreaNow(c.area.code), (calendar) => deadlineIn(calendar, c, now));
}

function deadlineIn(calendar: WorkingCalendar, c: DeadlineSource, now: Date): CaseDeadline {
  const view = deadlineAt(
    calendar,
    {
      dueAt: c.dueAt,
      pausedAt: c.clockPausedAt,
      remainingWorkingDays: c.remainingWorkingDays,
      closedAt: c.closedAt,
      clockStartDate: c.clockStartDate,
    },
    now,
  );
  return {
    ...view,
    timeZone: calendar.zone,
    provisionalReason: view.provisional ? provisionalReason(view.provisionalYears) : null,
  };
}

/**
 * Working days from the registration day to the closing day, in the case's area calendar (the
 * registration day does not count, as for the deadline): the SPM report's median and p90.
 */
export function workingDaysTaken(calendar: WorkingCalendar, c: Case, closedAt: Date): number {
  const from = c.registeredOn ?? calendar.localDate(c.registeredAt);
  return Math.max(0, calendar.workingDaysBetween(from, calendar.localDate(closedAt)));
}
