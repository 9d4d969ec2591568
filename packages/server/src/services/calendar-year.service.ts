import type { EntityManager } from '@mikro-orm/postgresql';
import {
  decreeWarnings,
  forbidden,
  isAdmin,
  isFixedNationalHoliday,
  validationFailed,
  type DecreeWarning,
  type Principal,
} from '@posyandu-spm/core';
import { calendarYearSchema, parseInput } from '@posyandu-spm/core/intake';
import { DateTime } from 'luxon';
import type { Logger } from 'pino';
import { CalendarYear } from '../entities/calendar-year.entity.js';
import { Holiday } from '../entities/holiday.entity.js';
import { User } from '../entities/user.entity.js';
import { recomputeAtStartup } from './calendar-recompute.js';
import { recomputeDeadlines } from './holiday-admin.service.js';

/** The decree is national: "today" for its warnings is the date in Jakarta (WIB). */
const NATIONAL_ZONE = 'Asia/Jakarta';

async function decreedYears(em: EntityManager): Promise<number[]> {
  return (await em.find(CalendarYear, {}, { orderBy: { year: 'asc' } })).map((y) => y.year);
}

/** The year and its decree, checked by the schema the admin page shares (core/intake). */
const CALENDAR_YEAR = calendarYearSchema();

/**
 * An admin records that a year's SKB 3 Menteri is loaded, after entering its
 * national holidays and cuti bersama: its deadlines become final. Loading it again
 * corrects the legal basis. Open deadlines are recomputed, with an event on each
 * case whose due date moved or that stopped being provisional.
 */
export async function loadCalendarYear(
  em: EntityManager,
  principal: Principal,
  raw: { year: number; legalBasis: string },
  now: Date,
): Promise<CalendarYear> {
  if (!isAdmin(principal)) throw forbidden();
  const { legalBasis } = parseInput(CALENDAR_YEAR, raw);
  return em.transactional(async (tx) => {
    const entered = await tx.find(Holiday, {
      areaCode: null,
      kind: 'NATIONAL',
      date: { $gte: `${raw.year}-01-01`, $lte: `${raw.year}-12-31` },
    });
    // Every SKB sets moveable holidays (Idul Fitri, Nyepi, Waisak …): without them the year is not entered yet.
    if (!entered.some((h) => !isFixedNationalHoliday(h.date))) {
      throw validationFailed([
        {
          field: 'year',
          message: {
            id: `Belum ada hari libur nasional dari SKB ${raw.year} (selain yang bertanggal tetap). Masukkan dulu hari libur dan cuti bersamanya.`,
            en: `No national holiday of the ${raw.year} SKB is entered yet (besides the fixed-date ones). Enter its holidays and cuti bersama first.`,
          },
        },
      ]);
    }
    const before = await decreedYears(tx);
    const row =
      (await tx.findOne(CalendarYear, { year: raw.year })) ??
      tx.create(CalendarYear, { year: raw.year, legalBasis, loadedAt: now });
    tx.assign(row, {
      legalBasis,
      loadedAt: now,
      loadedBy: tx.getReference(User, principal.userId, { wrapped: true }),
    });
    await tx.flush();
    await recomputeDeadlines(tx, null, principal.userId, now, before);
    return row;
  });
}

/** Takes back a year marked loaded by mistake: its deadlines are provisional again (with an event). */
export async function unloadCalendarYear(
  em: EntityManager,
  principal: Principal,
  year: number,
  now: Date,
): Promise<boolean> {
  if (!isAdmin(principal)) throw forbidden();
  return em.transactional(async (tx) => {
    const row = await tx.findOne(CalendarYear, { year });
    if (!row) return false;
    const before = await decreedYears(tx);
    tx.remove(row);
    await tx.flush();
    await recomputeDeadlines(tx, null, principal.userId, now, before);
    return true;
  });
}

/** What the admin page and the start-up log say about missing decrees on `now`. */
export async function calendarWarnings(em: EntityManager, now: Date): Promise<DecreeWarning[]> {
  const today = DateTime.fromJSDate(now).setZone(NATIONAL_ZONE).toISODate() as string;
  return decreeWarnings(await decreedYears(em), today);
}

/**
 * Run once at start-up: when the calendar rules shipped in code changed since the last
 * recompute (a release that knows more days off), open deadlines are recomputed — in short
 * batches, with an event on each case that moves (services/calendar-recompute.ts); unchanged
 * rules cost one read. A missing decree is logged as a warning.
 */
export async function checkCalendarAtStartup(em: EntityManager, now: Date, log: Logger): Promise<DecreeWarning[]> {
  await recomputeAtStartup(em.fork(), now, log);
  const warnings = await calendarWarnings(em.fork(), now);
  for (const w of warnings) log.warn({ year: w.year, when: w.when }, w.message.en);
  return warnings;
}
