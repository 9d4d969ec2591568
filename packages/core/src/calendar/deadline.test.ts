import { describe, expect, it } from 'vitest';
import { computeDueAt, deadlineAt, dueAtOnResume, remainingOnPause } from './deadline.js';
import { WorkingCalendar, type DayOff } from './working-calendar.js';

// A few 2026 days off as decreed (the full table is seeded by the server and tested in test/).
const DAYS_OFF_2026: DayOff[] = [
  { date: '2026-02-16', kind: 'CUTI_BERSAMA' },
  { date: '2026-02-17', kind: 'NATIONAL' },
  { date: '2026-03-18', kind: 'CUTI_BERSAMA' },
  { date: '2026-03-19', kind: 'NATIONAL' },
  { date: '2026-03-20', kind: 'CUTI_BERSAMA' },
  { date: '2026-03-21', kind: 'NATIONAL' },
  { date: '2026-03-22', kind: 'NATIONAL' },
  { date: '2026-03-23', kind: 'CUTI_BERSAMA' },
  { date: '2026-03-24', kind: 'CUTI_BERSAMA' },
];

const wib = (cutiBersamaIsDayOff = true) =>
  new WorkingCalendar({ zone: 'Asia/Jakarta', daysOff: DAYS_OFF_2026, cutiBersamaIsDayOff });

describe('computeDueAt: 5 working days after the registration day', () => {
  it('Monday 23 November 2026 is due at the end of Monday 30 November (WIB)', () => {
    const due = computeDueAt(wib(), new Date('2026-11-23T09:00:00+07:00'));
    expect(due.toISOString()).toBe('2026-11-30T16:59:59.999Z');
  });

  it('Friday 13 February 2026 skips cuti bersama and Imlek: due Tuesday 24 February', () => {
    const due = computeDueAt(wib(), new Date('2026-02-13T10:00:00+07:00'));
    expect(wib().localDate(due)).toBe('2026-02-24');
  });

  it('Tuesday 17 March 2026 skips Nyepi and Idul Fitri with cuti bersama: due Tuesday 31 March', () => {
    expect(wib().localDate(computeDueAt(wib(), new Date('2026-03-17T08:00:00+07:00')))).toBe('2026-03-31');
  });

  it('where cuti bersama is worked, 17 March 2026 is due Wednesday 25 March', () => {
    const cal = wib(false);
    expect(cal.localDate(computeDueAt(cal, new Date('2026-03-17T08:00:00+07:00')))).toBe('2026-03-25');
  });

  it('uses the local date, not the UTC date: 23:30 WIB Sunday counts as Sunday', () => {
    // 2026-11-22T16:30Z is Sunday 23:30 in Jakarta but already Monday 01:30 in Jayapura.
    const instant = new Date('2026-11-22T16:30:00Z');
    const jakarta = computeDueAt(wib(), instant);
    const jayapura = new WorkingCalendar({ zone: 'Asia/Jayapura', daysOff: [], cutiBersamaIsDayOff: true });
    expect(wib().localDate(jakarta)).toBe('2026-11-27');
    expect(jayapura.localDate(computeDueAt(jayapura, instant))).toBe('2026-11-30');
  });

  it('ends the due day at 23:59:59.999 in WITA and WIT too', () => {
    const wita = new WorkingCalendar({ zone: 'Asia/Makassar', daysOff: [], cutiBersamaIsDayOff: true });
    const wit = new WorkingCalendar({ zone: 'Asia/Jayapura', daysOff: [], cutiBersamaIsDayOff: true });
    expect(computeDueAt(wita, new Date('2026-11-23T09:00:00+08:00')).toISOString()).toBe('2026-11-30T15:59:59.999Z');
    expect(computeDueAt(wit, new Date('2026-11-23T09:00:00+09:00')).toISOString()).toBe('2026-11-30T14:59:59.999Z');
  });
});

