import { describe, expect, it } from 'vitest';
import { checkInput } from './field.js';
import { applicantSchema, beneficiariesSchema, personSchema } from './person.schema.js';

const NIK = '3310051708900001';
const KK = '3310050101200001';

function problemsOf(result: ReturnType<typeof checkInput>) {
  return result.ok ? [] : result.problems;
}

describe('the applicant', () => {
  const schema = applicantSchema();

  it('is cleaned: trimmed name with one space, NIK and KK as digits, phone as +62, address trimmed', () => {
    const r = checkInput(schema, {
      name: '  Siti   Aminah ',
      nik: '3310 0517 0890 0001',
      kkNumber: '3310.0501.0120.0001',
      phone: '0812-3456-7890',
      address: '  Dusun Krajan RT 3 ',
    });
    expect(r).toEqual({
      ok: true,
      value: { name: 'Siti Aminah', nik: NIK, kkNumber: KK, phone: '+6281234567890', address: 'Dusun Krajan RT 3' },
    });
  });

  it.each([
    ['', 'is required', 'wajib diisi'],
    ['   ', 'is required', 'wajib diisi'],
    ['\t \n', 'is required', 'wajib diisi'],
    ['Budi2', 'may only contain letters', 'hanya boleh berisi huruf'],
    ['S', 'too short', 'terlalu pendek'],
    ['x'.repeat(161), 'too long', 'terlalu panjang'],
  ])('refuses the name %j in both languages, by its label', (name, en, id) => {
    const [problem, ...rest] = problemsOf(checkInput(schema, { name, nik: NIK }, 'applicant'));
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      field: 'applicant.name',
      label: { id: 'Nama pemohon', en: "Applicant's name" },
      message: { id: expect.stringContaining(id), en: expect.stringContaining(en) },
    });
    expect(problem?.message.id).toContain('Nama pemohon');
    expect(problem?.message.en).toContain("Applicant's name");
  });

  it('refuses a NIK that is not 16 digits or whose parts are impossible, with the NIK rules', () => {
    const nik = (value: string) => problemsOf(checkInput(schema, { name: 'Siti', nik: value }))[0]?.message.en;
    expect(nik('331005170890')).toBe('A NIK must be exactly 16 digits.');
    expect(nik('33100517089000AB')).toBe('A NIK must be exactly 16 digits.');
    expect(nik('9910051708900001')).toContain('province code (99)');
    expect(nik('3310053208900001')).toContain('birth-date part');
    expect(nik('3310051708900000')).toContain('cannot be 0000');
    expect(nik('')).toBe('The NIK is required.');
  });

  it('refuses a KK that is not 16 digits and a phone that is not Indonesian', () => {
    const problems = problemsOf(checkInput(schema, { name: 'Siti', nik: NIK, kkNumber: '12345', phone: '555-1234' }));
    expect(problems.map((p) => [p.field, p.message.id])).toEqual([
      ['phone', expect.stringContaining('Nomor telepon tidak valid')],
      ['kkNumber', 'Nomor KK harus terdiri dari 16 angka.'],
    ]);
  });

  it('needs the KK only when the service asks for it', () => {
    expect(checkInput(schema, { name: 'Siti', nik: NIK }).ok).toBe(true);
    const problems = problemsOf(checkInput(applicantSchema({ kkRequired: true }), { name: 'Siti', nik: NIK }));
    expect(problems[0]?.message.en).toBe("The applicant's family card (KK) number is required for this service.");
  });

  it('may stay anonymous where the sector allows it, but a name given must still be a name', () => {
    const anonymous = applicantSchema({ identityOptional: true });
    expect(checkInput(anonymous, { name: '  ' })).toEqual({
      ok: true,
      value: { name: null, nik: null, kkNumber: null, phone: null, address: null },
    });
    expect(problemsOf(checkInput(anonymous, { name: 'R2D2' }))[0]?.field).toBe('name');
  });
});

describe('beneficiaries', () => {
  const schema = beneficiariesSchema();

  it('none given is an empty list', () => {
    expect(checkInput(schema, null)).toEqual({ ok: true, value: [] });
  });

  it('each needs a real name and the relation, by their path', () => {
    const problems = problemsOf(
      checkInput(
        schema,
        [
          { name: 'Rina', relation: 'Anak' },
          { name: ' ', relation: '' },
        ],
        'beneficiaries',
      ),
    );
    expect(problems.map((p) => p.field)).toEqual(['beneficiaries.1.name', 'beneficiaries.1.relation']);
    expect(problems[0]?.message).toEqual({
      id: 'Nama penerima manfaat wajib diisi.',
      en: "Beneficiary's name is required.",
    });
  });

  it('at most 20, said beside the faults of each one', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ name: i ? 'Rina' : 'R1na', relation: 'Anak' }));
    const problems = problemsOf(checkInput(schema, many, 'beneficiaries'));
    expect(problems.map((p) => p.field)).toEqual(['beneficiaries.0.name', 'beneficiaries']);
    expect(problems[1]?.message.id).toBe('Paling banyak 20 penerima manfaat.');
  });
});

describe('a person a plugin records', () => {
  it('needs a name: empty or blank names are refused', () => {
    for (const name of ['', '   ', undefined]) {
      const problems = problemsOf(checkInput(personSchema(), { name }, 'person'));
      expect(problems).toEqual([
        {
          field: 'person.name',
          label: { id: 'Nama', en: 'Name' },
          message: { id: 'Nama wajib diisi.', en: 'Name is required.' },
        },
      ]);
    }
  });
});
