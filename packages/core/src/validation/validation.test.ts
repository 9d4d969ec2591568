import { describe, expect, it } from 'vitest';
import { checkCoordinates } from './geo.js';
import { checkNotInFuture, parseIsoDate } from './dates.js';
import { checkFreeText, checkPersonName, hasInvisibleCharacters } from './text.js';

const NAME = { id: 'Nama pemohon', en: "Applicant's name" };
const TEXT = { id: 'Uraian', en: 'Description' };

describe('person names', () => {
  it.each([
    ['Siti Aminah', 'Siti Aminah'],
    ["  Ni Luh Putu  Ayu'  ", "Ni Luh Putu Ayu'"],
    ['R.A. Kartini', 'R.A. Kartini'],
    ['Muhammad Al-Fatih', 'Muhammad Al-Fatih'],
    ['Sri Lestari (Alm.)', 'Sri Lestari (Alm.)'],
    ['عبد الله', 'عبد الله'],
    ['ꦱꦸꦏꦂꦤ', 'ꦱꦸꦏꦂꦤ'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(checkPersonName(raw, 'applicant.name', NAME)).toEqual({ value: expected, problems: [] });
  });

  it.each([
    ['', 'required'],
    ['S', 'too short'],
    ['x'.repeat(161), 'too long'],
    ['Budi123', 'only contain letters'],
    ["Robert'); DROP TABLE person;--", 'only contain letters'],
    ['<script>alert(1)</script>', 'only contain letters'],
    ['Siti\u202EhanimA', 'hidden or control'],
    ['Siti\u200BAminah', 'hidden or control'],
    ['Siti\nAminah', 'hidden or control'],
    ['\uD800Siti', 'hidden or control'],
  ])('rejects %j (%s), naming the field in both languages', (raw, fault) => {
    const r = checkPersonName(raw, 'applicant.name', NAME);
    expect(r.value).toBeNull();
    expect(r.problems[0]?.field).toBe('applicant.name');
    expect(r.problems[0]?.message.en).toContain(fault);
    expect(r.problems[0]?.message.id).toContain('Nama pemohon');
  });

  it('an optional empty name is simply absent', () => {
    expect(checkPersonName('  ', 'applicant.name', NAME, { required: false })).toEqual({ value: null, problems: [] });
  });
});

describe('free text', () => {
  it('normalises to NFC and counts characters as a person sees them', () => {
    const decomposed = 'Rumah Bu Sri rusak berat e\u0301'; // é as e + combining accent
    const r = checkFreeText(decomposed, 'description', TEXT, { required: true, max: 26 });
    expect(r.value).toBe('Rumah Bu Sri rusak berat é');
    expect(checkFreeText('😀'.repeat(10), 'description', TEXT, { required: true, max: 10 }).problems).toEqual([]);
  });
  it('keeps newlines and tabs in multi-line text but refuses bidi overrides and zero-width characters', () => {
    expect(checkFreeText('Baris satu\nBaris\tdua', 'description', TEXT, { required: true, max: 100 }).value).toBe(
      'Baris satu\nBaris\tdua',
    );
    expect(hasInvisibleCharacters('tagihan\u202Egpj.exe')).toBe(true);
    expect(hasInvisibleCharacters('a\u2066b')).toBe(true);
    expect(hasInvisibleCharacters('\uFEFFbom')).toBe(true);
    expect(hasInvisibleCharacters('nul\u0000byte')).toBe(true);
  });
  it('reports too long and too short with the limit', () => {
    expect(
      checkFreeText('x'.repeat(4001), 'description', TEXT, { required: true, max: 4000 }).problems[0]?.message.en,
    ).toBe('Description is too long (at most 4000 characters).');
    expect(
      checkFreeText('pendek', 'description', TEXT, { required: true, max: 4000, min: 10 }).problems[0]?.message.id,
    ).toBe('Uraian terlalu pendek (minimal 10 karakter).');
  });
});

describe('coordinates within Indonesia', () => {
  it.each([
    [-7.7, 110.6, 'Klaten'],
    [5.89, 95.32, 'Sabang'],
    [-8.5, 140.4, 'Merauke'],
    [5.56, 126.58, 'Miangas'],
  ])('accepts %d, %d (%s)', (lat, lng) => {
    expect(checkCoordinates(lat, lng, 'facts.locations.0')).toEqual([]);
  });
  it.each([
    [110.6, -7.7, 'swapped'],
    [1.29, 103.85, 'Singapore is inside the box: accepted'],
    [-33.9, 151.2, 'Sydney'],
    [Number.NaN, 110, 'NaN'],
    [Number.POSITIVE_INFINITY, 110, 'Infinity'],
  ])('judges %d, %d (%s)', (lat, lng, what) => {
    const problems = checkCoordinates(lat, lng, 'facts.locations.0');
    if (what.includes('accepted')) expect(problems).toEqual([]);
    else expect(problems[0]?.field).toBe('facts.locations.0');
  });
  it('refuses text posing as numbers', () => {
    expect(checkCoordinates('-7.7', '110.6', 'p')[0]?.message.en).toContain('must be numbers');
  });
});

describe('dates', () => {
  const now = new Date('2026-11-23T02:00:00Z');
  it('a visit 10 minutes ahead (a phone clock running fast) passes; tomorrow does not', () => {
    const label = { id: 'Waktu kunjungan', en: 'The visit time' };
    expect(checkNotInFuture(new Date('2026-11-23T02:09:00Z'), now, 'visitedAt', label)).toEqual([]);
    expect(checkNotInFuture(new Date('2026-11-24T02:00:00Z'), now, 'visitedAt', label)[0]?.message.en).toBe(
      'The visit time cannot be in the future.',
    );
    expect(checkNotInFuture(new Date('nope'), now, 'visitedAt', label)[0]?.message.en).toContain('not a valid date');
  });
  it('parseIsoDate refuses dates that do not exist', () => {
    expect(parseIsoDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('26-1-1')).toBeNull();
  });
});
