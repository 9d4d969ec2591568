import { DateTime } from 'luxon';
import { isFixedNationalHoliday } from './fixed-holidays.js';

export const HOLIDAY_KINDS = ['NATIONAL', 'CUTI_BERSAMA', 'REGIONAL'] as const;
/** NATIONAL and REGIONAL days are always off; CUTI_BERSAMA depends on the kabupaten. */
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** A day off in an area's calendar. Dates are local calendar dates, never UTC. */
export interface DayOff {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: HolidayKind;
}

export interface WorkingCalendarOptions {
  /** IANA time zone of the area, e.g. `Asia/Jakarta` (WIB). */
  zone: string;
  daysOff: readonly DayOff[];
  /** Whether cuti bersama counts as a day off in this kabupaten (default: yes). */
  cutiBersamaIsDayOff: boolean;
  /**
   * The years whose joint decree (SKB 3 Menteri) is loaded into `daysOff`. A
   * deadline counting days of any other year is provisional: it knows only the
   * fixed-date national holidays and the regional ones. Default: none.
   */
  decreedYears?: readonly number[];
}

const DAY_MS = 86_400_000;

/**
 * A calendar date's successor and weekday need no time zone: a `YYYY-MM-DD` names the same day
 * everywhere, so plain UTC arithmetic on it is exact (and far cheaper than a zoned DateTime,
 * which matters when a list of 50 cases counts the working days to dates two years away).
 */
function nextDate(date: string): string {
  return shiftDate(date, 1);
}

/** The calendar date `days` after (or before, when negative) `date`. */
function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date; NaN for an invalid one. */
function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The calendar years of the local days `d` with `from < d <= to` (`YYYY-MM-DD`); empty when `to <= from`. */
export function countedYears(from: string, to: string): number[] {
  if (to <= from) return [];
  const first = Number(from.slice(0, 4)) + (from.slice(5) === '12-31' ? 1 : 0);
  const years: number[] = [];
  for (let year = first; year <= Number(to.slice(0, 4)); year += 1) years.push(year);
  return years;
}

/**
 * The working days of one area: Monday to Friday in the area's time zone, minus
 * the fixed-date national holidays (every year) and its days off. Dates are
 * handled as local `YYYY-MM-DD` strings so that a deadline never depends on the
 * server's own time zone.
 */
export class WorkingCalendar {
  readonly zone: string;
  private readonly off: ReadonlySet<string>;
  private readonly decreed: ReadonlySet<number>;
  /**
   * A calendar never changes once built (a holiday change builds a new one), so its answers are
   * kept: every registration of a day asks the same questions, and luxon's zone arithmetic is
   * the costly part of a registration's deadline (issue 18).
   */
  private readonly memo = new Map<string, string | Date | boolean | number>();
  /** The local day `localDate` answered last, as the instants it covers: [from, to). */
  private lastDay: { from: number; to: number; date: string } | null = null;

  constructor(options: WorkingCalendarOptions) {
    if (!DateTime.local().setZone(options.zone).isValid) {
      throw new Error(`Unknown time zone: ${options.zone}`);
    }
    this.zone = options.zone;
    this.off = new Set(
      options.daysOff.filter((d) => d.kind !== 'CUTI_BERSAMA' || options.cutiBersamaIsDayOff).map((d) => d.date),
    );
    this.decreed = new Set(options.decreedYears ?? []);
  }

  /** Whether the year's joint decree (its moveable holidays and cuti bersama) is loaded. */
  isYearDecreed(year: number): boolean {
    return this.decreed.has(year);
  }

  /**
   * The years without a loaded decree among the days `d` with `from < d <= to`:
   * a deadline counting those days is provisional. Empty when `to <= from`.
   */
  undecreedYears(from: string, to: string): number[] {
    return countedYears(from, to).filter((year) => !this.decreed.has(year));
  }