describe('pausing the clock', () => {
  it('keeps the remaining working days and restarts them after the resume day', () => {
    const cal = wib();
    const registered = new Date('2026-11-23T09:00:00+07:00'); // due Mon 30 Nov
    const due = computeDueAt(cal, registered);
    const remaining = remainingOnPause(cal, new Date('2026-11-25T10:00:00+07:00'), due); // Wed: Thu, Fri, Mon left
    expect(remaining).toBe(3);
    const resumedDue = dueAtOnResume(cal, new Date('2026-12-02T10:00:00+07:00'), remaining); // Wed 2 Dec
    expect(cal.localDate(resumedDue)).toBe('2026-12-07');
  });

  it('shows PAUSED with the days left while paused', () => {
    const cal = wib();
    const view = deadlineAt(
      cal,
      { dueAt: new Date('2026-11-30T16:59:59.999Z'), pausedAt: new Date(), remainingWorkingDays: 3, closedAt: null },
      new Date('2026-11-26T03:00:00Z'),
    );
    expect(view).toMatchObject({ state: 'PAUSED', workingDaysLeft: 3 });
  });
});

describe('deadline states', () => {
  const cal = wib();
  const clock = {
    dueAt: new Date('2026-11-30T16:59:59.999Z'),
    pausedAt: null,
    remainingWorkingDays: null,
    closedAt: null,
  };

  it('is ON_TRACK with 5 working days left on the registration day', () => {
    expect(deadlineAt(cal, clock, new Date('2026-11-23T05:00:00Z'))).toMatchObject({
      state: 'ON_TRACK',
      workingDaysLeft: 5,
    });
  });

  it('is ON_TRACK over the weekend before the due Monday, with 1 day left', () => {
    expect(deadlineAt(cal, clock, new Date('2026-11-29T05:00:00Z'))).toMatchObject({
      state: 'ON_TRACK',
      workingDaysLeft: 1,
    });
  });

  it('is DUE_SOON from 00:00 local of the due day', () => {
    expect(deadlineAt(cal, clock, new Date('2026-11-29T17:00:00Z')).state).toBe('DUE_SOON');
    expect(deadlineAt(cal, clock, new Date('2026-11-29T16:59:59Z')).state).toBe('ON_TRACK');
  });

  it('is OVERDUE just after the end of the due day, counting working days late', () => {
    // 17:00Z is 00:00 WIB on Tuesday 1 December: one working day late.
    expect(deadlineAt(cal, clock, new Date('2026-11-30T17:00:00Z'))).toMatchObject({
      state: 'OVERDUE',
      workingDaysLeft: -1,
    });
    expect(deadlineAt(cal, clock, new Date('2026-12-02T05:00:00Z'))).toMatchObject({
      state: 'OVERDUE',
      workingDaysLeft: -2,
    });
  });

  it('is MET when closed by the due time and MISSED when closed after', () => {
    expect(deadlineAt(cal, { ...clock, closedAt: new Date('2026-11-30T16:00:00Z') }, new Date()).state).toBe('MET');
    expect(deadlineAt(cal, { ...clock, closedAt: new Date('2026-12-01T01:00:00Z') }, new Date()).state).toBe('MISSED');
  });
});

describe('nextWorkingHour: reminders in working hours', () => {
  const cal = wib();
  it.each([
    ['Tuesday 00:00:01 WIB → 08:00 the same day', '2026-02-23T17:00:01Z', '2026-02-24T01:00:00.000Z'],
    ['Tuesday 10:00 WIB → at once', '2026-02-24T03:00:00Z', '2026-02-24T03:00:00.000Z'],
    ['Friday 17:00 WIB → Monday 08:00', '2026-11-27T10:00:00Z', '2026-11-30T01:00:00.000Z'],
    [
      'Friday 13 Feb 2026 18:00 → Wednesday 18 Feb 08:00 (cuti bersama, Imlek)',
      '2026-02-13T11:00:00Z',
      '2026-02-18T01:00:00.000Z',
    ],
  ])('%s', (_label, at, expected) => {
    expect(cal.nextWorkingHour(new Date(at)).toISOString()).toBe(expected);
  });
});
