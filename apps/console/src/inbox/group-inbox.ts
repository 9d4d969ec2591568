import type { DeadlineState, InboxReason } from '../gql/graphql';
import { byUrgency } from '../queue/group-cases';

export type InboxGroup = 'overdue' | 'new' | 'inProgress';
/** Overdue first (the 5 working days are gone), then what nobody of the unit has touched, then the rest. */
export const INBOX_GROUPS: InboxGroup[] = ['overdue', 'new', 'inProgress'];

export interface InboxCase {
  id: string;
  sector: { id: string };
  deadline: { state: DeadlineState; dueAt: string };
  state: { terminal: boolean };
  inbox: { reason: InboxReason; since: string; actedOn: boolean } | null;
}

export interface InboxFilter {
  sectorId: string | null;
  overdueOnly: boolean;
}

export function groupOfInbox(c: InboxCase): InboxGroup {
  if (c.deadline.state === 'OVERDUE') return 'overdue';
  return c.inbox?.actedOn ? 'inProgress' : 'new';
}

/** Whether a case belongs in the inbox as filtered: held by or escalated to my unit, open, and matching. */
export function inInbox(c: InboxCase, filter: InboxFilter): boolean {
  if (!c.inbox || c.state.terminal) return false;
  if (filter.sectorId && c.sector.id !== filter.sectorId) return false;
  if (filter.overdueOnly && c.deadline.state !== 'OVERDUE') return false;
  return true;
}

/** Groups the inbox; within a group the most urgent deadline first, then the longest waiting. */
export function groupInbox<T extends InboxCase>(cases: readonly T[]): Record<InboxGroup, T[]> {
  const groups: Record<InboxGroup, T[]> = { overdue: [], new: [], inProgress: [] };
  for (const c of cases) if (c.inbox && !c.state.terminal) groups[groupOfInbox(c)].push(c);
  for (const list of Object.values(groups)) {
    list.sort((a, b) => byUrgency(a, b) || (a.inbox?.since ?? '').localeCompare(b.inbox?.since ?? ''));
  }
  return groups;
}
