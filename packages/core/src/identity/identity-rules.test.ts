import { describe, expect, it } from 'vitest';
import { checkKkNumber, nikRegion, normalizePhone, parseNik } from './nik.js';

describe('KK number', () => {
  it('accepts a well-formed number: region, issue date DDMMYY, sequence', () => {
    expect(checkKkNumber('3310050101100007')).toEqual([]);
    expect(checkKkNumber('3310 0501 0110 0007')).toEqual([]);
  });
  it.each([
    ['331005010110007', '16 digits'],
    ['9910050101100007', 'province code'],
    ['3310053201100007', 'issue date'],
    ['3310050113100007', 'issue date'],
    ['3310054101100007', 'issue date'],
    ['3310050101100000', 'sequence'],
  ])('rejects %s, naming the %s, for the given field', (kk, fault) => {
    const [problem] = checkKkNumber(kk, 'applicant.kkNumber');
    expect(problem?.field).toBe('applicant.kkNumber');
    expect(problem?.message.en).toContain(fault);
    expect(problem?.message.id.length).toBeGreaterThan(10);
  });
});

describe('NIK region', () => {
  it('names the kabupaten and kecamatan of first registration, to be checked only for a warning', () => {
    const r = parseNik('3399991708900001');
    expect(r.ok).toBe(true);
    if (r.ok) expect(nikRegion(r.value)).toEqual({ kabupaten: '33.99', kecamatan: '33.99.99' });
  });
  it("a woman's day + 40 is read back, and day 71 (31 + 40) exists only in long months", () => {
    expect(parseNik('3310057101900001').ok).toBe(true);
    expect(parseNik('3310057104900001').ok).toBe(false);
  });
});

describe('Indonesian phone numbers normalised to +62', () => {
  it.each([
    ['0812-2700-4321', '+6281227004321'],
    ['+62 812 2700 4321', '+6281227004321'],
    ['0062 812 2700 4321', '+6281227004321'],
    ['62.812.2700.4321', '+6281227004321'],
    ['081227004321', '+6281227004321'],
    ['0811234567', '+62811234567'],
    ['(021) 3456 7890', '+622134567890'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });
  it.each([
    ['08123', 'too short for a mobile'],
    ['0812345678901234', 'too long for a mobile'],
    ['+1 202 555 0101', 'another country'],
    ['+62 0812 3456 789', 'a zero after the country code'],
    ['0812３４５６７８９', 'full-width digits'],
    ['phone: 0812 3456 789', 'words'],
    ['1'.repeat(50), 'a huge string'],
  ])('rejects %s (%s)', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });
});