  private remember<T extends string | Date | boolean | number>(key: string, compute: () => T): T {
    const known = this.memo.get(key);
    if (known !== undefined) return known as T;
    // Bounded: a long-running process asks about ever new days.
    if (this.memo.size >= 4096) this.memo.clear();
    const value = compute();
    this.memo.set(key, value);
    return value;
  }

  /**
   * The local date of an instant in this area. A list page asks it for today and for each case's
   * due and closing instants, alternating: after the first answer (luxon), a date is counted in
   * whole days from that day and checked against the day's kept bounds (exact across a DST change:
   * a guess outside them goes back to luxon), so luxon runs once per new day, not per call.
   */
  localDate(instant: Date): string {
    const t = instant.getTime();
    const last = this.lastDay;
    if (last) {
      if (t >= last.from && t < last.to) return last.date;
      const guess = shiftDate(last.date, Math.floor((t - last.from) / DAY_MS));
      if (t >= this.dayStart(guess) && t <= this.dayEnd(guess)) return guess;
    }
    const date = DateTime.fromJSDate(instant).setZone(this.zone).toISODate() as string;
    this.lastDay = { from: this.dayStart(date), to: this.dayEnd(date) + 1, date };
    return date;
  }

  private dayStart(date: string): number {
    return this.remember(`s${date}`, () =>
      DateTime.fromISO(date, { zone: this.zone }).startOf('day').toJSDate(),
    ).getTime();
  }

  private dayEnd(date: string): number {
    return this.remember(`e${date}`, () =>
      DateTime.fromISO(date, { zone: this.zone }).endOf('day').toJSDate(),
    ).getTime();
  }

  isWorkingDay(date: string): boolean {
    return weekdayOf(date) <= 5 && !this.off.has(date) && !isFixedNationalHoliday(date);
  }

  /**
   * The `n`th working day after `date` (which itself does not count).
   * With n = 0: `date` if it is a working day, else the next working day.
   */
  addWorkingDays(date: string, n: number): string {
    return this.remember(`a${date}+${n}`, () => this.countWorkingDays(date, n));
  }

  private countWorkingDays(date: string, n: number): string {
    let day = date;
    if (n === 0) {
      while (!this.isWorkingDay(day)) day = nextDate(day);
      return day;
    }
    let left = n;
    while (left > 0) {
      day = nextDate(day);
      if (this.isWorkingDay(day)) left -= 1;
    }
    return day;
  }

  /** Working days `d` with `from < d <= to` (negative when `to` is before `from`). */
  workingDaysBetween(from: string, to: string): number {
    if (to < from) return -this.workingDaysBetween(to, from);
    return this.remember(`b${from}>${to}`, () => this.countBetween(from, to));
  }

  private countBetween(from: string, to: string): number {
    let count = 0;
    for (let day = nextDate(from); day <= to; day = nextDate(day)) {
      if (this.isWorkingDay(day)) count += 1;
    }
    return count;
  }

  /** The last instant (23:59:59.999 local) of a local date. */
  endOfDay(date: string): Date {
    // A copy: the caller may keep (or, by mistake, change) the Date it gets.
    return new Date(this.dayEnd(date));
  }

  /**
   * The first instant at or after `instant` inside working hours (local
   * `startHour`–`endHour` on a working day): reminders go out then, not at midnight.
   */
  nextWorkingHour(instant: Date, startHour = 8, endHour = 16): Date {
    const local = DateTime.fromJSDate(instant).setZone(this.zone);
    const date = local.toISODate() as string;
    if (this.isWorkingDay(date) && local.hour >= startHour && local.hour < endHour) return instant;
    const day = this.isWorkingDay(date) && local.hour < startHour ? date : this.addWorkingDays(date, 1);
    return DateTime.fromISO(day, { zone: this.zone }).set({ hour: startHour }).toJSDate();
  }

  /** The first instant (00:00 local) of a local date. */
  startOfDay(date: string): Date {
    return new Date(this.dayStart(date));
  }
}
