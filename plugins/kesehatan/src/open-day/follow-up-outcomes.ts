import type { CaseProgress, CaseSummary, PersonSummary } from '@posyandu-spm/plugin-api';
import { kesehatanWorkflow } from '../kesehatan.workflow.js';
import type { FollowUp } from './follow-up.entity.js';
import type { OpenDaySession } from './open-day-session.entity.js';
import type { OpenDayVisit } from './open-day-visit.entity.js';
import type { CountView, FollowUpOutcomeView } from './open-day.types.js';

/**
 * What happened to the follow-ups of some open days (issue 7, "the home-visit results feed the
 * recap"): how many home visits the kader and the Pustu made, where each case stands, and — for
 * the personal-data readers only — one line per at-risk visitor with the visits' findings and
 * how the case was closed.
 */
export interface FollowUpResults {
  /** HOME visits recorded on the follow-up cases. */
  homeVisits: number;
  /** Follow-up cases with at least one home visit. */
  followUpsVisited: number;
  /** Every state of the monitoring path a follow-up case is in, zeros left out. */
  followUpsByStatus: CountView[];
  outcomes: FollowUpOutcomeView[];
}

/** A monitoring case's state as people read it (the plugin's own workflow). */
export const stateLabel = (status: string) =>
  kesehatanWorkflow.states.find((s) => s.id === status)?.label ?? { id: status, en: status };

export function followUpResults(input: {
  sessions: readonly OpenDaySession[];
  visits: readonly OpenDayVisit[];
  followUps: readonly FollowUp[];
  cases: readonly CaseSummary[];
  progress: readonly CaseProgress[];
  people: readonly PersonSummary[];
}): FollowUpResults {
  const progressOf = new Map(input.progress.map((p) => [p.caseId, p]));
  const homeVisitsOf = (caseId: string) => progressOf.get(caseId)?.visits.filter((v) => v.kind === 'HOME') ?? [];
  const byStatus = new Map<string, number>();
  for (const c of input.cases) byStatus.set(c.status, (byStatus.get(c.status) ?? 0) + 1);
  const heldOn = new Map(input.sessions.map((s) => [s.id, s.heldOn]));
  const nameOf = new Map(input.people.map((p) => [p.id, p.name]));
  const visitOf = new Map(input.visits.map((v) => [v.id, v]));

  const outcomes: FollowUpOutcomeView[] = input.cases.map((c) => {
    const risks = input.followUps.filter((f) => f.caseId === c.id);
    const visit = visitOf.get(risks[0]!.visit.id)!;
    const visits = progressOf.get(c.id)?.visits ?? [];
    const last = visits.at(-1);
    return {
      caseId: c.id,
      caseCode: c.code,
      openDay: heldOn.get(visit.session.id) ?? '',
      personName: nameOf.get(visit.personId) ?? null,
      targetGroup: visit.targetGroup,
      risks: risks.map((f) => ({ id: f.labelId, en: f.labelEn })),
      status: c.status,
      statusLabel: stateLabel(c.status),
      closed: c.closedAt !== null,
      outcome: c.outcome,
      homeVisits: homeVisitsOf(c.id).length,
      lastVisitAt: last?.visitedAt ?? null,
      lastFindings: last?.findings ?? null,
      lastRecommendation: last?.recommendation ?? null,
      closingNote: progressOf.get(c.id)?.closingNote ?? null,
    };
  });
  outcomes.sort((a, b) => a.openDay.localeCompare(b.openDay) || a.caseCode.localeCompare(b.caseCode));

  return {
    homeVisits: input.cases.reduce((n, c) => n + homeVisitsOf(c.id).length, 0),
    followUpsVisited: input.cases.filter((c) => homeVisitsOf(c.id).length > 0).length,
    followUpsByStatus: kesehatanWorkflow.states
      .filter((s) => byStatus.has(s.id))
      .map((s) => ({ key: s.id, label: s.label, count: byStatus.get(s.id)! })),
    outcomes,
  };
}
