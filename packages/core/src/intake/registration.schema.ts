import * as z from 'zod/mini';
import { registrationDocumentsSchema, type IntakeRequirement } from './document.schema.js';
import { factsSchema, type IntakeFact } from './fact.schema.js';
import { applicantSchema, beneficiariesSchema, type ApplicantRules } from './person.schema.js';
import { requiredTextField, rtRwField, textField } from './text-fields.js';

/** Where in the desa the case is: dusun, RW and RT (all optional). */
export function addressSchema() {
  return z.object({
    dusun: textField({ id: 'Dusun', en: 'Dusun (hamlet)' }, { required: false, max: 80, multiline: false }),
    rw: rtRwField({ id: 'RW', en: 'RW' }),
    rt: rtRwField({ id: 'RT', en: 'RT' }),
  });
}

/** What the case is about, in the citizen's words as the kader wrote them. */
export const descriptionField = () =>
  requiredTextField({ id: 'Uraian keluhan/permohonan', en: 'Description' }, { max: 4000, min: 10 });

/** What the registration form of one service type asks: its plugin's rules, facts and documents. */
export interface RegistrationForm extends ApplicantRules {
  facts: readonly IntakeFact[];
  requirements: readonly IntakeRequirement[];
}

/**
 * The registration of a case, as the kader fills it in: the applicant, the
 * beneficiaries, where, what about, the service type's questions and the
 * documents handed in. The same schema checks the console's form step by step
 * (`shape.applicant`, `shape.facts`, …) and the server's `registerCase`.
 */
export function registrationSchema(form: RegistrationForm) {
  return z.object({
    applicant: applicantSchema(form),
    beneficiaries: beneficiariesSchema(),
    description: descriptionField(),
    facts: factsSchema(form.facts),
    ...addressSchema().shape,
    documents: registrationDocumentsSchema(form.requirements),
  });
}

export type RegistrationValues = z.output<ReturnType<typeof registrationSchema>>;
