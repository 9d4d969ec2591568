/**
 * @posyandu-spm/core/intake — the input schemas (zod) that the server and the
 * console share: each field named by its label and each problem said in Bahasa
 * Indonesia and English. Browser-safe: it imports only zod and the core's pure
 * rules (NIK, names, text, dates), never the server, the calendar or luxon.
 *
 * @example
 * import { checkInput, registrationSchema } from '@posyandu-spm/core/intake';
 * const schema = registrationSchema({ facts: serviceType.facts, requirements: serviceType.requirements });
 * const step = checkInput(schema.shape.applicant, form.applicant, 'applicant');
 * if (!step.ok) show(step.problems); // [{ field: 'applicant.name', label: {id, en}, message: {id, en} }]
 */
export { accept, checkInput, field, parseInput, refuse, toFieldProblems, type Outcome, type Problem } from './field.js';
export {
  isBlank,
  personNameField,
  requiredTextField,
  rtRwField,
  textField,
  type NameFieldOptions,
  type TextFieldOptions,
} from './text-fields.js';
export { digitsRule, kkField, nikField, phoneField } from './identity-fields.js';
export {
  addressLine,
  applicantSchema,
  beneficiariesSchema,
  beneficiarySchema,
  personSchema,
  MAX_BENEFICIARIES,
  type ApplicantRules,
  type ApplicantValues,
  type BeneficiaryValues,
  type PersonValues,
} from './person.schema.js';
export { factRule, factSchema, factsSchema, type FactValue, type IntakeFact } from './fact.schema.js';
export {
  attachmentSchema,
  fileCountProblem,
  fileNameField,
  registrationDocumentsSchema,
  type IntakeRequirement,
  type RegistrationDocuments,
} from './document.schema.js';
export {
  addressSchema,
  descriptionField,
  registrationSchema,
  type RegistrationForm,
  type RegistrationValues,
} from './registration.schema.js';
export { REPORTER_ACCESS_MAX_HOURS, reporterAccessSchema, reviewReasonField, visitSchema } from './case-work.schema.js';
export { calendarYearSchema, holidaySchema } from './holiday.schema.js';
