import { randomInt, randomUUID } from 'node:crypto';
import type { EntityData, EntityManager } from '@mikro-orm/postgresql';
import { spmTargetOf, type Principal, type ResolvedServiceType, type SpmPlugin } from '@posyandu-spm/core';
import type { RegistrationValues } from '@posyandu-spm/core/intake';
import { columnsOf, WriteStatement } from '../../db/write-statement.js';
import { Case, type CaseWarning } from '../../entities/case.entity.js';
import { citizenMessageOf } from '../../notify/citizen-messages.js';
import { mutationAuditFor } from '../../security/audit-mutations.js';
import { eventActor } from '../principal.js';
import { newTrackingCode } from '../tracking-code.js';
import { RegistrationParties } from './registration-parties.js';
import type { StartedClock } from './registration-clock.js';

/** Everything decided before the case is written. */
export interface CasePlan {
  plugin: SpmPlugin;
  type: ResolvedServiceType;
  form: RegistrationValues;
  /** The intake unit: where the case is registered and who holds it first. */
  unitId: string;
  /** The intake unit's area: the case's area. */
  areaCode: string;
  clock: StartedClock;
  warnings: CaseWarning[];
  idempotency: { key: string; fingerprint: string } | null;
  /** The citizen's consent to messages (checked: only with a phone). */
  messageConsent: { channel: 'WHATSAPP' | 'SMS'; language: 'id' | 'en' } | null;
  principal: Principal;
  registeredBy: string;
  now: Date;
}

/**
 * Reads the people a registration names by NIK, then writes the new case in ONE SQL statement (db/write-statement.ts): the applicant and beneficiaries
 * (new people, changes to returning ones, new family card numbers), the case, its beneficiaries,
 * the documents handed in, the intake unit's first holding, the REGISTERED event (which wakes the
 * live feed: a trigger NOTIFYs at commit), the citizen's receipt when they consented to messages
 * (notify/citizen-messages.ts), and the mutation's audit row. A statement is its own transaction,
 * so all of it commits or none; inside a caller's transaction (a plugin registering a case) it
 * joins that one, and the audit row is left to that transaction's commit hook. The tracking code
 * is not looked up first: the unique index decides (the caller retries a collision).
 *
 * Returns the case as a managed entity of `em`, made from the values written (as a read would make
 * it, without the read): field resolvers load its holder, documents and the rest through `em` as
 * for any case.
 */
