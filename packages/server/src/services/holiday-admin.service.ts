import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  countedYears,
  DomainError,
  forbidden,
  isAdmin,
  isFixedNationalHoliday,
  isWithinArea,
  validationFailed,
  type HolidayKind,
  type Principal,
  type WorkingCalendar,
} from '@posyandu-spm/core';
import { holidaySchema, parseInput } from '@posyandu-spm/core/intake';
import { Area } from '../entities/area.entity.js';
import { CalendarSetting } from '../entities/calendar-setting.entity.js';
import { Case } from '../entities/case.entity.js';
import { Holiday } from '../entities/holiday.entity.js';
import { CalendarService } from './calendar.service.js';
import { recordEvent } from './case-events.js';
import { touchCase } from './case-work.js';
import { isUuid } from './ids.js';

export interface HolidayInput {
  date: string;
  kind: HolidayKind;
  nameId: string;
  nameEn: string;
  legalBasis: string;
  areaCode?: string | null;
}

/** The areas an admin manages: the areas of the units where they hold the ADMIN role. */
function adminAreas(principal: Principal): string[] {
  return principal.memberships.filter((m) => m.role === 'ADMIN').map((m) => m.areaCode);
}

function assertAdminOf(principal: Principal, areaCode: string | null): void {
  if (!isAdmin(principal)) throw forbidden();
  if (areaCode && !adminAreas(principal).some((a) => isWithinArea(areaCode, a))) {
    throw forbidden({
      id: `Anda bukan admin wilayah ${areaCode}.`,
      en: `You are not an administrator of area ${areaCode}.`,
    });
  }
}

/**
 * Recomputes the deadline of every open, running case in `scope` (all areas
 * when null) after the calendar changed, writing a DEADLINE_RECOMPUTED event for
 * each case whose due time moved or that stopped (or started) being provisional.
 * `previousDecreedYears`: the years whose SKB was loaded before the change, when
 * the change loads or unloads one. Paused cases keep their remaining days.
 */
export async function recomputeDeadlines(
  em: EntityManager,
  scope: string | null,
  actorId: string | null,
  now: Date,
  previousDecreedYears?: readonly number[],
): Promise<number> {
  const where: FilterQuery<Case> = { closedAt: null, clockPausedAt: null };
  const cases = await em.find(
    Case,
    scope ? { ...where, $or: [{ area: scope }, { area: { code: { $like: `${scope}.%` } } }] } : where,
  );
  const calendars = new CalendarService(em);
  const decreedBefore = previousDecreedYears ? new Set(previousDecreedYears) : null;
  let changed = 0;
  for (const c of cases) {
    const change = deadlineChange(await calendars.forArea(c.area.code), c, decreedBefore);
    if (!change) continue;
    applyDeadlineChange(em, c, change, actorId, now);
    changed += 1;
  }
  return changed;
}

/** What a recompute changes on one case (null: nothing — same due time, same provisional state). */
export interface DeadlineChange {
  before: Date;
  dueAt: Date;
  moved: boolean;
  wasProvisional: boolean;
  provisionalYears: number[];
}

/**
 * The deadline rule of a recompute, for one open running case: its due time under `calendar`,
 * and whether that, or its provisional state, differs from what the case carries. Reads only the
 * clock columns, so a batch can decide on plain rows before it loads (and locks) the cases that
 * change (services/calendar-recompute.ts).
 */
export function deadlineChange(
  calendar: WorkingCalendar,
  c: { clockStartDate: string; clockDays: number; dueAt: Date },
  decreedBefore: ReadonlySet<number> | null,
): DeadlineChange | null {
  const dueDate = calendar.addWorkingDays(c.clockStartDate, c.clockDays);
  const dueAt = calendar.endOfDay(dueDate);
  const provisionalYears = calendar.undecreedYears(c.clockStartDate, dueDate);
  const before = c.dueAt;
  const previousDueDate = calendar.localDate(before);
  const wasProvisional = decreedBefore
    ? countedYears(c.clockStartDate, previousDueDate).some((year) => !decreedBefore.has(year))
    : calendar.undecreedYears(c.clockStartDate, previousDueDate).length > 0;
  const moved = dueAt.getTime() !== before.getTime();
  if (!moved && wasProvisional === provisionalYears.length > 0) return null;
  return { before, dueAt, moved, wasProvisional, provisionalYears };
}

