import { canSeeFullNik, maskNik, type Principal } from '@posyandu-spm/core';
import { stateLabel } from './follow-up-outcomes.js';
import type { PersonSummary, PluginServices, PluginRequestContext } from '@posyandu-spm/plugin-api';
import { FollowUp } from './follow-up.entity.js';
import { Measurement } from './measurement.entity.js';
import type { OpenDaySession } from './open-day-session.entity.js';
import { STATIONS, type OpenDayVisit } from './open-day-visit.entity.js';
import type { BoardView, FollowUpView, PersonView, SessionView, VisitView } from './open-day.types.js';

type EntityManager = PluginRequestContext['em'];

export function sessionView(s: OpenDaySession): SessionView {
  return {
    id: s.id,
    posyanduId: s.posyanduId,
    areaCode: s.areaCode,
    heldOn: s.heldOn,
    status: s.status,
    openedAt: s.openedAt,
    closedAt: s.closedAt,
    followUpPlan: s.followUpPlan,
  };
}

/** The full NIK for the roles the core's policy gives it to (the Posyandu's kader), else masked. */
export function personView(p: PersonSummary | undefined, principal: Principal, s: OpenDaySession): PersonView | null {
  if (!p) return null;
  const full = canSeeFullNik(principal, {
    areaCode: s.areaCode,
    originUnitId: s.posyanduId,
    holderUnitId: s.posyanduId,
    holderChain: [s.posyanduId],
    heldByUnitIds: [s.posyanduId],
    confidentialReporter: false,
  });
  return { id: p.id, name: p.name, nik: p.nik && !full ? maskNik(p.nik) : p.nik, nikMasked: Boolean(p.nik && !full) };
}

/**
 * Views of many visits of one session in a fixed number of statements
 * (people, measurements, follow-ups, cases: one query each), whatever their number.
 */
export function visitViews(
  em: EntityManager,
  spm: PluginServices,
  principal: Principal,
  session: OpenDaySession,
  visits: readonly OpenDayVisit[],
): Promise<VisitView[]> {
  return visitViewsAcrossSessions(em, spm, principal, visits, () => session);
}

/**
 * Views of visits of several sessions (a person's history), still in a fixed number of statements;
 * `sessionOf` gives each visit's session, which decides whether its NIKs are shown in full.
 */
export async function visitViewsAcrossSessions(
  em: EntityManager,
  spm: PluginServices,
  principal: Principal,
  visits: readonly OpenDayVisit[],
  sessionOf: (v: OpenDayVisit) => OpenDaySession,
): Promise<VisitView[]> {
  if (!visits.length) return [];
  const ids = visits.map((v) => v.id);
  const [measurements, followUps] = await Promise.all([
    em.find(Measurement, { visit: { $in: ids } }),
    em.find(FollowUp, { visit: { $in: ids } }, { orderBy: { createdAt: 'asc', indicator: 'asc' } }),
  ]);
  const personIds = [...new Set(visits.flatMap((v) => [v.personId, ...(v.guardianId ? [v.guardianId] : [])]))];
  const [people, cases] = await Promise.all([
    spm.people(em, personIds),
    spm.caseSummaries(em, [...new Set(followUps.map((f) => f.caseId))]),
  ]);
  const personById = new Map(people.map((p) => [p.id, p]));
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const measurementOf = new Map(measurements.map((m) => [m.visit.id, m]));
  return visits.map((v) => {
    const m = measurementOf.get(v.id);
    const followUpViews: FollowUpView[] = followUps
      .filter((f) => f.visit.id === v.id)
      .map((f) => {
        const c = caseById.get(f.caseId);
        return {
          indicator: f.indicator,
          code: f.code,
          label: { id: f.labelId, en: f.labelEn },
          caseId: f.caseId,
          caseCode: c?.code ?? '',
          caseStatus: c?.status ?? '',
          caseStatusLabel: stateLabel(c?.status ?? ''),
          dueAt: c?.dueAt ?? new Date(0),
        };
      });
    const session = sessionOf(v);
    return {
      id: v.id,
      sessionId: session.id,
      queueNumber: v.queueNumber,
      person: personView(personById.get(v.personId), principal, session)!,
      guardian: v.guardianId ? personView(personById.get(v.guardianId), principal, session) : null,
      targetGroup: v.targetGroup,
      sex: v.sex,
      birthDate: v.birthDate,
      station: v.station,
      arrivedAt: v.arrivedAt,
      updatedAt: v.updatedAt,
      recordedInBook: v.recordedInBook,
      recordingNote: v.recordingNote,
      measurement: m
        ? {
            measuredOn: m.measuredOn,
            ageInDays: m.ageInDays,
            weightKg: m.weightKg,
            lengthCm: m.lengthCm,
            position: m.position,
            headCircumferenceCm: m.headCircumferenceCm,
            lilaCm: m.lilaCm,
            systolic: m.systolic,
            diastolic: m.diastolic,
            oedema: m.oedema,
            zScores: m.zScores,
            risks: m.risks,
            remeasure: m.remeasure,
            recordedAt: m.recordedAt,
          }
        : null,
      services: v.services,
      counsellingTopics: v.counsellingTopics ?? [],
      counsellingNote: v.counsellingNote,
      guardianConsentAt: v.guardianConsentAt,
      followUps: followUpViews,
    };
  });
}

export async function boardView(
  em: EntityManager,
  spm: PluginServices,
  principal: Principal,
  session: OpenDaySession,
  visits: readonly OpenDayVisit[],
): Promise<BoardView> {
  return {
    session: sessionView(session),
    stations: STATIONS.map((station) => ({ station, visitors: visits.filter((v) => v.station === station).length })),
    visits: await visitViews(em, spm, principal, session, visits),
  };
}
