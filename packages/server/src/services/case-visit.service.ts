import { DomainError, canRecordVisit, forbidden, validationFailed } from '@posyandu-spm/core';
import type { Case } from '../entities/case.entity.js';
import { Visit } from '../entities/visit.entity.js';
import type { VisitRecommendation } from '../enums.js';
import { recordEvent } from './case-events.js';
import { loadCaseForWork, touchCase } from './case-work.js';
import { InputChecker } from './input-checks.js';
import type { ServiceDeps } from './service-deps.js';
import { accountableUserId, eventActor } from './principal.js';

export interface RecordVisitInput {
  kind: 'HOME' | 'FIELD';
  visitedAt: Date;
  participants: string;
  findings: string;
  recommendation: VisitRecommendation;
}

/** Allowed clock skew between a phone and the server when checking "not in the future". */
const CLOCK_SKEW_MS = 10 * 60_000;

/** Records a home or field visit, in a state of the workflow that allows visits. */
export async function recordVisit(
  deps: ServiceDeps,
  caseId: string,
  input: RecordVisitInput,
  expectedVersion: number | null,
): Promise<Case> {
  return deps.em.transactional(async (em) => {
    const loaded = await loadCaseForWork(em, deps.registry, deps.principal, caseId, expectedVersion);
    const { c } = loaded;
    const state = deps.registry.state(c.sectorId, c.status);
    if (c.closedAt || !state.allowsVisits) {
      throw new DomainError('WRONG_STATE', {
        id: `Kunjungan tidak dapat dicatat saat kasus berstatus ${state.label.id}.`,
        en: `A visit cannot be recorded while the case is ${state.label.en}.`,
      });
    }
    if (!canRecordVisit(deps.principal, loaded.facts)) {
      throw forbidden({
        id: 'Hanya petugas unit yang memegang kasus (atau yang diberi hak oleh jenis layanannya) yang dapat mencatat kunjungan.',
        en: 'Only staff of the unit holding the case (or those its service type allows) can record visits.',
      });
    }
    const check = new InputChecker();
    const participants =
      check.text(
        input.participants,
        'participants',
        { id: 'Peserta kunjungan', en: 'Participants' },
        { required: true, max: 500 },
      ) ?? '';
    const findings =
      check.text(
        input.findings,
        'findings',
        { id: 'Hasil kunjungan', en: 'Findings' },
        { required: true, max: 4000, min: 10 },
      ) ?? '';
    if (Number.isNaN(input.visitedAt.getTime())) {
      check.add('visitedAt', 'Waktu kunjungan tidak valid.', 'The visit time is not valid.');
    } else if (input.visitedAt.getTime() > deps.now.getTime() + CLOCK_SKEW_MS) {
      check.add('visitedAt', 'Waktu kunjungan tidak boleh di masa depan.', 'The visit cannot be in the future.');
    } else if (input.visitedAt.getTime() < c.registeredAt.getTime() - CLOCK_SKEW_MS) {
      check.add(
        'visitedAt',
        'Waktu kunjungan sebelum kasus didaftarkan.',
        'The visit is before the case was registered.',
      );
    }
    if (check.problems.length) throw validationFailed(check.problems);
    const visit = em.create(Visit, {
      case: c,
      kind: input.kind,
      visitedAt: input.visitedAt,
      participants,
      findings,
      recommendation: input.recommendation,
      recordedBy: accountableUserId(deps.principal),
      recordedAt: deps.now,
    });
    c.visits.add(visit);
    touchCase(c, deps.now);
    recordEvent(em, c, {
      type: 'VISIT_RECORDED',
      ...eventActor(deps.principal),
      holderId: c.holder.id,
      payload: { kind: input.kind, visitedAt: input.visitedAt.toISOString(), recommendation: input.recommendation },
      at: deps.now,
    });
    return c;
  });
}
