import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/i18n';
import { emptyDraft, type CaseDraft } from './draft';
import type { ServiceTypeView } from './sector-form';
import { stepProblems, summaryLine } from './step-checks';

/** A BPJS reactivation as the kesehatan plugin declares it: a 13-digit card number, a required choice. */
const bpjs: ServiceTypeView = {
  id: 'bpjs-reactivation',
  name: { id: 'Reaktivasi BPJS', en: 'BPJS reactivation' },
  documents: [],
  applicantKkRequired: true,
  questions: [
    {
      id: 'bpjsCardNumber',
      type: 'text',
      required: false,
      maxLength: 20,
      format: 'digits',
      digits: 13,
      label: { id: 'Nomor kartu BPJS Kesehatan / KIS (13 angka)', en: 'BPJS health card (JKN-KIS) number (13 digits)' },
      options: [],
    },
    {
      id: 'membershipSegment',
      type: 'choice',
      required: true,
      label: { id: 'Segmen kepesertaan', en: 'Membership segment' },
      options: [{ value: 'PBPU', label: { id: 'Mandiri', en: 'Self-paying' } }],
    },
  ],
};
const ctx = { sectorChosen: true, reporterIdentityOptional: false, serviceType: bpjs };

function draftWith(patch: Partial<CaseDraft>): CaseDraft {
  return { ...emptyDraft(), sectorId: 'kesehatan', serviceTypeId: bpjs.id, ...patch };
}
const lines = (problems: ReturnType<typeof stepProblems>, locale: 'id' | 'en') =>
  problems.map((p) => summaryLine(p, createI18n(locale).text));

describe('each wizard step is checked with the server’s schemas, in words people read', () => {
  it('refuses a BPJS card number with letters at the service step, naming the field in Indonesian and English', () => {
    const draft = draftWith({
      description: 'Kartu BPJS tidak aktif sejak Maret.',
      facts: { bpjsCardNumber: '00012345678AB', membershipSegment: 'PBPU' },
    });
    const problems = stepProblems(1, draft, ctx);
    expect(problems.map((p) => p.field)).toEqual(['facts.bpjsCardNumber']);
    expect(lines(problems, 'id')).toEqual([
      'Nomor kartu BPJS Kesehatan / KIS (13 angka) harus terdiri dari 13 angka (tanpa huruf).',
    ]);
    expect(lines(problems, 'en')).toEqual([
      'BPJS health card (JKN-KIS) number (13 digits) must be exactly 13 digits (no letters).',
    ]);
    // Spaces between the digit groups are how people write it: accepted.
    const spaced = draftWith({ ...draft, facts: { bpjsCardNumber: '0001 2345 67890', membershipSegment: 'PBPU' } });
    expect(stepProblems(1, spaced, ctx)).toEqual([]);
  });

  it('refuses a name with digits at the people step, and asks for the KK number this service requires', () => {
    const draft = draftWith({
      applicant: { name: 'Wagiyem 2', nik: '3310054107700004', kkNumber: '', phone: '0812 2900 7788', address: '' },
    });
    const problems = stepProblems(2, draft, ctx);
    expect(problems.map((p) => p.field)).toEqual(['applicant.name', 'applicant.kkNumber']);
    expect(lines(problems, 'id')).toEqual([
      "Nama pemohon hanya boleh berisi huruf, spasi, dan tanda . , ' - ( ).",
      'Nomor KK pemohon wajib diisi untuk layanan ini.',
    ]);
    expect(lines(problems, 'en')[0]).toBe("Applicant's name may only contain letters, spaces and . , ' - ( ).");
  });

  it('names a field whose message does not (a NIK too short, a phone number) by its label', () => {
    const draft = draftWith({
      applicant: { name: 'Wagiyem', nik: '3310', kkNumber: '3310051203090022', phone: '12345', address: '' },
      beneficiaryIsApplicant: false,
      beneficiary: { name: '', nik: '', kkNumber: '', phone: '', address: '', relation: 'Anak' },
    });
    expect(lines(stepProblems(2, draft, ctx), 'id')).toEqual([
      'NIK pemohon: NIK harus terdiri dari 16 angka.',
      'Nomor telepon pemohon: Nomor telepon tidak valid (contoh: 0812 3456 7890 atau +62 812 3456 7890).',
      'Nama penerima manfaat wajib diisi.',
    ]);
  });

  it('lets an anonymous reporter leave name and NIK blank where the sector allows it', () => {
    const draft = draftWith({ applicant: { name: '', nik: '', kkNumber: '3310051203090022', phone: '', address: '' } });
    expect(stepProblems(2, draft, { ...ctx, reporterIdentityOptional: true })).toEqual([]);
    expect(stepProblems(2, draft, ctx).map((p) => p.field)).toEqual(['applicant.nik', 'applicant.name']);
  });

  it('asks for a sector, a service and a description before anything else', () => {
    expect(stepProblems(0, emptyDraft(), { ...ctx, sectorChosen: false }).map((p) => p.field)).toEqual(['sectorId']);
    expect(stepProblems(1, emptyDraft(), { ...ctx, serviceType: undefined }).map((p) => p.field)).toEqual([
      'serviceType',
    ]);
    expect(lines(stepProblems(1, draftWith({ facts: { membershipSegment: 'PBPU' } }), ctx), 'en')).toEqual([
      'Description is required.',
    ]);
  });
});
