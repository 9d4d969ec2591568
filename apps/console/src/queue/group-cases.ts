import type { DeadlineState } from '../gql/graphql';

export type QueueGroup = 'escalated' | 'act' | 'documents' | 'waiting';
/** Overdue escalations first: a case the Posyandu let run past 5 working days is now the village's to chase. */
export const QUEUE_GROUPS: QueueGroup[] = ['escalated', 'act', 'documents', 'waiting'];

export interface GroupableCase {
  id: string;
  deadline: { state: DeadlineState; dueAt: string };
  missingDocuments: readonly unknown[];
  availableActions: readonly { id: string; enabled: boolean }[];
  state: { terminal: boolean };
  /** Set when one of my units holds the case or was escalated to it as overdue. */
  inbox?: { reason: 'HELD' | 'ESCALATED' } | null;
}

/** The core's "not my competence" return is always open to a holder; it is no reason to list a case as work. */
const ROUTINE_ACTIONS = new Set(['return-not-competent']);

const urgency: Record<DeadlineState, number> = {
  OVERDUE: 0,
  DUE_SOON: 1,
  ON_TRACK: 2,
  PAUSED: 3,
  MISSED: 4,
  MET: 5,
};

/** The most urgent deadline state first, then the earliest due: how the queue and the inbox order a group. */
export function byUrgency(
  a: { deadline: { state: DeadlineState; dueAt: string } },
  b: { deadline: { state: DeadlineState; dueAt: string } },
): number {
  return urgency[a.deadline.state] - urgency[b.deadline.state] || a.deadline.dueAt.localeCompare(b.deadline.dueAt);
}

/** Escalations to me first, then documents: until they are in, the work is collecting them, whatever else could be done. */
export function groupOf(c: GroupableCase): QueueGroup {
  if (c.inbox?.reason === 'ESCALATED') return 'escalated';
  if (c.missingDocuments.length > 0) return 'documents';
  if (c.availableActions.some((a) => a.enabled && !ROUTINE_ACTIONS.has(a.id))) return 'act';
  return 'waiting';
}

/** Groups open cases by what needs doing; within a group the most urgent deadline comes first. */
export function groupCases<T extends GroupableCase>(cases: readonly T[]): Record<QueueGroup, T[]> {
  const groups: Record<QueueGroup, T[]> = { escalated: [], act: [], documents: [], waiting: [] };
  for (const c of cases) if (!c.state.terminal) groups[groupOf(c)].push(c);
  for (const list of Object.values(groups)) {
    list.sort(byUrgency);
  }
  return groups;
}
