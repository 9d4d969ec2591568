import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReferenceCache } from '../cache/reference-cache.js';
import { WorkingCalendar, areaCodeAt, isWithinArea, timeZoneOfArea, type HolidayKind } from '@posyandu-spm/core';

interface CalendarData {
  holidays: Array<{ date: string; kind: HolidayKind; areaCode: string | null }>;
  settings: Map<string, boolean>;
  decreedYears: number[];
}

interface CalendarRow {
  holidays: Array<[string, HolidayKind, string | null]>;
  years: number[];
  settings: Record<string, boolean>;
}

/** The holiday table, the loaded years and the cuti bersama choices in one statement (lists count them). */
const CALENDAR_SQL = `select
  (select coalesce(json_agg(json_build_array("date", "kind", "area_code") order by "date"), '[]') from "holiday") as holidays,
  (select coalesce(json_agg("year" order by "year"), '[]') from "calendar_year") as years,
  (select coalesce(json_object_agg("kabupaten_code", "cuti_bersama_is_day_off"), '{}') from "calendar_setting") as settings`;

/**
 * The calendars built from one reading of the tables. The instance's cache hands every request
 * the same reading until the tables change, so its calendars — which keep their answers
 * (WorkingCalendar) — serve every request too, not only one.
 */
const calendarsOf = new WeakMap<CalendarData, Map<string, WorkingCalendar>>();

/**
 * Builds the working-day calendar of an area from the holiday table, the years
 * whose SKB 3 Menteri is loaded and the kabupaten's cuti bersama setting (the
 * fixed-date national holidays the core knows by itself). One instance per
 * request (or job): it reads the tables once, then answers every case of the
 * request from memory. Inside a transaction it sees that transaction's changes.
 */
export class CalendarService {
  private data?: Promise<CalendarData>;
  /** The tables once read: calendars are then handed out without waiting (forAreaNow). */
  private loaded?: CalendarData;

  /**
   * @param shared the instance's reference cache: the tables are then read once per instance until
   *   they change, not once per request. Only a request's own service gets it; a service made inside
   *   a transaction that changes the calendar reads the tables as that transaction sees them.
   */
  constructor(
    private readonly em: EntityManager,
    private readonly shared?: ReferenceCache,
  ) {}

  private load(): Promise<CalendarData> {
    this.data ??= (
      this.shared && !this.em.isInTransaction() ? this.shared.get('calendar', () => this.read()) : this.read()
    ).then((data) => (this.loaded = data));
    return this.data;
  }

  private read(): Promise<CalendarData> {
    return (async () => {
      const row = (await this.em
        .getConnection()
        .execute(CALENDAR_SQL, [], 'get', this.em.getTransactionContext())) as CalendarRow;
      return {
        holidays: row.holidays.map(([date, kind, areaCode]) => ({ date, kind, areaCode })),
        settings: new Map(Object.entries(row.settings)),
        decreedYears: row.years,
      };
    })();
  }

  /**
   * Reads the tables now (from the instance's cache when kept), so that `forAreaNow` answers at
   * once afterwards: a list page asks it for every case in one pass, before any read could finish.
   */
  async ready(): Promise<void> {
    await this.load();
  }

  /** The years whose SKB 3 Menteri is loaded, in order. */
  async decreedYears(): Promise<number[]> {
    return (await this.load()).decreedYears;
  }

  /** The calendar of a desa (or any area below a kabupaten). */
  async forArea(areaCode: string): Promise<WorkingCalendar> {
    return this.calendarOf(await this.load(), areaCode);
  }

  /** The calendar of an area, at once once this service has read the tables (the rest of a list page). */
  forAreaNow(areaCode: string): WorkingCalendar | Promise<WorkingCalendar> {
    return this.loaded ? this.calendarOf(this.loaded, areaCode) : this.forArea(areaCode);
  }

  private calendarOf(data: CalendarData, areaCode: string): WorkingCalendar {
    let calendars = calendarsOf.get(data);
    if (!calendars) calendarsOf.set(data, (calendars = new Map()));
    const cached = calendars.get(areaCode);
    if (cached) return cached;
    const { holidays, settings, decreedYears } = data;
    const kabupaten = areaCode.includes('.') ? areaCodeAt(areaCode, 'KABUPATEN') : areaCode;
    const calendar = new WorkingCalendar({
      zone: timeZoneOfArea(areaCode),
      cutiBersamaIsDayOff: settings.get(kabupaten) ?? true,
      daysOff: holidays
        .filter((h) => h.areaCode === null || isWithinArea(areaCode, h.areaCode))
        .map((h) => ({ date: h.date, kind: h.kind })),
      decreedYears,
    });
    calendars.set(areaCode, calendar);
    return calendar;
  }
}
