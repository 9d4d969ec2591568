import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import type { PluginRegistry, ResolvedServiceType, ServiceTypeDefinition } from '@posyandu-spm/core';
import { Case, type CaseWarning } from '../entities/case.entity.js';
import { recordEvent } from './case-events.js';
import { touchCase } from './case-work.js';

type WarningRule = NonNullable<ServiceTypeDefinition['priorCaseWarning']>;

/** The PRIOR_CASE warning of a rule, naming the earlier cases by code. */
function priorCaseWarning(rule: WarningRule, codes: readonly string[]): CaseWarning {
  const list = codes.join(', ');
  return { code: 'PRIOR_CASE', message: { id: `${rule.message.id} (${list})`, en: `${rule.message.en} (${list})` } };
}

/**
 * At registration: earlier cases of this sector for the same NIK or family card
 * that ended with the outcome the service type warns about (e.g. housing aid
 * already received).
 */
export async function priorCaseWarnings(
  em: EntityManager,
  sectorId: string,
  type: ResolvedServiceType,
  applicant: { nik: string | null; kk: string | null },
): Promise<CaseWarning[]> {
  const rule = type.priorCaseWarning;
  if (!rule || (!applicant.nik && !applicant.kk)) return [];
  const samePerson: FilterQuery<Case>[] = [];
  if (applicant.nik) samePerson.push({ applicant: { nik: applicant.nik } });
  if (applicant.kk) samePerson.push({ applicant: { familyCards: { kkNumber: applicant.kk } } });
  const prior = await em.find(
    Case,
    {
      sectorId,
      outcome: rule.outcome,
      ...(rule.serviceTypes ? { serviceTypeId: { $in: [...rule.serviceTypes] } } : {}),
      $or: samePerson,
    },
    { orderBy: { closedAt: 'desc' }, limit: 5 },
  );
  return prior.length
    ? [
        priorCaseWarning(
          rule,
          prior.map((c) => c.code),
        ),
      ]
    : [];
}

/**
 * When a case closes with an outcome some service type warns about (e.g. housing
 * aid received), the open cases of the same person or family card in that sector
 * get the PRIOR_CASE warning too — registration could not know it yet (a husband
 * and wife each asking while the other's request was open). Each warned case
 * gets a WARNING_ADDED event in the closing transaction.
 */
export async function warnOpenCasesOfFamily(
  em: EntityManager,
  registry: PluginRegistry,
  closed: Case,
  now: Date,
): Promise<number> {
  if (!closed.outcome) return 0;
  const types = registry
    .sector(closed.sectorId)
    .serviceTypes.filter(
      (t) =>
        t.priorCaseWarning?.outcome === closed.outcome &&
        (!t.priorCaseWarning.serviceTypes || t.priorCaseWarning.serviceTypes.includes(closed.serviceTypeId)),
    );
  if (!types.length) return 0;
  const applicant = await closed.applicant.loadOrFail({ populate: ['familyCards'] });
  const cards = applicant.familyCards.getItems().map((f) => f.kkNumber);
  const sameFamily: FilterQuery<Case>[] = [{ applicant: applicant.id }];
  if (cards.length) sameFamily.push({ applicant: { familyCards: { kkNumber: { $in: cards } } } });
  const open = await em.find(
    Case,
    {
      sectorId: closed.sectorId,
      closedAt: null,
      id: { $ne: closed.id },
      serviceTypeId: { $in: types.map((t) => t.id) },
      $or: sameFamily,
    },
    { populate: ['holder'] },
  );
  let warned = 0;
  for (const c of open) {
    const rule = registry.serviceType(c.sectorId, c.serviceTypeId).priorCaseWarning;
    if (!rule || c.warnings.some((w) => w.code === 'PRIOR_CASE' && w.message.en.includes(closed.code))) continue;
    c.warnings = [...c.warnings, priorCaseWarning(rule, [closed.code])];
    touchCase(c, now);
    recordEvent(em, c, {
      type: 'WARNING_ADDED',
      actorId: null,
      holderId: c.holder.id,
      payload: { code: 'PRIOR_CASE', relatedCaseCode: closed.code },
      at: now,
    });
    warned += 1;
  }
  return warned;
}
