import { describe, expect, it } from 'vitest';
import type { Membership, Principal } from './principal.js';
import { canReadUnitRecords, coversArea, isUnitMember, unitRecordReach } from './unit-records.js';

const GOMBANG = '33.10.05.2018';
const as = (orgUnitId: string, kind: Membership['orgUnitKind'], areaCode: string, role: Membership['role']) =>
  ({ userId: role, memberships: [{ orgUnitId, orgUnitKind: kind, areaCode, role }] }) satisfies Principal;

const records = { unitId: 'posyandu-gombang', areaCode: GOMBANG };
const personal = { roles: ['HEALTH_WORKER'] as const };
const recap = { roles: ['HEALTH_WORKER', 'VILLAGE_OFFICER', 'KEPALA_DESA'] as const };

describe('records a unit keeps (open-day measurements and their recap)', () => {
  it.each([
    ['the Posyandu’s kader', as('posyandu-gombang', 'POSYANDU', GOMBANG, 'KADER'), true, true],
    ['a kader of another Posyandu', as('posyandu-pogung', 'POSYANDU', '33.10.05.2019', 'KADER'), false, false],
    ['the desa’s Pustu', as('pustu-gombang', 'PUSTU', GOMBANG, 'HEALTH_WORKER'), true, true],
    ['the kecamatan’s Puskesmas', as('puskesmas-cawas', 'PUSKESMAS', '33.10.05', 'HEALTH_WORKER'), true, true],
    ['another desa’s Pustu', as('pustu-pogung', 'PUSTU', '33.10.05.2019', 'HEALTH_WORKER'), false, false],
    ['the village officer', as('desa-gombang', 'VILLAGE_GOVERNMENT', GOMBANG, 'VILLAGE_OFFICER'), false, true],
    ['the kepala desa', as('desa-gombang', 'VILLAGE_GOVERNMENT', GOMBANG, 'KEPALA_DESA'), false, true],
    ['the Trantibumlinmas section', as('trantibum', 'VILLAGE_TRANTIBUM', GOMBANG, 'TRANTIBUM_OFFICER'), false, false],
    ['an OPD officer of the kabupaten', as('opd-kesehatan', 'OPD', '33.10', 'OPD_OFFICER'), false, false],
    ['the admin', as('kab', 'KABUPATEN', '33.10', 'ADMIN'), false, false],
  ])('%s: personal %s, recap %s', (_who, principal, readsPersonal, readsRecap) => {
    expect(canReadUnitRecords(principal, records, personal)).toBe(readsPersonal);
    expect(canReadUnitRecords(principal, records, recap)).toBe(readsRecap);
  });

  it('an admin member of the unit itself still reads nothing', () => {
    const admin = as('posyandu-gombang', 'POSYANDU', GOMBANG, 'ADMIN');
    expect(canReadUnitRecords(admin, records, recap)).toBe(false);
    expect(unitRecordReach(admin, recap)).toEqual({ unitIds: [], areaPrefixes: [] });
  });

  it('tells unit members and area coverage apart', () => {
    const kader = as('posyandu-gombang', 'POSYANDU', GOMBANG, 'KADER');
    const bidan = as('pustu-gombang', 'PUSTU', GOMBANG, 'HEALTH_WORKER');
    expect(isUnitMember(kader, 'posyandu-gombang', ['KADER'])).toBe(true);
    expect(isUnitMember(bidan, 'posyandu-gombang', ['KADER'])).toBe(false);
    expect(coversArea(bidan, GOMBANG, ['HEALTH_WORKER'])).toBe(true);
    expect(coversArea(kader, GOMBANG, ['HEALTH_WORKER'])).toBe(false);
  });
});
