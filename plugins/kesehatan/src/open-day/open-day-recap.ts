import { validationFailed, type Principal } from '@posyandu-spm/core';
import type { PluginServices, PluginRequestContext } from '@posyandu-spm/plugin-api';
import { TARGET_GROUPS } from '../target-groups.js';
import { FollowUp } from './follow-up.entity.js';
import { Measurement } from './measurement.entity.js';
import { followUpResults } from './follow-up-outcomes.js';
import { skdnOf } from './skdn.js';
import { assertCanReadRecap, canReadPersonal } from './open-day.access.js';
import { OpenDaySession } from './open-day-session.entity.js';
import { OpenDayVisit } from './open-day-visit.entity.js';
import type { RecapView, RiskCountView } from './open-day.types.js';
import { loadSession } from './open-day.service.js';

type EntityManager = PluginRequestContext['em'];

/**
 * The numbers a Posyandu reports for its open days (deck item 1c, "kader
 * merekap hasil kegiatan"): visitors by target group, children weighed,
 * children at risk by category, the follow-up cases opened and where they
 * stand, services and counselling given, and the follow-up plans (RTL).
 * Counts only — nobody is named, so the village government may read it too —
 * except `followUpOutcomes` (names and findings), given to `personal` readers only.
 */
export async function recapOf(
  em: EntityManager,
  spm: PluginServices,
  personal: boolean,
  posyanduId: string,
  period: string,
  sessions: readonly OpenDaySession[],
): Promise<RecapView> {
  const visits = sessions.length ? await em.find(OpenDayVisit, { session: { $in: sessions.map((s) => s.id) } }) : [];
  const ids = visits.map((v) => v.id);
  const [measurements, followUps] = ids.length
    ? await Promise.all([em.find(Measurement, { visit: { $in: ids } }), em.find(FollowUp, { visit: { $in: ids } })])
    : [[], []];
  const caseIds = [...new Set(followUps.map((f) => f.caseId))];
  const [cases, progress] = await Promise.all([spm.caseSummaries(em, caseIds), spm.caseProgress(em, caseIds)]);
  const followed = new Set(followUps.map((f) => f.visit.id));
  const people = personal
    ? await spm.people(
        em,
        visits.filter((v) => followed.has(v.id)).map((v) => v.personId),
      )
    : [];
  const results = followUpResults({ sessions, visits, followUps, cases, progress, people });
  const skdn = await skdnOf(em, posyanduId, period);
  const children = measurements.filter((m) => m.ageInDays !== null);
  const risks = new Map<string, RiskCountView>();
  for (const m of measurements) {
    for (const r of m.risks) {
      const key = `${r.indicator}:${r.code}`;
      const count = risks.get(key) ?? {
        indicator: r.indicator,
        code: r.code,
        label: r.label,
        child: r.child,
        people: 0,
      };
      count.people += 1;
      risks.set(key, count);
    }
  }
  return {
    posyanduId,
    period,
    sessions: sessions.length,
    visitors: visits.length,
    visitorsByTargetGroup: TARGET_GROUPS.map((g) => ({
      key: g.value,
      label: g.label,
      count: visits.filter((v) => v.targetGroup === g.value).length,
    })),
    childrenWeighed: children.filter((m) => m.weightKg !== null).length,
    childrenAtRisk: children.filter((m) => m.risks.some((r) => r.child)).length,
    risksByCategory: [...risks.values()].sort(
      (a, b) => a.indicator.localeCompare(b.indicator) || a.code.localeCompare(b.code),
    ),
    followUpsOpened: cases.length,
    followUpsOpen: cases.filter((c) => !c.closedAt).length,
    followUpsDone: cases.filter((c) => c.closedAt).length,
    homeVisits: results.homeVisits,
    followUpsVisited: results.followUpsVisited,
    followUpsByStatus: results.followUpsByStatus,
    followUpOutcomes: personal ? results.outcomes : null,
    skdn,
    immunized: visits.filter((v) => v.services?.immunizations.length).length,
    vitaminA: visits.filter((v) => v.services?.vitaminA).length,
    supplementaryFeeding: visits.filter((v) => v.services?.supplementaryFeeding).length,
    counselled: visits.filter((v) => v.counsellingTopics?.length).length,
    followUpPlans: sessions.flatMap((s) => (s.followUpPlan ? [`${s.heldOn}: ${s.followUpPlan}`] : [])),
  };
}

export async function sessionRecap(em: EntityManager, spm: PluginServices, principal: Principal, sessionId: string) {
  const s = await loadSession(em, sessionId);
  assertCanReadRecap(principal, s);
  return recapOf(em, spm, canReadPersonal(principal, s), s.posyanduId, s.heldOn, [s]);
}

/** `month` is `YYYY-MM`; the Posyandu's area is read from its sessions, or from the reader's memberships. */
export async function monthlyRecap(
  em: EntityManager,
  spm: PluginServices,
  principal: Principal,
  posyanduId: string,
  month: string,
) {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match || !/^[0-9a-f-]{36}$/i.test(posyanduId)) {
    throw validationFailed([{ field: 'month', message: { id: 'Bulan: YYYY-MM.', en: 'Month: YYYY-MM.' } }]);
  }
  const [year, m] = [Number(match[1]), Number(match[2])];
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  const sessions = await em.find(
    OpenDaySession,
    { posyanduId, heldOn: { $gte: `${month}-01`, $lt: next } },
    { orderBy: { heldOn: 'asc' } },
  );
  // With no session yet, the membership that names the Posyandu tells its area; otherwise nobody may read.
  const area = sessions[0]?.areaCode ?? principal.memberships.find((m) => m.orgUnitId === posyanduId)?.areaCode ?? '';
  assertCanReadRecap(principal, { posyanduId, areaCode: area });
  return recapOf(em, spm, canReadPersonal(principal, { posyanduId, areaCode: area }), posyanduId, month, sessions);
}
