import { checkInput, factsSchema } from '@posyandu-spm/core/intake';
import { describe, expect, it } from 'vitest';
import { intakeFact, type QuestionView } from './sector-form';

/** The BPJS questions as the console reads them from `sector { serviceTypes { questions } }`. */
const questions: QuestionView[] = [
  {
    id: 'bpjsCardNumber',
    type: 'text',
    required: false,
    maxLength: 20,
    format: 'digits',
    digits: 13,
    maxItems: null,
    label: { id: 'Nomor kartu BPJS Kesehatan / KIS (13 angka)', en: 'BPJS health card (JKN-KIS) number (13 digits)' },
    options: [],
  },
  {
    id: 'needsCareNow',
    type: 'boolean',
    required: true,
    maxLength: null,
    format: null,
    digits: null,
    maxItems: null,
    label: { id: 'Sedang membutuhkan pelayanan kesehatan', en: 'Needs health care now' },
    options: [],
  },
];

describe('the form checks answers with the server’s schema (core/intake)', () => {
  const schema = factsSchema(questions.map(intakeFact));

  it('refuses a BPJS number with letters, in both languages, and accepts “no” to a required yes/no', () => {
    const wrong = checkInput(schema, { bpjsCardNumber: '00012345678AB', needsCareNow: false }, 'facts');
    expect(wrong.ok ? [] : wrong.problems).toEqual([
      {
        field: 'facts.bpjsCardNumber',
        label: questions[0]!.label,
        message: {
          id: 'Nomor kartu BPJS Kesehatan / KIS (13 angka) harus terdiri dari 13 angka (tanpa huruf).',
          en: 'BPJS health card (JKN-KIS) number (13 digits) must be exactly 13 digits (no letters).',
        },
      },
    ]);
    expect(checkInput(schema, { bpjsCardNumber: '0001 2345 67890', needsCareNow: false })).toEqual({
      ok: true,
      value: { bpjsCardNumber: '0001234567890', needsCareNow: false },
    });
  });

  it('a question of a type it does not know is checked as text', () => {
    expect(intakeFact({ ...questions[1]!, type: 'colour' }).type).toBe('text');
  });
});