export async function persistCase(em: EntityManager, plan: CasePlan): Promise<Case> {
  const { plugin, type, form, unitId, clock, now } = plan;
  const caseId = randomUUID();
  const code = newTrackingCode();
  const spm = spmTargetOf(type.spm, form.facts);
  // API 1.4: a complaint with neither identity nor contact waits in the plugin's "perlu keputusan"
  // state, its clock paused from the start, until an officer decides to process it or set it aside.
  const heldForDecision =
    plugin.workflow.anonymousIntakeState !== undefined && plan.warnings.some((w) => w.code === 'MAY_BE_DISREGARDED');
  const status = heldForDecision
    ? (plugin.workflow.anonymousIntakeState ?? plugin.workflow.initialState)
    : plugin.workflow.initialState;
  const statement = new WriteStatement();

  // The one read: the people the registration names, by NIK.
  const parties = await RegistrationParties.read(em, form, now);
  const applicantId = parties.take(form.applicant);
  const beneficiaries = form.beneficiaries.map((b) => ({
    id: randomUUID(),
    case_id: caseId,
    person_id: parties.take({ ...b, phone: null, address: null }),
    relation: b.relation,
  }));
  parties.writeInto(statement);

  // The case, by its entity's property names: the same object is its row (columnsOf) and, once
  // written, the managed entity — no read back. What the database would default is spelled out.
  const caseData: EntityData<Case> & { id: string } = {
    id: caseId,
    code,
    sectorId: plugin.id,
    serviceTypeId: type.id,
    status,
    area: plan.areaCode,
    dusun: form.dusun,
    rw: form.rw,
    rt: form.rt,
    description: form.description,
    facts: form.facts,
    warnings: plan.warnings,
    applicant: applicantId,
    contactPhone: form.applicant.phone,
    messageChannel: plan.messageConsent?.channel ?? null,
    messageLanguage: plan.messageConsent?.language ?? null,
    messageConsentAt: plan.messageConsent ? now : null,
    // Without a phone there are no last 4 digits to track with: the receipt prints these instead.
    trackingPin: form.applicant.phone ? null : String(randomInt(0, 10_000)).padStart(4, '0'),
    confidentialReporter: Boolean(plugin.confidentialReporter),
    reporterAccess: [],
    originUnit: unitId,
    holder: unitId,
    heldByUnitIds: [unitId],
    registeredBy: plan.registeredBy,
    registeredAt: now,
    idempotencyKey: plan.idempotency?.key ?? null,
    idempotencyFingerprint: plan.idempotency?.fingerprint ?? null,
    workingDays: clock.workingDays,
    clockStartDate: clock.clockStartDate,
    clockDays: clock.clockDays,
    dueAt: clock.dueAt,
    clockPausedAt: heldForDecision ? now : null,
    remainingWorkingDays: heldForDecision ? clock.clockDays : null,
    closedAt: null,
    outcome: null,
    declineReason: null,
    settlementKind: null,
    closedOnTime: null,
    deadlineNotice: 'NONE',
    escalationLevel: 0,
    escalatedTo: null,
    spmService: spm?.service ?? null,
    penerima: spm?.penerima ?? null,
    registeredOn: clock.clockStartDate,
    workingDaysTaken: null,
    settledBy: null,
    updatedAt: now,
    version: 1,
  };
  statement.insert('new_case', 'spm_case', [columnsOf(em, Case, caseData)]);
  statement.insert('beneficiary', 'case_beneficiary', beneficiaries);
  statement.insert(
    'document',
    'case_document',
    form.documents.map((d) => ({
      id: randomUUID(),
      case_id: caseId,
      code: d.code,
      status: 'RECEIVED',
      file_count: d.fileNames.length,
      file_names: JSON.stringify(d.fileNames),
      note: d.note,
      updated_by_id: plan.registeredBy,
      updated_at: now,
    })),
  );
  statement.insert('holding', 'case_holding', [
    { id: randomUUID(), case_id: caseId, org_unit_id: unitId, status_before: status, since: now },
  ]);

  // The REGISTERED event: on the timeline, to live subscribers, and to the holder's inbox.
  const actor = eventActor(plan.principal);
  const event = { type: 'REGISTERED' as const, fromStatus: null, toStatus: status, occurredAt: now };
  const payload = {
    serviceType: type.id,
    dueAt: clock.dueAt.toISOString(),
    documents: form.documents.map((d) => d.code),
    ...(heldForDecision ? { clock: 'paused', remainingWorkingDays: clock.clockDays } : {}),
  };
  statement.insert(
    'event',
    'case_event',
    [
      {
        case_id: caseId,
        type: event.type,
        to_status: status,
        holder_id: unitId,
        actor_id: actor.actorId,
        api_key_id: actor.apiKeyId,
        payload: JSON.stringify(payload),
        occurred_at: now,
      },
    ],
    'id',
  );

  const receipt = citizenMessageOf(
    em,
    {
      code,
      sectorId: plugin.id,
      serviceTypeId: type.id,
      messageChannel: plan.messageConsent?.channel ?? null,
      messageLanguage: plan.messageConsent?.language ?? null,
      contactPhone: form.applicant.phone,
    },
    event,
  );
  statement.insert(
    'receipt',
    'outbox_message',
    receipt
      ? [
          {
            id: randomUUID(),
            channel: receipt.channel,
            recipient: receipt.recipient,
            subject: receipt.subject,
            body: receipt.body,
            case_id: caseId,
            event_id: { sql: '(select id from event)' },
            kind: receipt.kind,
            template: JSON.stringify(receipt.template),
            deliver_after: receipt.deliverAfter,
            attempts: 0,
            created_at: now,
          },
        ]
      : [],
  );

  // Its own transaction: the mutation's audit row commits with it (in a caller's, its commit hook writes it).
  const audit = em.isInTransaction() ? null : mutationAuditFor(caseId);
  statement.insert('audit', 'audit_log', audit ? [audit.row] : []);

  await statement.run(em, 'select 1');
  audit?.written();
  return em.getEntityFactory().create(Case, caseData, { merge: true, newEntity: false, initialized: true });
}
