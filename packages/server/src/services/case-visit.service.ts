import { DomainError, canRecordVisit, forbidden } from '@posyandu-spm/core';
import { parseInput, visitSchema } from '@posyandu-spm/core/intake';
import type { Case } from '../entities/case.entity.js';
import { Visit } from '../entities/visit.entity.js';
import type { VisitRecommendation } from '../enums.js';
import { recordEvent } from './case-events.js';
import { loadCaseForWork, touchCase } from './case-work.js';
import type { ServiceDeps } from './service-deps.js';
import { accountableUserId, eventActor } from './principal.js';

export interface RecordVisitInput {
  kind: 'HOME' | 'FIELD';
  visitedAt: Date;
  participants: string;
  findings: string;
  recommendation: VisitRecommendation;
}

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
    const { participants, findings, visitedAt } = parseInput(
      visitSchema({ now: deps.now, registeredAt: c.registeredAt }),
      input,
    );
    const visit = em.create(Visit, {
      case: c,
      kind: input.kind,
      visitedAt,
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
      payload: { kind: input.kind, visitedAt: visitedAt.toISOString(), recommendation: input.recommendation },
      at: deps.now,
    });
    return c;
  });
}