/** Writes a change on its case, with the DEADLINE_RECOMPUTED event (flushed by the caller). */
export function applyDeadlineChange(
  em: EntityManager,
  c: Case,
  change: DeadlineChange,
  actorId: string | null,
  now: Date,
): void {
  const { before, dueAt, moved, wasProvisional, provisionalYears } = change;
  if (moved) {
    c.dueAt = dueAt;
    c.deadlineNotice = 'NONE';
  }
  touchCase(c, now);
  recordEvent(em, c, {
    type: 'DEADLINE_RECOMPUTED',
    actorId,
    holderId: c.holder.id,
    payload: {
      previousDueAt: before.toISOString(),
      dueAt: dueAt.toISOString(),
      previousProvisional: wasProvisional,
      provisional: provisionalYears.length > 0,
      provisionalYears,
    },
    at: now,
  });
}

/** A holiday an admin adds, checked by the schema the admin page shares (core/intake). */
const HOLIDAY = holidaySchema();

export async function addHoliday(
  em: EntityManager,
  principal: Principal,
  raw: HolidayInput,
  now: Date,
): Promise<Holiday> {
  const input: HolidayInput = parseInput(HOLIDAY, raw);
  assertAdminOf(principal, input.areaCode ?? null);
  return em.transactional(async (tx) => {
    if (input.areaCode && !(await tx.count(Area, { code: input.areaCode }))) {
      throw validationFailed([{ field: 'areaCode', message: { id: 'Wilayah tidak ditemukan.', en: 'Unknown area.' } }]);
    }
    const existing = await tx.findOne(Holiday, {
      date: input.date,
      kind: input.kind,
      areaCode: input.areaCode ?? null,
    });
    const holiday = existing ?? tx.create(Holiday, { ...input, areaCode: input.areaCode ?? null });
    tx.assign(holiday, { nameId: input.nameId, nameEn: input.nameEn, legalBasis: input.legalBasis });
    await tx.flush();
    await recomputeDeadlines(tx, input.areaCode ?? null, principal.userId, now);
    return holiday;
  });
}

/** The id under which the `holidays` query lists a fixed-date national holiday that has no row. */
export const fixedHolidayId = (date: string): string => `fixed-${date}`;

function fixedHolidayKept(date: string): DomainError {
  return new DomainError('FIXED_HOLIDAY', {
    id: `${date} adalah hari libur nasional bertanggal tetap (Keppres 8/2024): libur setiap tahun dan tidak dapat dihapus.`,
    en: `${date} is a fixed-date national holiday (Keppres 8/2024): a day off every year that cannot be removed.`,
  });
}

export async function removeHoliday(em: EntityManager, principal: Principal, id: string, now: Date): Promise<boolean> {
  const fixedDate = /^fixed-(\d{4}-\d{2}-\d{2})$/.exec(id)?.[1];
  if (fixedDate && isFixedNationalHoliday(fixedDate)) {
    assertAdminOf(principal, null);
    throw fixedHolidayKept(fixedDate);
  }
  if (!isUuid(id)) return false;
  return em.transactional(async (tx) => {
    const holiday = await tx.findOne(Holiday, { id });
    if (!holiday) return false;
    assertAdminOf(principal, holiday.areaCode);
    // Removing the row would change nothing: the core keeps the day off anyway.
    if (holiday.kind === 'NATIONAL' && holiday.areaCode === null && isFixedNationalHoliday(holiday.date)) {
      throw fixedHolidayKept(holiday.date);
    }
    tx.remove(holiday);
    await tx.flush();
    await recomputeDeadlines(tx, holiday.areaCode, principal.userId, now);
    return true;
  });
}

/** Whether cuti bersama is a day off in a kabupaten (default yes); recomputes its open deadlines. */
export async function setCutiBersamaPolicy(
  em: EntityManager,
  principal: Principal,
  kabupatenCode: string,
  dayOff: boolean,
  now: Date,
): Promise<boolean> {
  if (!/^\d{2}\.\d{2}$/.test(kabupatenCode)) {
    throw validationFailed([
      { field: 'kabupatenCode', message: { id: 'Kode kabupaten/kota tidak valid.', en: 'Not a kabupaten/kota code.' } },
    ]);
  }
  assertAdminOf(principal, kabupatenCode);
  return em.transactional(async (tx) => {
    const setting =
      (await tx.findOne(CalendarSetting, { kabupatenCode })) ?? tx.create(CalendarSetting, { kabupatenCode });
    setting.cutiBersamaIsDayOff = dayOff;
    await tx.flush();
    await recomputeDeadlines(tx, kabupatenCode, principal.userId, now);
    return dayOff;
  });
}
