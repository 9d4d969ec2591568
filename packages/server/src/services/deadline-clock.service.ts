import type { EntityManager } from '@mikro-orm/postgresql';
import { deadlineAt } from '@posyandu-spm/core';
import { Case } from '../entities/case.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { CalendarService } from './calendar.service.js';
import { recordEvent } from './case-events.js';
import { notifyUnit } from './notify-unit.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const BATCH = 200;

export interface ClockTick {
  dueSoon: number;
  overdue: number;
}

/**
 * The deadline clock (DESIGN §7). Finds open, running cases that became due soon
 * (the start of their last working day, in the area's time zone) or overdue
 * (past the end of it), and announces each transition exactly once: the rows are
 * claimed with FOR UPDATE SKIP LOCKED and marked in the same transaction that
 * writes the event, so any number of instances may run it at the same time.
 * An overdue case escalates to its holder's parent unit.
 */
export async function runDeadlineClock(rootEm: EntityManager, now: Date): Promise<ClockTick> {
  const tick: ClockTick = { dueSoon: 0, overdue: 0 };
  for (;;) {
    const done = await rootEm.fork().transactional(async (em) => {
      const rows = await em.getConnection().execute<Array<{ id: string }>>(
        `select id from spm_case
         where closed_at is null and clock_paused_at is null and deadline_notice <> 'OVERDUE'
           and due_at < ? and (deadline_notice = 'NONE' or due_at < ?)
         order by due_at
         limit ? for update skip locked`,
        [new Date(now.getTime() + DAY_MS), now, BATCH],
        'all',
        em.getTransactionContext(),
      );
      if (!rows.length) return 0;
      const cases = await em.find(Case, { id: { $in: rows.map((r) => r.id) } }, { populate: ['holder'] });
      const calendars = new CalendarService(em);
      let changed = 0;
      for (const c of cases) {
        const calendar = await calendars.forArea(c.area.code);
        const inWorkingHours = calendar.nextWorkingHour(now);
        const view = deadlineAt(
          calendar,
          { dueAt: c.dueAt, pausedAt: null, remainingWorkingDays: null, closedAt: null },
          now,
        );
        const holder = c.holder.getEntity();
        if (view.state === 'OVERDUE') {
          c.deadlineNotice = 'OVERDUE';
          const parentId = holder.parent?.id ?? null;
          if (parentId) c.escalatedTo = em.getReference(OrgUnit, parentId, { wrapped: true });
          const event = recordEvent(em, c, {
            type: 'DEADLINE_OVERDUE',
            actorId: null,
            holderId: holder.id,
            payload: { dueAt: c.dueAt.toISOString(), escalatedToId: parentId },
            at: now,
          });
          const message = {
            id: `Kasus ${c.code} melewati batas 5 hari kerja (${holder.name}).`,
            en: `Case ${c.code} is past its 5-working-day deadline (${holder.name}).`,
          };
          await notifyUnit(em, holder.id, c, event, 'DEADLINE_OVERDUE', message, now, inWorkingHours);
          if (parentId) await notifyUnit(em, parentId, c, event, 'ESCALATED', message, now, inWorkingHours);
          tick.overdue += 1;
          changed += 1;
        } else if (view.state === 'DUE_SOON' && c.deadlineNotice === 'NONE') {
          c.deadlineNotice = 'DUE_SOON';
          const event = recordEvent(em, c, {
            type: 'DEADLINE_DUE_SOON',
            actorId: null,
            holderId: holder.id,
            payload: { dueAt: c.dueAt.toISOString() },
            at: now,
          });
          await notifyUnit(
            em,
            holder.id,
            c,
            event,
            'DEADLINE_DUE_SOON',
            {
              id: `Hari ini hari kerja terakhir untuk kasus ${c.code}.`,
              en: `Today is the last working day for case ${c.code}.`,
            },
            now,
            inWorkingHours,
          );
          tick.dueSoon += 1;
          changed += 1;
        }
      }
      return changed === 0 ? 0 : rows.length;
    });
    if (done < BATCH) return tick;
  }
}
