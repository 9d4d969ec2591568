import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PersonInput, RegisterCaseInput } from '@posyandu-spm/plugin-api';
import { validationFailed, type FieldProblem, type Principal } from '@posyandu-spm/core';
import { OrgUnit } from '../entities/org-unit.entity.js';
import type { Case } from '../entities/case.entity.js';
import { recordEvent } from './case-events.js';
import { intakeMembership } from './registration/intake-unit.js';
import { persistCase, type CasePlan } from './registration/persist-case.js';
import { startClock } from './registration/registration-clock.js';
import { checkRegistration } from './registration/registration-input.js';
import { registrationWarnings } from './registration/registration-warnings.js';
import type { ServiceDeps } from './service-deps.js';
import { accountableUserId, eventActor } from './principal.js';
import { caseOfMutation } from '../security/audit-mutations.js';

export type { PersonInput, RegisterCaseInput };

/** The consent to messages, checked: it needs a phone to send them to, and a language we write in. */
function checkMessageConsent(input: RegisterCaseInput, phone: string | null | undefined): CasePlan['messageConsent'] {
  const consent = input.messageConsent ?? null;
  if (!consent) return null;
  const label = { id: 'Persetujuan pesan WhatsApp/SMS', en: 'Consent to WhatsApp/SMS messages' };
  const problems: FieldProblem[] = [];
  if (!phone) {
    problems.push({
      field: 'messageConsent',
      label,
      message: {
        id: 'Isi nomor HP pemohon untuk mengirim kabar lewat WhatsApp atau SMS.',
        en: "Give the applicant's phone number to send updates by WhatsApp or SMS.",
      },
    });
  }
  const language = consent.language ?? 'id';
  if (language !== 'id' && language !== 'en') {
    problems.push({
      field: 'messageConsent.language',
      label,
      message: { id: 'Bahasa pesan: id atau en.', en: 'Message language: id or en.' },
    });
  }
  if (problems.length || (language !== 'id' && language !== 'en')) throw validationFailed(problems);
  return { channel: consent.channel, language };
}

/** The REGISTERED event: on the timeline, to live subscribers, and to the holder's inbox. */
function emitRegistered(
  tx: EntityManager,
  c: Case,
  principal: Principal,
  documents: readonly string[],
  at: Date,
): void {
  recordEvent(tx, c, {
    type: 'REGISTERED',
    ...eventActor(principal),
    holderId: c.holder.id,
    toStatus: c.status,
    payload: {
      serviceType: c.serviceTypeId,
      dueAt: c.dueAt.toISOString(),
      documents: [...documents],
      ...(c.clockPausedAt ? { clock: 'paused', remainingWorkingDays: c.remainingWorkingDays } : {}),
    },
    at,
  });
}

/**
 * Registers a request or complaint, step by step: the intake unit (who may
 * register it, and where), the input (every field at once, against the service
 * type's schema shared with the console), the deadline clock of the area's
 * calendar, then — in one transaction — the warnings, the case with its parties,
 * documents and first holding, and the REGISTERED event.
 */
export async function registerCase(deps: ServiceDeps, input: RegisterCaseInput): Promise<Case> {
  const { em, registry, principal, now } = deps;
  const plugin = registry.sector(input.sectorId);
  const type = registry.serviceType(input.sectorId, input.serviceTypeId);
  const intake = intakeMembership(principal, plugin, input.orgUnitId);
  const form = checkRegistration(registry, plugin, type, input);
  const messageConsent = checkMessageConsent(input, form.applicant.phone);
  // The membership carries its unit's area (kept with the session, dropped when the unit changes):
  // the unit itself need not be read.
  const unit = em.getReference(OrgUnit, intake.orgUnitId);
  const clock = startClock(await deps.calendars.forArea(intake.areaCode), now);

  const write = () =>
    em.transactional(async (tx) => {
      const warnings = await registrationWarnings(tx, plugin, type, form);
      const c = await persistCase(tx, {
        plugin,
        type,
        form,
        unit,
        areaCode: intake.areaCode,
        clock,
        warnings,
        idempotency: input.idempotency ?? null,
        messageConsent,
        registeredBy: accountableUserId(principal),
        now,
      });
      emitRegistered(
        tx,
        c,
        principal,
        form.documents.map((d) => d.code),
        now,
      );
      caseOfMutation(c.id);
      return c;
    });
  // The tracking code is drawn at random (40 bits) and not looked up first: the unique index
  // decides, and the rare collision is written again whole with a new code.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= 3 || !isTrackingCodeCollision(error)) throw error;
    }
  }
}

function isTrackingCodeCollision(error: unknown): boolean {
  return (
    error instanceof UniqueConstraintViolationException &&
    (error as { constraint?: string }).constraint === 'spm_case_code_unique'
  );
}
