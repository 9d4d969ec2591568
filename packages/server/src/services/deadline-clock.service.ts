import type { EntityManager } from '@mikro-orm/postgresql';
import {
  escalationSchedule,
  FALLBACK_ESCALATION_CHAIN,
  type EscalationChain,
  type PluginRegistry,
  type WorkingCalendar,
} from '@posyandu-spm/core';
import { Case } from '../entities/case.entity.js';
import { CalendarService } from './calendar.service.js';
import { recordEvent } from './case-events.js';
import { kabupatenOf, loadEscalationChains } from './escalation-chain.js';
import { escalateToLevel } from './escalation-notices.js';
import { nextDeadlineCheck } from './deadline-progress.js';
import { notifyUnit } from './notify-unit.js';

const BATCH = 200;
/** The one advisory lock of the sweep: while one instance holds it, the others' ticks return at once. */
export const DEADLINE_SWEEP_LOCK = 'posyandu-spm:deadline-sweep';

export interface ClockTick {
  dueSoon: number;
  overdue: number;
  /** Escalation notices beyond the first level (the coordinator, the Sekda, …). */
  escalated: number;
}

/**
 * The deadline sweep (DESIGN §7, issue 14 and 18). Each open, running case carries `next_check_at`,
 * the instant its next notice is due (a trigger sets it to -infinity when its due instant, holder,
 * pause or closing changes). A tick reads only the rows whose instant has come, through a partial
 * index, and for each:
 * - at the start of the `dueSoonWorkingDays`th last working day tells the holder (DEADLINE_DUE_SOON);
 * - just after the due instant tells the holder (DEADLINE_OVERDUE) and level 1 of the kabupaten's
 *   escalation chain, then each next level when the previous level's window of working days ends;
 *   a level that reaches nobody passes the case on at once (never a silent drop);
 * - stores the instant of the case's next notice (null when the chain is done).
 *
 * It runs on one instance at a time (a transaction-scoped PostgreSQL advisory lock: a second
 * instance's tick finds it taken and returns) and is idempotent: a row's notices and its new
 * `next_check_at` commit together, and rows are claimed FOR UPDATE SKIP LOCKED.
 */
export async function runDeadlineClock(rootEm: EntityManager, registry: PluginRegistry, now: Date): Promise<ClockTick> {
  const tick: ClockTick = { dueSoon: 0, overdue: 0, escalated: 0 };
  for (;;) {
    const claimed = await rootEm.fork().transactional(async (em) => {
      const connection = em.getConnection();
      const context = em.getTransactionContext();
      const [lock] = await connection.execute<Array<{ locked: boolean }>>(
        'select pg_try_advisory_xact_lock(hashtext(?)) as locked',
        [DEADLINE_SWEEP_LOCK],
        'all',
        context,
      );
      if (!lock?.locked) return 0;
      const rows = await connection.execute<Array<{ id: string }>>(
        `select id from spm_case where next_check_at <= ? order by next_check_at limit ? for update skip locked`,
        [now, BATCH],
        'all',
        context,
      );
      if (!rows.length) return 0;
      const cases = await em.find(Case, { id: { $in: rows.map((r) => r.id) } }, { populate: ['holder'] });
      const chains = await loadEscalationChains(em, [...new Set(cases.map((c) => kabupatenOf(c.area.code)))]);
      const calendars = new CalendarService(em);
      const next: Array<[string, Date | null]> = [];
      for (const c of cases) {
        const calendar = await calendars.forArea(c.area.code);
        const chain = chains.get(kabupatenOf(c.area.code)) ?? FALLBACK_ESCALATION_CHAIN;
        next.push([c.id, await checkCase(em, registry, c, calendar, chain, now, tick)]);
      }
      await connection.execute(
        `update spm_case s set next_check_at = x.at from unnest(?::uuid[], ?::timestamptz[]) as x(id, at) where s.id = x.id`,
        [
          `{${next.map(([id]) => id).join(',')}}`,
          `{${next.map(([, at]) => (at ? `"${at.toISOString()}"` : 'NULL')).join(',')}}`,
        ],
        'run',
        context,
      );
      return rows.length;
    });
    if (claimed < BATCH) return tick;
  }
}

/** Announces what has come due for one case; returns the instant of its next notice (null: none). */
async function checkCase(
  em: EntityManager,
  registry: PluginRegistry,
  c: Case,
  calendar: WorkingCalendar,
  chain: EscalationChain,
  now: Date,
  tick: ClockTick,
): Promise<Date | null> {
  if (c.closedAt || c.clockPausedAt) return null;
  const schedule = escalationSchedule(calendar, c.dueAt, chain);
  const holder = c.holder.getEntity();
  const deliverAfter = calendar.nextWorkingHour(now);
  const dueDate = calendar.localDate(c.dueAt);
  const firstLevelAt = schedule.levelAt[0] ?? new Date(c.dueAt.getTime() + 1);

  if (c.deadlineNotice === 'NONE' && now >= schedule.dueSoonAt && now < firstLevelAt) {
    c.deadlineNotice = 'DUE_SOON';
    const event = recordEvent(em, c, {
      type: 'DEADLINE_DUE_SOON',
      actorId: null,
      holderId: holder.id,
      payload: { dueAt: c.dueAt.toISOString() },
      at: now,
    });
    const lastDay = dueDate === calendar.localDate(now);
    await notifyUnit(
      em,
      holder.id,
      c,
      event,
      'DEADLINE_DUE_SOON',
      lastDay
        ? {
            id: `Hari ini hari kerja terakhir untuk kasus ${c.code}.`,
            en: `Today is the last working day for case ${c.code}.`,
          }
        : {
            id: `Kasus ${c.code} jatuh tempo pada ${dueDate}; segera selesaikan.`,
            en: `Case ${c.code} is due on ${dueDate}; please settle it soon.`,
          },
      now,
      deliverAfter,
    );
    tick.dueSoon += 1;
  }

  let passOn = false;
  while (c.escalationLevel < chain.levels.length) {
    const index = c.escalationLevel;
    const at = schedule.levelAt[index] as Date;
    if (!passOn && now < at) break;
    if (index === 0) {
      c.deadlineNotice = 'OVERDUE';
      const event = recordEvent(em, c, {
        type: 'DEADLINE_OVERDUE',
        actorId: null,
        holderId: holder.id,
        payload: { dueAt: c.dueAt.toISOString() },
        at: now,
      });
      const message = {
        id: `Kasus ${c.code} melewati batas ${c.workingDays} hari kerja (${holder.name}).`,
        en: `Case ${c.code} is past its ${c.workingDays}-working-day deadline (${holder.name}).`,
      };
      await notifyUnit(em, holder.id, c, event, 'DEADLINE_OVERDUE', message, now, deliverAfter);
      tick.overdue += 1;
    } else tick.escalated += 1;
    const level = chain.levels[index] as (typeof chain.levels)[number];
    passOn = !(await escalateToLevel(em, registry, c, holder, level, index + 1, { now, deliverAfter, dueDate }));
  }

  return nextDeadlineCheck(schedule, chain.levels.length, c, now);
}
