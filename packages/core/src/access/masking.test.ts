import { describe, expect, it } from 'vitest';
import { apiClientRole, canSeeFullKk, canSeeFullNik } from './policy.js';
import type { CaseAccessFacts, Membership, Principal } from './principal.js';

const GOMBANG = '33.10.05.2018';
const as = (
  orgUnitId: string,
  orgUnitKind: Membership['orgUnitKind'],
  areaCode: string,
  role: Membership['role'],
): Principal => ({ userId: `${role}-${orgUnitId}`, memberships: [{ orgUnitId, orgUnitKind, areaCode, role }] });

/** A case registered at the Posyandu, since routed to the education OPD, the police, and the Pustu. */
const routed: CaseAccessFacts = {
  areaCode: GOMBANG,
  originUnitId: 'posyandu-gombang',
  holderUnitId: 'opd-pendidikan',
  holderChain: ['opd-pendidikan', 'kab-klaten'],
  heldByUnitIds: ['posyandu-gombang', 'desa-gombang', 'opd-pendidikan', 'polsek-cawas', 'pustu-gombang'],
  confidentialReporter: false,
};

describe('NIK and KK masking by role (DESIGN §8)', () => {
  it.each([
    ['kader of the Posyandu', as('posyandu-gombang', 'POSYANDU', GOMBANG, 'KADER'), true, true],
    ['village officer', as('desa-gombang', 'VILLAGE_GOVERNMENT', GOMBANG, 'VILLAGE_OFFICER'), true, true],
    ['kepala desa', as('desa-gombang', 'VILLAGE_GOVERNMENT', GOMBANG, 'KEPALA_DESA'), true, true],
    [
      'Trantibumlinmas officer',
      as('trantibum-gombang', 'VILLAGE_TRANTIBUM', GOMBANG, 'TRANTIBUM_OFFICER'),
      true,
      false,
    ],
    ['kecamatan officer', as('kec-cawas', 'KECAMATAN', '33.10.05', 'KECAMATAN_OFFICER'), false, false],
    ['OPD officer of the unit it was routed to', as('opd-pendidikan', 'OPD', '33.10', 'OPD_OFFICER'), true, true],
    [
      'police officer of the unit it was routed to',
      as('polsek-cawas', 'POLICE', '33.10.05', 'POLICE_OFFICER'),
      true,
      false,
    ],
    [
      'health worker of the unit it was routed to',
      as('pustu-gombang', 'PUSTU', GOMBANG, 'HEALTH_WORKER'),
      false,
      false,
    ],
    ['admin', as('kab-klaten', 'KABUPATEN', '33.10', 'ADMIN'), false, false],
    ['kader of another Posyandu', as('posyandu-pogung', 'POSYANDU', '33.10.05.2019', 'KADER'), false, false],
    ['OPD the case was never routed to', as('opd-sosial', 'OPD', '33.10', 'OPD_OFFICER'), false, false],
  ])('%s: full NIK %s, full KK %s', (_who, principal, nik, kk) => {
    expect(canSeeFullNik(principal, routed)).toBe(nik);
    expect(canSeeFullKk(principal, routed)).toBe(kk);
  });

  it('a role that needs the numbers does not lend them to another membership of the same user', () => {
    // A kecamatan officer who is also a kader elsewhere sees this case only as kecamatan: masked.
    const both: Principal = {
      userId: 'u',
      memberships: [
        { orgUnitId: 'kec-cawas', orgUnitKind: 'KECAMATAN', areaCode: '33.10.05', role: 'KECAMATAN_OFFICER' },
        { orgUnitId: 'posyandu-pogung', orgUnitKind: 'POSYANDU', areaCode: '33.10.05.2019', role: 'KADER' },
      ],
    };
    expect(canSeeFullNik(both, routed)).toBe(false);
    expect(canSeeFullKk(both, routed)).toBe(false);
  });
});

describe('apiClientRole: which units may have API keys, and the role a key acts with', () => {
  it.each([
    ['OPD', 'OPD_OFFICER'],
    ['POLICE', 'POLICE_OFFICER'],
    ['PUSKESMAS', 'HEALTH_WORKER'],
    ['PUSTU', 'HEALTH_WORKER'],
    ['POSYANDU', 'KADER'],
    ['VILLAGE_GOVERNMENT', null],
    ['VILLAGE_TRANTIBUM', null],
    ['KECAMATAN', null],
    ['KABUPATEN', null],
  ] as const)('%s → %s', (kind, role) => {
    expect(apiClientRole(kind)).toBe(role);
  });
});
