import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { checkInput, parseInput } from './field.js';
import { registrationSchema } from './registration.schema.js';

const label = (id: string, en: string) => ({ id, en });

const schema = registrationSchema({
  facts: [{ id: 'livesAlone', label: label('Tinggal sendiri', 'Lives alone'), type: 'boolean', required: true }],
  requirements: [
    { code: 'ktp', label: label('Fotokopi KTP', 'ID card copy'), minFiles: 1, maxFiles: 2 },
    { code: 'house-photos', label: label('Foto rumah', 'House photos'), minFiles: 3, maxFiles: 3 },
  ],
});

const VALID = {
  applicant: { name: 'Siti Aminah', nik: '3310055708900001', phone: '081234567890' },
  description: 'Atap rumah bocor di tiga tempat.',
  facts: { livesAlone: false },
  rw: '3',
  rt: '12',
  dusun: ' Krajan ',
  documents: [{ code: 'ktp', fileNames: ['ktp.jpg'] }],
};

function fieldsOf(input: unknown): string[] {
  const r = checkInput(schema, input);
  return r.ok ? [] : r.problems.map((p) => p.field);
}

describe('a registration', () => {
  it('comes out clean: RT/RW zero-padded, dusun trimmed, no beneficiaries, documents with their note', () => {
    const r = checkInput(schema, VALID);
    expect(r.ok && r.value).toEqual({
      applicant: {
        name: 'Siti Aminah',
        nik: '3310055708900001',
        phone: '+6281234567890',
        address: null,
        kkNumber: null,
      },
      beneficiaries: [],
      description: 'Atap rumah bocor di tiga tempat.',
      facts: { livesAlone: false },
      dusun: 'Krajan',
      rw: '003',
      rt: '012',
      documents: [{ code: 'ktp', fileNames: ['ktp.jpg'], note: null }],
    });
  });

  it('lists every wrong field at once, by path', () => {
    expect(
      fieldsOf({
        ...VALID,
        applicant: { name: 'Bu 5', nik: '12' },
        description: 'pendek',
        facts: {},
        rt: 'abc',
        rw: '0',
        documents: [
          { code: 'ktp', fileNames: ['ktp.jpg'] },
          { code: 'akta', fileNames: ['a.jpg'] },
        ],
      }),
    ).toEqual(['applicant.nik', 'applicant.name', 'description', 'facts.livesAlone', 'rw', 'rt', 'documents.1.code']);
  });

  it('documents: at most the count each takes (fewer is an incomplete document), no uploads before the case exists, each once, file names as text', () => {
    const docs = (documents: unknown[]) => checkInput(schema, { ...VALID, documents });
    const first = (documents: unknown[]) => {
      const r = docs(documents);
      return r.ok ? null : { field: r.problems[0]?.field, ...r.problems[0]?.message };
    };
    expect(first([{ code: 'house-photos', fileNames: ['a', 'b', 'c', 'd'] }])).toEqual({
      field: 'documents.0.fileNames',
      id: 'Foto rumah: sertakan 3 berkas.',
      en: 'House photos: give 3 files.',
    });
    expect(first([{ code: 'ktp', fileNames: ['a', 'b', 'c'] }])?.en).toBe('ID card copy: give 1 to 2 files.');
    expect(first([{ code: 'ktp', fileNames: [], fileIds: ['f1'] }])?.field).toBe('documents.0.fileIds');
    expect(first([{ code: 'ktp', fileNames: ['ktp\u202Egpj.exe'] }])?.field).toBe('documents.0.fileNames.0');
    expect(
      first([
        { code: 'ktp', fileNames: ['a.jpg'] },
        { code: 'ktp', fileNames: ['b.jpg'] },
      ]),
    ).toEqual({
      field: 'documents',
      id: 'Ada dokumen yang disebut dua kali.',
      en: 'A document is listed twice.',
    });
  });

  it('parseInput throws VALIDATION_FAILED whose summary names the fields by their labels, not their keys', () => {
    let error: unknown;
    try {
      parseInput(schema, { ...VALID, applicant: { name: '', nik: VALID.applicant.nik }, facts: {} });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    const domain = error as DomainError;
    expect(domain.code).toBe('VALIDATION_FAILED');
    expect(domain.messages).toEqual({
      id: 'Periksa isian: Nama pemohon, Tinggal sendiri.',
      en: "Please check: Applicant's name, Lives alone.",
    });
    expect(domain.fields.map((f) => f.field)).toEqual(['applicant.name', 'facts.livesAlone']);
  });

  it('one step of the form is checked alone, with its prefix (the console checks step by step)', () => {
    const step = checkInput(schema.shape.applicant, { name: 'Budi123' }, 'applicant');
    expect(step.ok ? [] : step.problems.map((p) => p.field)).toEqual(['applicant.nik', 'applicant.name']);
  });
});
