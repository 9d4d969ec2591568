import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { spmTargetOf, type ResolvedServiceType, type SpmPlugin } from '@posyandu-spm/core';
import type { RegistrationValues } from '@posyandu-spm/core/intake';
import { CaseBeneficiary } from '../../entities/case-beneficiary.entity.js';
import { CaseDocument } from '../../entities/case-document.entity.js';
import { CaseHolding } from '../../entities/case-holding.entity.js';
import { Case, type CaseWarning } from '../../entities/case.entity.js';
import type { OrgUnit } from '../../entities/org-unit.entity.js';
import { peopleByNik, upsertPerson } from '../person-register.js';
import { newTrackingCode } from '../tracking-code.js';
import type { StartedClock } from './registration-clock.js';

/** Everything decided before the case is written. */
export interface CasePlan {
  plugin: SpmPlugin;
  type: ResolvedServiceType;
  form: RegistrationValues;
  /** The intake unit: where the case is registered and who holds it first (a reference is enough). */
  unit: OrgUnit;
  /** The intake unit's area: the case's area. */
  areaCode: string;
  clock: StartedClock;
  warnings: CaseWarning[];
  idempotency: { key: string; fingerprint: string } | null;
  /** The citizen's consent to messages (checked: only with a phone). */
  messageConsent: { channel: 'WHATSAPP' | 'SMS'; language: 'id' | 'en' } | null;
  registeredBy: string;
  now: Date;
}

/**
 * Writes the case with its parties (the applicant and beneficiaries, found by NIK
 * or created), the documents handed in and the intake unit's first holding, in
 * the caller's transaction.
 */
export async function persistCase(tx: EntityManager, plan: CasePlan): Promise<Case> {
  const { plugin, type, form, unit, clock, now } = plan;
  const spm = spmTargetOf(type.spm, form.facts);
  // API 1.4: a complaint with neither identity nor contact waits in the plugin's "perlu keputusan"
  // state, its clock paused from the start, until an officer decides to process it or set it aside.
  const heldForDecision =
    plugin.workflow.anonymousIntakeState !== undefined && plan.warnings.some((w) => w.code === 'MAY_BE_DISREGARDED');
  // Every party in one read; the caller retries the rare tracking-code collision (unique index).
  const known = await peopleByNik(tx, [form.applicant.nik, ...form.beneficiaries.map((b) => b.nik)]);
  const person = await upsertPerson(tx, form.applicant, now, known);
  const c = tx.create(Case, {
    code: newTrackingCode(),
    sectorId: plugin.id,
    serviceTypeId: type.id,
    status: heldForDecision
      ? (plugin.workflow.anonymousIntakeState ?? plugin.workflow.initialState)
      : plugin.workflow.initialState,
    area: plan.areaCode,
    dusun: form.dusun,
    rw: form.rw,
    rt: form.rt,
    description: form.description,
    facts: form.facts,
    warnings: plan.warnings,
    applicant: person,
    contactPhone: form.applicant.phone,
    messageChannel: plan.messageConsent?.channel ?? null,
    messageLanguage: plan.messageConsent?.language ?? null,
    messageConsentAt: plan.messageConsent ? now : null,
    // Without a phone there are no last 4 digits to track with: the receipt prints these instead.
    trackingPin: form.applicant.phone ? null : String(randomInt(0, 10_000)).padStart(4, '0'),
    confidentialReporter: Boolean(plugin.confidentialReporter),
    originUnit: unit,
    holder: unit,
    heldByUnitIds: [unit.id],
    registeredBy: plan.registeredBy,
    registeredAt: now,
    idempotencyKey: plan.idempotency?.key ?? null,
    idempotencyFingerprint: plan.idempotency?.fingerprint ?? null,
    ...clock,
    spmService: spm?.service ?? null,
    penerima: spm?.penerima ?? null,
    registeredOn: clock.clockStartDate,
    ...(heldForDecision ? { clockPausedAt: now, remainingWorkingDays: clock.clockDays } : {}),
    updatedAt: now,
  });
  for (const b of form.beneficiaries) {
    const p = await upsertPerson(tx, { ...b, phone: null, address: null }, now, known);
    tx.persist(tx.create(CaseBeneficiary, { case: c, person: p, relation: b.relation }));
  }
  for (const d of form.documents) {
    tx.persist(
      tx.create(CaseDocument, {
        case: c,
        code: d.code,
        status: 'RECEIVED',
        fileCount: d.fileNames.length,
        fileNames: d.fileNames,
        note: d.note,
        updatedBy: plan.registeredBy,
        updatedAt: now,
      }),
    );
  }
  tx.persist(
    tx.create(CaseHolding, { case: c, orgUnit: unit, statusBefore: c.status, receivedFrom: null, since: now }),
  );
  return c;
}
