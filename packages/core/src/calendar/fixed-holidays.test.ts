import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { computeDueAt, deadlineAt } from './deadline.js';
import { fixedNationalHolidaysOf, isFixedNationalHoliday } from './fixed-holidays.js';
import { WorkingCalendar } from './working-calendar.js';

const ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;

/** A calendar that knows no day off from data at all: only the fixed rule can make a weekday off. */
const bare = (zone: string = 'Asia/Jakarta', decreedYears: number[] = []) =>
  new WorkingCalendar({ zone, daysOff: [], cutiBersamaIsDayOff: true, decreedYears });

const weekday = (date: string) => DateTime.fromISO(date).weekday;

describe('fixed-date national holidays are days off in every year, without any data', () => {
  it('1 January, 1 May, 1 June, 17 August and 25 December of any year from 2017, in every time zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2017, max: 2200 }), fc.constantFrom(...ZONES), (year, zone) => {
        const dates = fixedNationalHolidaysOf(year).map((h) => h.date);
        expect(dates).toEqual([`${year}-01-01`, `${year}-05-01`, `${year}-06-01`, `${year}-08-17`, `${year}-12-25`]);
        const calendar = bare(zone);
        for (const date of dates) expect(calendar.isWorkingDay(date)).toBe(false);
      }),
    );
  });

  it('the weekday before and after each of them stays a working day (nothing else is taken off)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2017, max: 2200 }), (year) => {
        const calendar = bare();
        for (const { date } of fixedNationalHolidaysOf(year)) {
          for (const near of [-1, 1]) {
            const other = DateTime.fromISO(date).plus({ days: near }).toISODate() as string;
            if (weekday(other) <= 5 && !isFixedNationalHoliday(other)) expect(calendar.isWorkingDay(other)).toBe(true);
          }
        }
      }),
    );
  });

  it('a count that reaches a fixed holiday on a weekday skips it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2017, max: 2200 }), fc.integer({ min: 0, max: 4 }), (year, which) => {
        const holiday = fixedNationalHolidaysOf(year)[which]!.date;
        fc.pre(weekday(holiday) <= 5);
        const calendar = bare();
        const dayBefore = DateTime.fromISO(holiday).minus({ days: 1 }).toISODate() as string;
        const first = calendar.addWorkingDays(dayBefore, 1);
        expect(first > holiday).toBe(true);
        expect(calendar.workingDaysBetween(dayBefore, first)).toBe(1);
      }),
    );
  });

  it('1 May and 1 June are holidays only since their decrees (2014 and 2017)', () => {
    expect(isFixedNationalHoliday('2013-05-01')).toBe(false);
    expect(isFixedNationalHoliday('2014-05-01')).toBe(true);
    expect(isFixedNationalHoliday('2016-06-01')).toBe(false);
    expect(isFixedNationalHoliday('2017-06-01')).toBe(true);
    expect(fixedNationalHolidaysOf(2016).map((h) => h.date)).toEqual([
      '2016-01-01',
      '2016-05-01',
      '2016-08-17',
      '2016-12-25',
    ]);
  });

  it('names each holiday with its standing legal basis', () => {
    const byDate = new Map(fixedNationalHolidaysOf(2027).map((h) => [h.date.slice(5), h]));
    expect(byDate.get('01-01')?.legalBasis).toContain('Keppres 8/2024');
    expect(byDate.get('05-01')?.legalBasis).toContain('Keppres 24/2013');
    expect(byDate.get('06-01')?.legalBasis).toContain('Keppres 24/2016');
    expect(byDate.get('08-17')?.legalBasis).toContain('Keppres 8/2024');
    expect(byDate.get('12-25')?.legalBasis).toContain('Keppres 8/2024');
  });
});

describe('deadlines across the turn of the year', () => {
  const due = (calendar: WorkingCalendar, at: string) => calendar.localDate(computeDueAt(calendar, new Date(at)));

  it.each([
    ['Monday 28 December 2026 → Tuesday 5 January 2027 (1 January)', '2026-12-28T09:00:00+07:00', '2027-01-05'],
    ['Wednesday 30 December 2026 → Thursday 7 January 2027', '2026-12-30T09:00:00+07:00', '2027-01-07'],
    ['Thursday 31 December 2026 → Friday 8 January 2027', '2026-12-31T09:00:00+07:00', '2027-01-08'],
    [
      'Thursday 23 December 2027 → Thursday 30 December (25 December is a Saturday)',
      '2027-12-23T09:00:00+07:00',
      '2027-12-30',
    ],
    [
      'Friday 31 December 2027 → Friday 7 January 2028 (1 January is a Saturday)',
      '2027-12-31T09:00:00+07:00',
      '2028-01-07',
    ],
    [
      'Friday 29 December 2028 → Monday 8 January 2029 (1 January 2029 is a Monday)',
      '2028-12-29T09:00:00+07:00',
      '2029-01-08',
    ],
  ])('%s', (_label, registeredAt, expected) => {
    expect(due(bare(), registeredAt)).toBe(expected);
  });

  it('is provisional while a counted day falls in a year whose decree is not loaded', () => {
    const at = new Date('2026-12-28T09:00:00+07:00');
    const view = (decreed: number[]) => {
      const calendar = bare('Asia/Jakarta', decreed);
      const dueAt = computeDueAt(calendar, at);
      return deadlineAt(
        calendar,
        { dueAt, pausedAt: null, remainingWorkingDays: null, closedAt: null, clockStartDate: '2026-12-28' },
        at,
      );
    };
    expect(view([2025, 2026])).toMatchObject({ provisional: true, provisionalYears: [2027] });
    expect(view([2026, 2027])).toMatchObject({ provisional: false, provisionalYears: [] });
    // The registration day does not count: a case registered on 31 December 2027 needs only 2028.
    const calendar = bare('Asia/Jakarta', [2028]);
    expect(calendar.undecreedYears('2027-12-31', '2028-01-07')).toEqual([]);
    expect(calendar.undecreedYears('2027-12-30', '2028-01-06')).toEqual([2027]);
  });

  it('a paused deadline is provisional when the days it would count after today are', () => {
    const calendar = bare('Asia/Jakarta', [2026]);
    const view = deadlineAt(
      calendar,
      {
        dueAt: new Date('2026-12-30T16:59:59.999Z'),
        pausedAt: new Date('2026-12-21T03:00:00Z'),
        remainingWorkingDays: 3,
        closedAt: null,
      },
      new Date('2026-12-29T03:00:00Z'),
    );
    expect(view).toMatchObject({ state: 'PAUSED', provisional: true, provisionalYears: [2027] });
    expect(calendar.localDate(view.dueAt)).toBe('2027-01-04');
  });
});
