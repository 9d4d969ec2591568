import { randomInt, randomUUID } from 'node:crypto';
import type { EntityData, EntityManager } from '@mikro-orm/postgresql';
import { spmTargetOf, type Principal, type ResolvedServiceType, type SpmPlugin } from '@posyandu-spm/core';
import type { RegistrationValues } from '@posyandu-spm/core/intake';
import { EntityRows, SqlPiece, type EntityValues } from '../../db/entity-rows.js';
import { WriteStatement } from '../../db/write-statement.js';
import { CaseBeneficiary } from '../../entities/case-beneficiary.entity.js';
import { CaseDocument } from '../../entities/case-document.entity.js';
import { CaseEvent } from '../../entities/case-event.entity.js';
import { CaseHolding } from '../../entities/case-holding.entity.js';
import { Case, type CaseWarning } from '../../entities/case.entity.js';
import { OutboxMessage } from '../../entities/outbox-message.entity.js';
import { citizenMessageOf } from '../../notify/citizen-messages.js';
import { mutationAuditFor } from '../../security/audit-mutations.js';
import { eventActor } from '../principal.js';
import { newTrackingCode } from '../tracking-code.js';
import { RegisteredCase } from './registered-case.js';
import { RegistrationParties } from './registration-parties.js';
import type { StartedClock } from './registration-clock.js';

/**
 * How the written case is answered: a managed entity of the request's EntityManager (field
 * resolvers load its holder, documents and the rest through it), or only its own columns as plain
 * values when the client asks nothing else (registered-case.ts).
 */
export type CaseAnswer = 'entity' | 'plain';

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
 * Writes the new case in ONE SQL statement (db/write-statement.ts), with no read before it: the
 * applicant and beneficiaries (found by NIK or new, changes to returning ones, new family card
 * numbers: registration-parties.ts), the case, its beneficiaries,
 * the documents handed in, the intake unit's first holding, the REGISTERED event (which wakes the
 * live feed: a trigger NOTIFYs at commit), the citizen's receipt when they consented to messages
 * (notify/citizen-messages.ts), and the mutation's audit row. A statement is its own transaction,
 * so all of it commits or none; inside a caller's transaction (a plugin registering a case) it
 * joins that one, and the audit row is left to that transaction's commit hook. The tracking code
 * is not looked up first: the unique index decides (the caller retries a collision).
 *
 * Returns the case as a managed entity of `em`, made from the values written (as a read would make
 * it, without the read): field resolvers load its holder, documents and the rest through `em` as
 * for any case. With `answer: 'plain'`, only its own columns, without making the entity.
 */
export async function persistCase(em: EntityManager, plan: CasePlan, answer: 'entity'): Promise<Case>;
export async function persistCase(
  em: EntityManager,
  plan: CasePlan,
  answer: CaseAnswer,
): Promise<Case | RegisteredCase>;
export async function persistCase(
  em: EntityManager,
  plan: CasePlan,
  answer: CaseAnswer,
): Promise<Case | RegisteredCase> {
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
  const statement = new WriteStatement(em);

  // The people it names, found by NIK or new: the statement's first step, no read before it.
  const parties = new RegistrationParties(now);
  const applicant = parties.take(form.applicant);
  const named = form.beneficiaries.map((b) => ({ b, person: parties.take({ ...b, phone: null, address: null }) }));
  parties.writeInto(em, statement);
  const applicantId = parties.idOf(applicant);
  const beneficiaries = named.map(({ b, person }) => ({
    id: randomUUID(),
    case: caseId,
    person: parties.idOf(person),
    relation: b.relation,
  }));

  // What registration decides about the case; every other property takes the entity's default
  // (db/entity-rows.ts). The same values are its row and, once written, the managed entity.
  const decided: EntityValues<Case> & { id: string; applicant: SqlPiece } = {
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
    spmService: spm?.service ?? null,
    penerima: spm?.penerima ?? null,
    registeredOn: clock.clockStartDate,
    updatedAt: now,
  };
  statement.insert('new_case', Case, [decided]);
  statement.insert('beneficiary', CaseBeneficiary, beneficiaries);
  statement.insert(
    'document',
    CaseDocument,
    form.documents.map((d) => ({
      id: randomUUID(),
      case: caseId,
      code: d.code,
      fileCount: d.fileNames.length,
      fileNames: d.fileNames,
      note: d.note,
      updatedBy: plan.registeredBy,
      updatedAt: now,
    })),
  );
  statement.insert('holding', CaseHolding, [
    { id: randomUUID(), case: caseId, orgUnit: unitId, statusBefore: status, since: now },
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
    CaseEvent,
    [
      {
        case: caseId,
        type: event.type,
        toStatus: status,
        holder: unitId,
        actor: actor.actorId,
        apiKey: actor.apiKeyId,
        payload,
        occurredAt: now,
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
    OutboxMessage,
    receipt
      ? [
          {
            id: randomUUID(),
            channel: receipt.channel,
            recipient: receipt.recipient,
            subject: receipt.subject,
            body: receipt.body,
            case: caseId,
            event: new SqlPiece('(select id from event)'),
            kind: receipt.kind,
            template: receipt.template,
            deliverAfter: receipt.deliverAfter,
            createdAt: now,
          },
        ]
      : [],
  );

  // Its own transaction: the mutation's audit row commits with it (in a caller's, its commit hook writes it).
  const audit = em.isInTransaction() ? null : mutationAuditFor(caseId);
  statement.insertRows('audit', 'audit_log', audit ? [audit.row] : []);

  const [row] = await statement.run<{ applicant_id: string }>(`select ${applicantId.sql} as applicant_id`);
  audit?.written();
  if (!row) throw new Error('registration: the write statement answered no row');
  const written = EntityRows.of(em, Case).complete({ ...decided, applicant: row.applicant_id });
  if (answer === 'plain') return RegisteredCase.of(written);
  return em.getEntityFactory().create(Case, written as EntityData<Case>, {
    merge: true,
    newEntity: false,
    initialized: true,
  });
}
