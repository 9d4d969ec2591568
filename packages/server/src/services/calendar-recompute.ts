import { createHash } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { FIXED_NATIONAL_HOLIDAYS, timeZoneOfArea } from '@posyandu-spm/core';
import type { Logger } from 'pino';
import { Case } from '../entities/case.entity.js';
import { NATIONAL_HOLIDAYS, SHIPPED_DECREES } from '../seed/national-holidays.data.js';
import { CalendarService } from './calendar.service.js';
import { applyDeadlineChange, deadlineChange } from './holiday-admin.service.js';

/**
 * Bump when the way a deadline is counted changes in code without a change of the data hashed
 * below: WorkingCalendar's counting (weekends, cuti bersama, end of day, provisional years), the
 * cuti bersama default of CalendarService, or the deadline rule in holiday-admin.service.ts.
 * The next start then recomputes every open deadline once (in batches).
 */
export const CALENDAR_RULES_VERSION = 1;

/**
 * What the open deadlines depend on that ships in code: the rules' version, the fixed-date
 * national holidays the core knows, the shipped SKB days off and years (their migration loads them
 * into `holiday` and `calendar_year`) and the time zone of every province. The tables an admin
 * changes are not in it: every admin change recomputes its own scope in its own transaction.
 */
export function calendarRulesFingerprint(): string {
  const provinces = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, '0'));
  const rules = {
    version: CALENDAR_RULES_VERSION,
    fixed: FIXED_NATIONAL_HOLIDAYS.map((h) => [h.month, h.day, h.since ?? null]),
    national: NATIONAL_HOLIDAYS.map((h) => [h.date, h.kind]),
    decrees: SHIPPED_DECREES.map((d) => d.year),
    zones: provinces.map((p) => timeZoneOfArea(p)),
  };
  return createHash('sha256').update(JSON.stringify(rules)).digest('hex');
}

export interface RecomputeOptions {
  /** The rules to bring the open deadlines to (default: those of this release). */
  fingerprint?: string;
  /** Open running cases read per transaction. */
  batchSize?: number;
  /** Called after each committed batch (tests interrupt the recompute here). */
  afterBatch?: (batch: { moved: number; doneThrough: string | null }) => void | Promise<void>;
}

export interface RecomputeResult {
  /** Batches this call committed (0: the deadlines already followed these rules). */
  batches: number;
  /** Cases this call moved (or made final or provisional), each with its event. */
  moved: number;
}

interface StateRow {
  fingerprint: string | null;
  target: string | null;
  done_through: string | null;
}

interface ClockRow {
  id: string;
  area_code: string;
  clock_start_date: string;
  clock_days: number;
  due_at: Date;
}

const DEFAULT_BATCH = 2000;

/**
 * Brings every open running deadline to the calendar rules of this release, once per change of
 * those rules (issue 18). Unchanged rules cost one read of `calendar_recompute`. Otherwise the
 * cases are walked by id in short transactions of `batchSize`: each locks the progress row (so
 * instances starting together take turns and never do a batch twice), reads only the clock
 * columns, decides with the one deadline rule (`deadlineChange`), loads and locks only the cases
 * that change, writes them with their DEADLINE_RECOMPUTED event and moves `done_through` on. A
 * crash leaves the committed batches done: the next start resumes after `done_through`.
 */
export async function recomputeForShippedRules(
  em: EntityManager,
  now: Date,
  options: RecomputeOptions = {},
): Promise<RecomputeResult> {
  const fingerprint = options.fingerprint ?? calendarRulesFingerprint();
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const conn = em.getConnection();
  const [current] = await conn.execute<StateRow[]>(`select fingerprint from calendar_recompute where id = 1`);
  if (current?.fingerprint === fingerprint) return { batches: 0, moved: 0 };
  await conn.execute(`insert into calendar_recompute (id) values (1) on conflict do nothing`);
  const result: RecomputeResult = { batches: 0, moved: 0 };
  for (;;) {
    const step = await em.fork().transactional(async (tx) => {
      const trx = tx.getTransactionContext();
      const txConn = tx.getConnection();
      const [state] = await txConn.execute<StateRow[]>(
        `select fingerprint, target, done_through from calendar_recompute where id = 1 for update`,
        [],
        'all',
        trx,
      );
      // Another instance finished while this one waited for the row.
      if (!state || state.fingerprint === fingerprint) return null;
      const after = state.target === fingerprint ? state.done_through : null;
      const rows = await txConn.execute<ClockRow[]>(
        `select id, area_code, clock_start_date::text as clock_start_date, clock_days, due_at from spm_case
          where closed_at is null and clock_paused_at is null${after ? ' and id > ?' : ''}
          order by id limit ?`,
        after ? [after, batchSize] : [batchSize],
        'all',
        trx,
      );
      const calendars = new CalendarService(tx);
      const changing: string[] = [];
      for (const r of rows) {
        const calendar = await calendars.forArea(r.area_code);
        const clock = { clockStartDate: r.clock_start_date, clockDays: r.clock_days, dueAt: new Date(r.due_at) };
        if (deadlineChange(calendar, clock, null)) changing.push(r.id);
      }
      let moved = 0;
      if (changing.length) {
        // Decided again on the locked case: a request may have changed it since the read above.
        const cases = await tx.find(
          Case,
          { id: { $in: changing }, closedAt: null, clockPausedAt: null },
          { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
        );
        for (const c of cases) {
          const change = deadlineChange(await calendars.forArea(c.area.code), c, null);
          if (!change) continue;
          applyDeadlineChange(tx, c, change, null, now);
          moved += 1;
        }
        await tx.flush();
      }
      const doneThrough = rows.length === batchSize ? (rows.at(-1)?.id ?? null) : null;
      if (doneThrough) {
        await txConn.execute(
          `update calendar_recompute set target = ?, done_through = ?, updated_at = ? where id = 1`,
          [fingerprint, doneThrough, now],
          'run',
          trx,
        );
      } else {
        await txConn.execute(
          `update calendar_recompute set fingerprint = ?, target = null, done_through = null, updated_at = ? where id = 1`,
          [fingerprint, now],
          'run',
          trx,
        );
      }
      return { moved, doneThrough };
    });
    if (!step) return result;
    result.batches += 1;
    result.moved += step.moved;
    await options.afterBatch?.(step);
    if (!step.doneThrough) return result;
  }
}

/** The start-up call: recompute when the rules changed, and say so in the log. */
export async function recomputeAtStartup(em: EntityManager, now: Date, log: Logger): Promise<RecomputeResult> {
  const started = Date.now();
  const result = await recomputeForShippedRules(em, now, {
    afterBatch: ({ doneThrough }) => {
      if (doneThrough) log.debug({ doneThrough }, 'calendar: recompute batch committed');
    },
  });
  if (result.batches) {
    log.info(
      { cases: result.moved, batches: result.batches, ms: Date.now() - started },
      'calendar: open deadlines recomputed at start-up (calendar rules changed)',
    );
  }
  return result;
}
