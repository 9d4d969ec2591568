import {
  addressSchema,
  applicantSchema,
  beneficiarySchema,
  checkInput,
  descriptionField,
  factsSchema,
} from '@posyandu-spm/core/intake';
import type { BilingualText } from '../i18n/i18n';
import { toRegisterInput, type CaseDraft } from './draft';
import { intakeFact, type ServiceTypeView } from './sector-form';

/** One thing wrong at a wizard step: the field's dotted path (as the server names it), its label and what is wrong. */
export interface StepProblem {
  field: string;
  label: BilingualText | null;
  message: BilingualText;
}

/** What the wizard knows of the chosen sector and service type when it checks a step. */
export interface StepContext {
  sectorChosen: boolean;
  /** The sector lets a reporter stay anonymous (name and NIK optional). */
  reporterIdentityOptional: boolean;
  serviceType: ServiceTypeView | undefined;
}

const CHOOSE_SECTOR: StepProblem = {
  field: 'sectorId',
  label: { id: 'Bidang SPM', en: 'SPM sector' },
  message: { id: 'Pilih salah satu bidang SPM.', en: 'Choose one SPM sector.' },
};
const CHOOSE_SERVICE: StepProblem = {
  field: 'serviceType',
  label: { id: 'Jenis layanan', en: 'Service' },
  message: { id: 'Pilih salah satu jenis layanan.', en: 'Choose one service.' },
};

function checked(schema: Parameters<typeof checkInput>[0], input: unknown, prefix: string): StepProblem[] {
  const result = checkInput(schema, input, prefix);
  return result.ok ? [] : result.problems.map((p) => ({ field: p.field, label: p.label ?? null, message: p.message }));
}

/**
 * The problems of one wizard step, found by the server's own schemas (`@posyandu-spm/core/intake`)
 * on the values the registration will send: the same words the server would answer with, but
 * at the step where the kader can still fix them. Step 3 (documents) and 4 (review) have none:
 * missing papers may follow later, and the case records what is missing.
 */
export function stepProblems(step: number, draft: CaseDraft, ctx: StepContext): StepProblem[] {
  if (step === 0) return ctx.sectorChosen ? [] : [CHOOSE_SECTOR];
  const type = ctx.serviceType;
  if (step === 1) {
    if (!type) return [CHOOSE_SERVICE];
    const input = toRegisterInput(draft, null, type.questions);
    return [
      ...checked(descriptionField(), draft.description, 'description'),
      ...checked(factsSchema(type.questions.map(intakeFact)), input.facts, 'facts'),
    ];
  }
  if (step === 2) {
    const input = toRegisterInput(draft, null, type?.questions ?? []);
    const rules = {
      identityOptional: ctx.reporterIdentityOptional,
      kkRequired: Boolean(type?.applicantKkRequired),
    };
    return [
      ...checked(applicantSchema(rules), input.applicant, 'applicant'),
      ...checked(addressSchema(), { dusun: input.dusun, rw: input.rw, rt: input.rt }, ''),
      ...(input.beneficiaries ?? []).flatMap((b, i) => checked(beneficiarySchema(), b, `beneficiaries.${i}`)),
    ];
  }
  return [];
}

/** The first problem of each field, by its path (`applicant.nik`, `facts.bpjsCardNumber`). */
export function problemsByField(problems: readonly StepProblem[]): Map<string, StepProblem> {
  const byField = new Map<string, StepProblem>();
  for (const p of problems) {
    // A point of a location list reports under the question (`facts.sites.0.description`).
    const field = p.field.startsWith('facts.') ? p.field.split('.').slice(0, 2).join('.') : p.field;
    if (!byField.has(field)) byField.set(field, p);
  }
  return byField;
}

/** A problem as one line of the step's summary: the message, with the field's label before it unless it names it. */
export function summaryLine(p: StepProblem, pick: (text: BilingualText) => string): string {
  const message = pick(p.message);
  const label = p.label ? pick(p.label) : '';
  return label && !message.toLowerCase().includes(label.toLowerCase()) ? `${label}: ${message}` : message;
}
