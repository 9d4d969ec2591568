import { describe, expect, it } from 'vitest';
import { checkKk, checkNik, checkPhone } from './identity-checks';

describe('identity checks as typed', () => {
  it('accepts a well-formed NIK, women with day + 40', () => {
    expect(checkNik('3310054506800001')).toBeNull();
    expect(checkNik('3310 0512 0680 0002')).toBeNull();
  });
  it('names what is wrong with a NIK', () => {
    expect(checkNik('3310')).toEqual({ key: 'nik.length', vars: { n: 4 } });
    expect(checkNik('33100545068000a1')?.key).toBe('nik.digits');
    expect(checkNik('9910054506800001')?.key).toBe('nik.region');
    expect(checkNik('3310053213800001')?.key).toBe('nik.date');
    expect(checkNik('3310057302800001')?.key).toBe('nik.date');
    expect(checkNik('3310054506800000')?.key).toBe('nik.sequence');
  });
  it('checks KK numbers and phone numbers', () => {
    expect(checkKk('3310050101080001')).toBeNull();
    expect(checkKk('123')?.key).toBe('kk.length');
    expect(checkPhone('0812-3456-7890')).toBeNull();
    expect(checkPhone('+62 812 3456 7890')).toBeNull();
    expect(checkPhone('12345')?.key).toBe('phone.invalid');
  });
});
