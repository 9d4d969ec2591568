import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { PersonInput, RegisterCaseInput } from '@posyandu-spm/plugin-api';
import { validationFailed, type FieldProblem } from '@posyandu-spm/core';
import type { Case } from '../entities/case.entity.js';
import { intakeMembership } from './registration/intake-unit.js';
import { persistCase, type CaseAnswer, type CasePlan } from './registration/persist-case.js';
import type { RegisteredCase } from './registration/registered-case.js';
import { startClock } from './registration/registration-clock.js';
import { checkRegistration } from './registration/registration-input.js';
import { registrationWarnings } from './registration/registration-warnings.js';
import type { ServiceDeps } from './service-deps.js';
import { accountableUserId } from './principal.js';

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

/**
 * Registers a request or complaint, step by step: the intake unit (who may
 * register it, and where), the input (every field at once, against the service
 * type's schema shared with the console), the deadline clock of the area's
 * calendar, the warnings, then the case with its parties, documents, first
 * holding, REGISTERED event and audit row, written by one SQL statement
 * (registration/persist-case.ts) that commits all of it or nothing.
 */
export async function registerCase(deps: ServiceDeps, input: RegisterCaseInput): Promise<Case>;
/** With `answer: 'plain'`: the case's own columns only, when that is all the client asks (persist-case.ts). */
export async function registerCase(
  deps: ServiceDeps,
  input: RegisterCaseInput,
  answer: CaseAnswer,
): Promise<Case | RegisteredCase>;
export async function registerCase(
  deps: ServiceDeps,
  input: RegisterCaseInput,
  answer: CaseAnswer = 'entity',
): Promise<Case | RegisteredCase> {
  const { em, registry, principal, now } = deps;
  const plugin = registry.sector(input.sectorId);
  const type = registry.serviceType(input.sectorId, input.serviceTypeId);
  const intake = intakeMembership(principal, plugin, input.orgUnitId);
  const form = checkRegistration(registry, plugin, type, input);
  const messageConsent = checkMessageConsent(input, form.applicant.phone);
  // The membership carries its unit's area (kept with the session, dropped when the unit changes):
  // the unit itself need not be read.
  const clock = startClock(await deps.calendars.forArea(intake.areaCode), now);
  // Reads only, each of its own snapshot as inside a READ COMMITTED transaction: the writes
  // follow as one statement.
  const warnings = await registrationWarnings(em, plugin, type, form);
  const plan: CasePlan = {
    plugin,
    type,
    form,
    unitId: intake.orgUnitId,
    areaCode: intake.areaCode,
    clock,
    warnings,
    idempotency: input.idempotency ?? null,
    messageConsent,
    principal,
    registeredBy: accountableUserId(principal),
    now,
  };
  // The tracking code is drawn at random (40 bits) and not looked up first: the unique index
  // decides, and the rare collision is written again whole with a new code.
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await persistCase(em, plan, answer);
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
