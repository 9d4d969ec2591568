import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkingCalendar, areaCodeAt, isWithinArea, timeZoneOfArea } from '@posyandu-spm/core';
import { CalendarSetting } from '../entities/calendar-setting.entity.js';
import { Holiday } from '../entities/holiday.entity.js';

/**
 * Builds the working-day calendar of an area from the holiday table and the
 * kabupaten's cuti bersama setting. One instance per request (or job): it reads
 * the tables once, then answers every case of the request from memory.
 */
export class CalendarService {
  private data?: Promise<{ holidays: Holiday[]; settings: Map<string, boolean> }>;
  private readonly calendars = new Map<string, WorkingCalendar>();

  constructor(private readonly em: EntityManager) {}

  private load(): Promise<{ holidays: Holiday[]; settings: Map<string, boolean> }> {
    this.data ??= (async () => {
      const holidays = await this.em.find(Holiday, {}, { orderBy: { date: 'asc' } });
      const settings = await this.em.find(CalendarSetting, {});
      return {
        holidays,
        settings: new Map(settings.map((s) => [s.kabupatenCode, s.cutiBersamaIsDayOff])),
      };
    })();
    return this.data;
  }

  /** The calendar of a desa (or any area below a kabupaten). */
  async forArea(areaCode: string): Promise<WorkingCalendar> {
    const cached = this.calendars.get(areaCode);
    if (cached) return cached;
    const { holidays, settings } = await this.load();
    const kabupaten = areaCode.includes('.') ? areaCodeAt(areaCode, 'KABUPATEN') : areaCode;
    const calendar = new WorkingCalendar({
      zone: timeZoneOfArea(areaCode),
      cutiBersamaIsDayOff: settings.get(kabupaten) ?? true,
      daysOff: holidays
        .filter((h) => h.areaCode === null || isWithinArea(areaCode, h.areaCode))
        .map((h) => ({ date: h.date, kind: h.kind })),
    });
    this.calendars.set(areaCode, calendar);
    return calendar;
  }
}
