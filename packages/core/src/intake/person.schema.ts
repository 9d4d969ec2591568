import * as z from 'zod/mini';
import type { LocalizedText } from '../errors/domain-error.js';
import { orEmpty, refined, report } from './field.js';
import { kkField, nikField, phoneField } from './identity-fields.js';
import { personNameField, requiredPersonNameField, requiredTextField, textField } from './text-fields.js';

/** A person's address as told at the desk: one line. */
export const addressLine = (label: LocalizedText) => textField(label, { required: false, max: 300, multiline: false });

const NAME_LIMITS = { max: 160, min: 2 };

/** Labels of one person's fields, by who the person is in the form. */
function labels(who: { id: string; en: string }) {
  return {
    name: { id: `Nama ${who.id}`, en: `${who.en}'s name` },
    nik: { id: `NIK ${who.id}`, en: `${who.en}'s NIK` },
    kk: { id: `Nomor KK ${who.id}`, en: `${who.en}'s family card (KK) number` },
    phone: { id: `Nomor telepon ${who.id}`, en: `${who.en}'s phone number` },
    address: { id: `Alamat ${who.id}`, en: `${who.en}'s address` },
  };
}

export interface ApplicantRules {
  /** The reporter may stay anonymous (a public-order complaint): name and NIK become optional. */
  identityOptional?: boolean;
  /** The service needs the applicant's family card number (`applicantKkRequired`). */
  kkRequired?: boolean;
}

/** The applicant (pemohon/pelapor) of a case. */
export function applicantSchema(rules: ApplicantRules = {}) {
  const l = labels({ id: 'pemohon', en: 'Applicant' });
  const identity = !rules.identityOptional;
  return z.object({
    nik: nikField(l.nik, { required: identity }),
    name: personNameField(l.name, { required: identity, ...NAME_LIMITS }),
    phone: phoneField(l.phone, { required: false }),
    address: addressLine(l.address),
    kkNumber: kkField(l.kk, {
      required: Boolean(rules.kkRequired),
      requiredMessage: {
        id: 'Nomor KK pemohon wajib diisi untuk layanan ini.',
        en: "The applicant's family card (KK) number is required for this service.",
      },
    }),
  });
}

/** A beneficiary (penerima manfaat) who is not the applicant: named, with the relation to the applicant. */
export function beneficiarySchema() {
  const l = labels({ id: 'penerima manfaat', en: 'Beneficiary' });
  return z.object({
    nik: nikField(l.nik, { required: false }),
    name: requiredPersonNameField(l.name, NAME_LIMITS),
    kkNumber: kkField(l.kk, { required: false }),
    relation: requiredTextField(
      { id: 'Hubungan dengan pemohon', en: 'Relation to the applicant' },
      { max: 60, multiline: false },
    ),
  });
}

export const MAX_BENEFICIARIES = 20;

/** Up to 20 beneficiaries; none when the applicant is the beneficiary. */
export function beneficiariesSchema() {
  const list = refined(z.array(beneficiarySchema()), (people, ctx) => {
    if (!Array.isArray(people) || people.length <= MAX_BENEFICIARIES) return;
    report(
      ctx,
      { id: 'Penerima manfaat', en: 'Beneficiaries' },
      {
        message: {
          id: `Paling banyak ${MAX_BENEFICIARIES} penerima manfaat.`,
          en: `At most ${MAX_BENEFICIARIES} beneficiaries.`,
        },
      },
    );
  });
  return orEmpty(list, []);
}

/** A person a plugin records (a visitor of the Posyandu's open day, a guardian): named; NIK, KK, phone optional. */
export function personSchema() {
  return z.object({
    nik: nikField({ id: 'NIK', en: 'NIK' }, { required: false }),
    name: requiredPersonNameField({ id: 'Nama', en: 'Name' }, NAME_LIMITS),
    phone: phoneField({ id: 'Nomor telepon', en: 'Phone number' }, { required: false }),
    address: addressLine({ id: 'Alamat', en: 'Address' }),
    kkNumber: kkField({ id: 'Nomor KK', en: 'Family card (KK) number' }, { required: false }),
  });
}

export type ApplicantValues = z.output<ReturnType<typeof applicantSchema>>;
export type BeneficiaryValues = z.output<ReturnType<typeof beneficiarySchema>>;
export type PersonValues = z.output<ReturnType<typeof personSchema>>;
