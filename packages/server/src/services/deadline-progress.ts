import type { EntityManager } from '@mikro-orm/postgresql';
import { escalationSchedule, FALLBACK_ESCALATION_CHAIN, type EscalationSchedule } from '@posyandu-spm/core';
import { CalendarService } from './calendar.service.js';
import { kabupatenOf, loadEscalationChains } from './escalation-chain.js';
import { startClock, type StartedClock } from './registration/registration-clock.js';

export type DeadlineNotice = 'NONE' | 'DUE_SOON' | 'OVERDUE';

/**
 * The instant the deadline sweep must look at a running case again (null: its chain is done), given
 * the notices it has had. The sweep stores this in `spm_case.next_check_at` after each look; the
 * data-set generator stores the same (test/bench/dataset.ts), so a generated case is exactly where
 * the sweep would have left it.
 */
export function nextDeadlineCheck(
  schedule: EscalationSchedule,
  levels: number,
  state: { escalationLevel: number; deadlineNotice: DeadlineNotice },
  now: Date,
): Date | null {
  if (state.escalationLevel >= levels) return null;
  if (state.escalationLevel === 0 && state.deadlineNotice === 'NONE' && schedule.dueSoonAt > now) {
    return schedule.dueSoonAt;
  }
  return schedule.levelAt[state.escalationLevel] ?? null;
}

export interface DeadlineProgress {
  deadlineNotice: DeadlineNotice;
  /** Levels of the escalation chain told by `now`. */
  escalationLevel: number;
  /** The instant of each notice given (due soon, then each level), for the case's timeline. */
  notices: Array<{ type: 'DEADLINE_DUE_SOON' | 'DEADLINE_OVERDUE' | 'ESCALATED'; at: Date; level?: number }>;
  nextCheckAt: Date | null;
}

export interface DeadlinePlanner {
  /** The clock registration starts for a case of `areaCode` registered at `registeredAt` (its due instant). */
  startClock(areaCode: string, registeredAt: Date): Promise<StartedClock>;
  /**
   * Where a running case (neither closed nor paused) of `areaCode` due at `dueAt` stands at `now`
   * when the sweep has run on time: the notices it has had (the due-soon notice once its instant
   * has passed, then every level reached) and its next check ({@link nextDeadlineCheck}).
   */
  progress(areaCode: string, dueAt: Date, now: Date): Promise<DeadlineProgress>;
}

/**
 * The server's own deadline rules for cases written without it (the bench's data-set generator):
 * registration's clock and the sweep's schedule, on the area's working calendar and the
 * kabupaten's escalation chain, both read once. A generated case is then exactly where the
 * application would have put it: the start-up recompute finds nothing to move, and the first
 * sweep has only the cases whose next instant has come since.
 */
export async function deadlinePlanner(em: EntityManager): Promise<DeadlinePlanner> {
  const calendars = new CalendarService(em);
  const chains = await loadEscalationChains(em);
  const progress = async (areaCode: string, dueAt: Date, now: Date): Promise<DeadlineProgress> => {
    const calendar = await calendars.forArea(areaCode);
    const chain = chains.get(kabupatenOf(areaCode)) ?? FALLBACK_ESCALATION_CHAIN;
    const schedule = escalationSchedule(calendar, dueAt, chain);
    const notices: DeadlineProgress['notices'] = [];
    const reached = schedule.levelAt.filter((at) => at <= now).length;
    const firstLevelAt = schedule.levelAt[0] ?? new Date(dueAt.getTime() + 1);
    let deadlineNotice: DeadlineNotice = 'NONE';
    if (now >= schedule.dueSoonAt && schedule.dueSoonAt < firstLevelAt) {
      deadlineNotice = 'DUE_SOON';
      notices.push({ type: 'DEADLINE_DUE_SOON', at: schedule.dueSoonAt });
    }
    schedule.levelAt.slice(0, reached).forEach((at, i) => {
      if (i === 0) notices.push({ type: 'DEADLINE_OVERDUE', at });
      notices.push({ type: 'ESCALATED', at, level: i + 1 });
    });
    if (reached > 0) deadlineNotice = 'OVERDUE';
    const state = { escalationLevel: reached, deadlineNotice };
    return { ...state, notices, nextCheckAt: nextDeadlineCheck(schedule, chain.levels.length, state, now) };
  };
  return {
    startClock: async (areaCode, registeredAt) => startClock(await calendars.forArea(areaCode), registeredAt),
    progress,
  };
}
