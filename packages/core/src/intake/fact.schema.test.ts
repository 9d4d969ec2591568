import { describe, expect, it } from 'vitest';
import type { FactDefinition } from '../plugin/contract.js';
import { factsSchema } from './fact.schema.js';
import { checkInput } from './field.js';

const label = (id: string, en: string) => ({ id, en });

/** A service type's questions covering every fact type and rule of the plugin contract. */
const FACTS: FactDefinition[] = [
  { id: 'needsCareNow', label: label('Butuh perawatan sekarang', 'Needs care now'), type: 'boolean', required: true },
  { id: 'livesAlone', label: label('Tinggal sendiri', 'Lives alone'), type: 'boolean', required: false },
  { id: 'schoolName', label: label('Nama sekolah', 'School name'), type: 'text', required: true, maxLength: 20 },
  {
    id: 'studentName',
    label: label('Nama peserta didik', 'Student name'),
    type: 'text',
    required: false,
    format: { kind: 'personName' },
  },
  {
    id: 'bpjsCardNumber',
    label: label('Nomor kartu BPJS', 'BPJS card number'),
    type: 'text',
    required: false,
    maxLength: 20,
    format: { kind: 'digits', length: 13 },
  },
  { id: 'household', label: label('Jumlah anggota keluarga', 'Household size'), type: 'number', required: false },
  { id: 'since', label: label('Sejak', 'Since'), type: 'date', required: false },
  {
    id: 'level',
    label: label('Jenjang', 'School level'),
    type: 'choice',
    required: true,
    options: [
      { value: 'SD', label: label('SD', 'Primary') },
      { value: 'SMP', label: label('SMP', 'Junior secondary') },
    ],
  },
  { id: 'points', label: label('Titik lokasi', 'Locations'), type: 'locations', required: false, maxItems: 2 },
];

const VALID = { needsCareNow: true, schoolName: 'SD Negeri 1 Gombang', level: 'SD' };
const schema = factsSchema(FACTS);

function problems(answers: Record<string, unknown>) {
  const r = checkInput(schema, { ...VALID, ...answers }, 'facts');
  return r.ok ? [] : r.problems.map((p) => ({ field: p.field, ...p.message }));
}

describe('the answers to a plugin’s questions', () => {
  it('a required yes/no answered “no” is an answer, and is kept as false', () => {
    const r = checkInput(schema, { ...VALID, needsCareNow: false, livesAlone: false });
    expect(r).toEqual({ ok: true, value: { ...VALID, needsCareNow: false, livesAlone: false } });
  });

  it('a required yes/no left unanswered is refused; an optional one is simply absent', () => {
    expect(problems({ needsCareNow: undefined })).toEqual([
      {
        field: 'facts.needsCareNow',
        id: 'Butuh perawatan sekarang wajib diisi.',
        en: 'Needs care now is required.',
      },
    ]);
    expect(problems({ needsCareNow: null })).toHaveLength(1);
    expect(problems({ needsCareNow: 'ya' })[0]?.en).toBe('Needs care now: answer yes or no.');
    expect(checkInput(schema, VALID)).toEqual({ ok: true, value: VALID });
  });

  it('text: required, trimmed, at most maxLength', () => {
    expect(checkInput(schema, { ...VALID, schoolName: '  SD 1  ' })).toMatchObject({ value: { schoolName: 'SD 1' } });
    expect(problems({ schoolName: '   ' })[0]?.id).toBe('Nama sekolah wajib diisi.');
    expect(problems({ schoolName: 'x'.repeat(21) })[0]?.en).toBe('School name is too long (at most 20 characters).');
    expect(problems({ schoolName: 42 })[0]?.en).toBe('School name: must be text.');
  });

  it('a name refuses digits', () => {
    expect(problems({ studentName: 'Budi 2' })[0]).toEqual({
      field: 'facts.studentName',
      id: "Nama peserta didik hanya boleh berisi huruf, spasi, dan tanda . , ' - ( ).",
      en: "Student name may only contain letters, spaces and . , ' - ( ).",
    });
    expect(checkInput(schema, { ...VALID, studentName: ' Rina  Ayu ' })).toMatchObject({
      value: { studentName: 'Rina Ayu' },
    });
  });

  it('a BPJS card number is 13 digits: letters are refused, never cut off; separators are dropped', () => {
    expect(checkInput(schema, { ...VALID, bpjsCardNumber: '0001 2345 67890' })).toMatchObject({
      value: { bpjsCardNumber: '0001234567890' },
    });
    for (const wrong of ['00012345678AB', '000123456789', '00012345678901', 'abcdefghijklm']) {
      expect(problems({ bpjsCardNumber: wrong })).toEqual([
        {
          field: 'facts.bpjsCardNumber',
          id: 'Nomor kartu BPJS harus terdiri dari 13 angka (tanpa huruf).',
          en: 'BPJS card number must be exactly 13 digits (no letters).',
        },
      ]);
    }
  });

  it('number: a non-negative number; date: a day that exists; choice: one of the options', () => {
    expect(problems({ household: -1 })[0]?.en).toBe('Household size: must be a non-negative number.');
    expect(problems({ household: '4' })[0]?.en).toBe('Household size: must be a non-negative number.');
    expect(problems({ since: '2026-02-30' })[0]?.id).toBe('Sejak: harus berupa tanggal TTTT-BB-HH.');
    expect(problems({ level: 'UNIVERSITAS' })[0]?.en).toBe('School level: choose one of: SD, SMP.');
    expect(checkInput(schema, { ...VALID, household: 0, since: '2026-02-28' }).ok).toBe(true);
  });

  it('locations: 1 to maxItems points inside Indonesia, each described, errors at the point', () => {
    const point = { lat: -7.7, lng: 110.6, description: 'Jembatan' };
    expect(checkInput(schema, { ...VALID, points: [point] })).toMatchObject({ value: { points: [point] } });
    expect(problems({ points: [point, point, point] })[0]?.en).toBe('Locations: give 1 to 2 locations.');
    expect(problems({ points: [] })[0]?.field).toBe('facts.points');
    expect(
      problems({
        points: [
          { lat: 110.6, lng: -7.7, description: 'x' },
          { ...point, description: ' ' },
        ],
      }),
    ).toEqual([
      {
        field: 'facts.points.0',
        id: expect.stringContaining('di luar wilayah'),
        en: expect.stringContaining('swapped'),
      },
      {
        field: 'facts.points.1.description',
        id: 'Keterangan lokasi wajib diisi.',
        en: 'Location description is required.',
      },
    ]);
  });

  it('an unknown question is named, beside the wrong answers', () => {
    expect(problems({ level: 'S1', shoeSize: 42 }).map((p) => [p.field, p.en])).toEqual([
      ['facts.level', 'School level: choose one of: SD, SMP.'],
      ['facts.shoeSize', 'Unknown question "shoeSize".'],
    ]);
  });

  it('no answers at all: every required question is named', () => {
    const r = checkInput(schema, null, 'facts');
    expect(r.ok ? [] : r.problems.map((p) => p.field)).toEqual([
      'facts.needsCareNow',
      'facts.schoolName',
      'facts.level',
    ]);
  });
});
