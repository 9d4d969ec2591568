import { describe, expect, it } from 'vitest';
import { canReadCase, canRecordVisit, canSeeFullNik, canSeeReporterIdentity, caseReach } from './policy.js';
import type { CaseAccessFacts, Membership, Principal } from './principal.js';

const GOMBANG = '33.10.05.2018';
const unit = (
  orgUnitId: string,
  orgUnitKind: Membership['orgUnitKind'],
  areaCode: string,
  role: Membership['role'],
): Principal => ({
  userId: `${role}-${orgUnitId}`,
  memberships: [{ orgUnitId, orgUnitKind, areaCode, role }],
});

const kader = unit('posyandu-gombang', 'POSYANDU', GOMBANG, 'KADER');
const otherKader = unit('posyandu-pogung', 'POSYANDU', '33.10.05.2019', 'KADER');
const village = unit('desa-gombang', 'VILLAGE_GOVERNMENT', GOMBANG, 'VILLAGE_OFFICER');
const kades = unit('desa-gombang', 'VILLAGE_GOVERNMENT', GOMBANG, 'KEPALA_DESA');
const trantibum = unit('trantibum-gombang', 'VILLAGE_TRANTIBUM', GOMBANG, 'TRANTIBUM_OFFICER');
const camat = unit('kec-cawas', 'KECAMATAN', '33.10.05', 'KECAMATAN_OFFICER');
const otherCamat = unit('kec-bayat', 'KECAMATAN', '33.10.06', 'KECAMATAN_OFFICER');
const opd = unit('opd-pendidikan', 'OPD', '33.10', 'OPD_OFFICER');
const police = unit('polsek-cawas', 'POLICE', '33.10.05', 'POLICE_OFFICER');
const admin = unit('kab-klaten', 'KABUPATEN', '33.10', 'ADMIN');

const atPosyandu: CaseAccessFacts = {
  areaCode: GOMBANG,
  originUnitId: 'posyandu-gombang',
  holderUnitId: 'posyandu-gombang',
  holderChain: ['posyandu-gombang', 'desa-gombang', 'kec-cawas'],
  heldByUnitIds: ['posyandu-gombang'],
  confidentialReporter: false,
};

describe('canReadCase (DESIGN §8)', () => {
  it.each([
    ['the kader of the Posyandu', kader, true],
    ['a kader of another Posyandu', otherKader, false],
    ['the village officer', village, true],
    ['the kecamatan of the village', camat, true],
    ['another kecamatan', otherCamat, false],
    ['the OPD before it was routed there', opd, false],
    ['the admin', admin, false],
  ])('%s → %s', (_who, principal, expected) => {
    expect(canReadCase(principal, atPosyandu)).toBe(expected);
  });

  it('the OPD reads a case once routed to it, and keeps reading it after it moved on', () => {
    const forwarded = {
      ...atPosyandu,
      holderUnitId: 'desa-gombang',
      heldByUnitIds: ['posyandu-gombang', 'desa-gombang', 'opd-pendidikan'],
    };
    expect(canReadCase(opd, forwarded)).toBe(true);
  });

  it('an admin has no case reach at all', () => {
    expect(caseReach(admin)).toEqual({
      unitIds: [],
      areaCodes: [],
      areaPrefixes: [],
      routedUnitIds: [],
      coveredAreas: [],
    });
  });
});

describe('area readers a service type declares (the Pustu on a home-visit monitoring case)', () => {
  const pustu = unit('pustu-gombang', 'PUSTU', GOMBANG, 'HEALTH_WORKER');
  const otherPustu = unit('pustu-pogung', 'PUSTU', '33.10.05.2019', 'HEALTH_WORKER');
  const puskesmas = unit('puskesmas-cawas', 'PUSKESMAS', '33.10.05', 'HEALTH_WORKER');
  const monitoring: CaseAccessFacts = { ...atPosyandu, areaReaders: { roles: ['HEALTH_WORKER'], recordVisits: true } };

  it('health workers whose unit covers the desa read it from registration; another desa’s Pustu does not', () => {
    expect(canReadCase(pustu, monitoring)).toBe(true);
    expect(canReadCase(puskesmas, monitoring)).toBe(true);
    expect(canReadCase(otherPustu, monitoring)).toBe(false);
    // Roles not named gain nothing: the OPD still reads it only once routed.
    expect(canReadCase(opd, monitoring)).toBe(false);
  });

  it('a case without area readers stays with the routed units only', () => {
    expect(canReadCase(pustu, atPosyandu)).toBe(false);
    expect(canReadCase(puskesmas, atPosyandu)).toBe(false);
  });

  it('they may record visits only when the service type says so, and never see the full NIK', () => {
    expect(canRecordVisit(pustu, monitoring)).toBe(true);
    expect(
      canRecordVisit(pustu, { ...monitoring, areaReaders: { roles: ['HEALTH_WORKER'], recordVisits: false } }),
    ).toBe(false);
    expect(canRecordVisit(otherPustu, monitoring)).toBe(false);
    expect(canSeeFullNik(pustu, monitoring)).toBe(false);
  });
});

describe('confidential reporter identity', () => {
  const complaint: CaseAccessFacts = {
    ...atPosyandu,
    originUnitId: 'trantibum-gombang',
    holderUnitId: 'trantibum-gombang',
    heldByUnitIds: ['trantibum-gombang'],
    confidentialReporter: true,
  };

  it('is seen by the Trantibumlinmas section and the kepala desa, not by other village staff or the kecamatan', () => {
    expect(canSeeReporterIdentity(trantibum, complaint)).toBe(true);
    expect(canSeeReporterIdentity(kades, complaint)).toBe(true);
    expect(canSeeReporterIdentity(village, complaint)).toBe(false);
    expect(canSeeReporterIdentity(camat, complaint)).toBe(false);
  });

  it('is seen by the unit it was forwarded to', () => {
    const forwarded = {
      ...complaint,
      holderUnitId: 'polsek-cawas',
      heldByUnitIds: ['trantibum-gombang', 'polsek-cawas'],
    };
    expect(canSeeReporterIdentity(police, forwarded)).toBe(true);
    expect(canSeeReporterIdentity(police, complaint)).toBe(false);
  });
});

describe('full NIK', () => {
  it('is shown to the kader and the village, masked for the kecamatan', () => {
    expect(canSeeFullNik(kader, atPosyandu)).toBe(true);
    expect(canSeeFullNik(village, atPosyandu)).toBe(true);
    expect(canSeeFullNik(camat, atPosyandu)).toBe(false);
  });
});
