import { describe, expect, it } from 'vitest';
import { maskNik, normalizePhone, parseNik } from './nik.js';

describe('parseNik', () => {
  it('reads region, sex and birth date of a man: 3310051708900001', () => {
    const r = parseNik('3310051708900001');
    expect(r).toEqual({
      ok: true,
      value: expect.objectContaining({ regionCode: '33.10.05', sex: 'M', birthDay: 17, birthMonth: 8, sequence: 1 }),
    });
  });

  it('reads a woman by the day plus 40: 3310055708900002 is born on the 17th', () => {
    const r = parseNik('3310055708900002');
    expect(r.ok && r.value).toMatchObject({ sex: 'F', birthDay: 17 });
  });

  it('accepts an unknown kabupaten part: the region is where the person was first registered', () => {
    expect(parseNik('3399991708900001').ok).toBe(true);
  });

  it.each([
    ['331005170890001', 'exactly 16 digits'],
    ['33100517089000AB', 'exactly 16 digits'],
    ['9910051708900001', 'province code (99)'],
    ['3310053208900001', 'birth-date part'],
    ['3310057208900001', 'birth-date part'],
    ['3310051713900001', 'birth-date part'],
    ['3310053002900001', 'birth-date part'],
    ['3310051708900000', 'sequence number'],
  ])('rejects %s, naming the %s', (nik, fault) => {
    const r = parseNik(nik, 'applicant.nik');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]?.field).toBe('applicant.nik');
      expect(r.problems[0]?.message.en).toContain(fault);
      expect(r.problems[0]?.message.id.length).toBeGreaterThan(10);
    }
  });

  it('accepts 29 February only where some century makes it a leap year', () => {
    expect(parseNik('3310052902000001').ok).toBe(true); // 2000
    expect(parseNik('3310052902010001').ok).toBe(false); // neither 1901 nor 2001
  });
});

describe('maskNik and normalizePhone', () => {
  it('masks the middle 8 digits', () => {
    expect(maskNik('3310051708900001')).toBe('3310••••••••0001');
  });
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['(0272) 321123', '+62272321123'],
  ])('normalises %s to %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
  });
  it.each(['12345', '+1 202 555 0101', 'abc', '08'])('rejects %s', (raw) => {
    expect(normalizePhone(raw)).toBeNull();
  });
});
