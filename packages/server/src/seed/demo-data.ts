import { fileURLToPath } from 'node:url';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EscalationTarget, OrgUnitKind, Role } from '@posyandu-spm/core';
import { hashPassword } from '../auth/password.js';
import { EscalationChainRow, EscalationLevelRow } from '../entities/escalation-chain.entity.js';
import { Membership } from '../entities/membership.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';
import { User } from '../entities/user.entity.js';
import { seedNationalHolidays } from './holidays.seed.js';
import { importWilayah } from './wilayah-import.js';

const KLATEN_AREAS = fileURLToPath(new URL('./data/wilayah-klaten.tsv', import.meta.url));

/** The one password of every demo user (shown in the README; never use demo data in production). */
export const DEMO_PASSWORD = 'posyandu-demo-2026';

interface UnitSeed {
  key: string;
  kind: OrgUnitKind;
  name: string;
  areaCode: string;
  parent?: string;
  services?: string[];
}

/** Real areas of Kabupaten Klaten; the launch village is Desa Gombang, Kecamatan Cawas (33.10.05.2018). */
const UNITS: UnitSeed[] = [
  { key: 'kabupaten', kind: 'KABUPATEN', name: 'Pemerintah Kabupaten Klaten', areaCode: '33.10' },
  {
    key: 'tim-spm',
    kind: 'SPM_COORDINATION',
    name: 'Tim Penerapan SPM Kabupaten Klaten (Bagian Pemerintahan Setda)',
    areaCode: '33.10',
    parent: 'kabupaten',
  },
  { key: 'kecamatan', kind: 'KECAMATAN', name: 'Kecamatan Cawas', areaCode: '33.10.05', parent: 'kabupaten' },
  {
    key: 'desa',
    kind: 'VILLAGE_GOVERNMENT',
    name: 'Pemerintah Desa Gombang',
    areaCode: '33.10.05.2018',
    parent: 'kecamatan',
  },
  { key: 'posyandu', kind: 'POSYANDU', name: 'Posyandu Gombang', areaCode: '33.10.05.2018', parent: 'desa' },
  { key: 'puskesmas', kind: 'PUSKESMAS', name: 'Puskesmas Cawas I', areaCode: '33.10.05', parent: 'kecamatan' },
  { key: 'pustu', kind: 'PUSTU', name: 'Pustu Gombang', areaCode: '33.10.05.2018', parent: 'puskesmas' },
  {
    key: 'trantibum',
    kind: 'VILLAGE_TRANTIBUM',
    name: 'Bidang Trantibumlinmas Desa Gombang',
    areaCode: '33.10.05.2018',
    parent: 'desa',
  },
  { key: 'polsek', kind: 'POLICE', name: 'Polsek Cawas', areaCode: '33.10.05', parent: 'kecamatan' },
  {
    key: 'desa-pogung',
    kind: 'VILLAGE_GOVERNMENT',
    name: 'Pemerintah Desa Pogung',
    areaCode: '33.10.05.2019',
    parent: 'kecamatan',
  },
  {
    key: 'posyandu-pogung',
    kind: 'POSYANDU',
    name: 'Posyandu Pogung',
    areaCode: '33.10.05.2019',
    parent: 'desa-pogung',
  },
  {
    key: 'opd-kesehatan',
    kind: 'OPD',
    name: 'Dinas Kesehatan Kabupaten Klaten',
    areaCode: '33.10',
    parent: 'kabupaten',
    services: ['kesehatan'],
  },
  {
    key: 'opd-sosial',
    kind: 'OPD',
    name: 'Dinas Sosial, Pemberdayaan Perempuan dan Keluarga Berencana Kabupaten Klaten',
    areaCode: '33.10',
    parent: 'kabupaten',
    // Reactivating BPJS PBI health insurance is done through the social agency's DTKS data.
    services: ['sosial', 'bpjs-reactivation'],
  },
  {
    key: 'opd-pu',
    kind: 'OPD',
    name: 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Klaten',
    areaCode: '33.10',
    parent: 'kabupaten',
    services: ['pekerjaan-umum'],
  },
  {
    key: 'opd-perkim',
    kind: 'OPD',
    name: 'Dinas Perumahan Rakyat dan Kawasan Permukiman Kabupaten Klaten',
    areaCode: '33.10',
    parent: 'kabupaten',
    services: ['perumahan-rakyat'],
  },
  {
    key: 'opd-satpolpp',
    kind: 'OPD',
    name: 'Satuan Polisi Pamong Praja Kabupaten Klaten',
    areaCode: '33.10',
    parent: 'kabupaten',
    services: ['trantibumlinmas'],
  },
  {
    // Trantibumlinmas by category (issue 14): fires go to the fire and rescue service (in Klaten a
    // field of Satpol PP, a unit of its own here), disasters to BPBD, violence against women and
    // children to the UPTD PPA of the social, women and family agency.
    key: 'opd-damkar',
    kind: 'OPD',
    name: 'Pemadam Kebakaran dan Penyelamatan Kabupaten Klaten',
    areaCode: '33.10',
    parent: 'kabupaten',
    services: ['pemadam-kebakaran'],
  },
  {
    key: 'opd-bpbd',
    kind: 'OPD',
    name: 'Badan Penanggulangan Bencana Daerah Kabupaten Klaten',
    areaCode: '33.10',
    parent: 'kabupaten',
    services: ['penanggulangan-bencana'],
  },
  {
    key: 'opd-ppa',
    kind: 'OPD',
    name: 'UPTD Perlindungan Perempuan dan Anak Kabupaten Klaten',
    areaCode: '33.10',
    parent: 'kabupaten',
    services: ['perlindungan-perempuan-anak'],
  },
  {
    key: 'opd-pendidikan',
    kind: 'OPD',
    name: 'Dinas Pendidikan Kabupaten Klaten',
    areaCode: '33.10',
    parent: 'kabupaten',
    services: ['pendidikan'],
  },
];

/** Klaten's escalation chain: the holder's head, Tim Penerapan SPM, the Sekda (by unit key). */
const DEMO_ESCALATION_CHAIN: ReadonlyArray<{ target: EscalationTarget; unit?: string; windowWorkingDays: number }> = [
  { target: 'HOLDER_HEAD', windowWorkingDays: 2 },
  { target: 'UNIT', unit: 'tim-spm', windowWorkingDays: 3 },
  { target: 'UNIT', unit: 'kabupaten', windowWorkingDays: 5 },
];

/** One demo user per role. */
export const DEMO_USERS: ReadonlyArray<{ username: string; displayName: string; role: Role; unit: string }> = [
  { username: 'kader.gombang', displayName: 'Sri Lestari (Kader Posyandu Gombang)', role: 'KADER', unit: 'posyandu' },
  {
    username: 'perangkat.gombang',
    displayName: 'Wahyu Santoso (Kasi Kesra Desa Gombang)',
    role: 'VILLAGE_OFFICER',
    unit: 'desa',
  },
  { username: 'kades.gombang', displayName: 'Kepala Desa Gombang', role: 'KEPALA_DESA', unit: 'desa' },
  {
    username: 'trantibum.gombang',
    displayName: 'Petugas Trantibumlinmas Desa Gombang',
    role: 'TRANTIBUM_OFFICER',
    unit: 'trantibum',
  },
  { username: 'polisi.cawas', displayName: 'Petugas Polsek Cawas', role: 'POLICE_OFFICER', unit: 'polsek' },
  { username: 'camat.cawas', displayName: 'Petugas Kecamatan Cawas', role: 'KECAMATAN_OFFICER', unit: 'kecamatan' },
  {
    username: 'opd.pendidikan',
    displayName: 'Petugas Dinas Pendidikan Klaten',
    role: 'OPD_OFFICER',
    unit: 'opd-pendidikan',
  },
  {
    username: 'opd.kesehatan',
    displayName: 'Petugas Dinas Kesehatan Klaten',
    role: 'OPD_OFFICER',
    unit: 'opd-kesehatan',
  },
  { username: 'opd.sosial', displayName: 'Petugas Dinas Sosial Klaten', role: 'OPD_OFFICER', unit: 'opd-sosial' },
  { username: 'opd.pu', displayName: 'Petugas DPUPR Klaten', role: 'OPD_OFFICER', unit: 'opd-pu' },
  { username: 'opd.perkim', displayName: 'Petugas Disperkim Klaten', role: 'OPD_OFFICER', unit: 'opd-perkim' },
  { username: 'satpolpp.klaten', displayName: 'Petugas Satpol PP Klaten', role: 'OPD_OFFICER', unit: 'opd-satpolpp' },
  { username: 'damkar.klaten', displayName: 'Petugas Damkar Klaten', role: 'OPD_OFFICER', unit: 'opd-damkar' },
  { username: 'bpbd.klaten', displayName: 'Petugas BPBD Klaten', role: 'OPD_OFFICER', unit: 'opd-bpbd' },
  { username: 'ppa.klaten', displayName: 'Petugas UPTD PPA Klaten', role: 'OPD_OFFICER', unit: 'opd-ppa' },
  { username: 'puskesmas.cawas', displayName: 'Petugas Puskesmas Cawas I', role: 'HEALTH_WORKER', unit: 'puskesmas' },
  { username: 'bidan.gombang', displayName: 'Bidan Pustu Gombang', role: 'HEALTH_WORKER', unit: 'pustu' },
  { username: 'admin.klaten', displayName: 'Admin Kabupaten Klaten', role: 'ADMIN', unit: 'kabupaten' },
  {
    username: 'kadis.pendidikan',
    displayName: 'Kepala Dinas Pendidikan Klaten',
    role: 'UNIT_HEAD',
    unit: 'opd-pendidikan',
  },
  {
    username: 'koordinator.klaten',
    displayName: 'Koordinator Tim Penerapan SPM Klaten',
    role: 'SPM_COORDINATOR',
    unit: 'tim-spm',
  },
  {
    username: 'sekda.klaten',
    displayName: 'Sekretaris Daerah Kabupaten Klaten',
    role: 'REGIONAL_SECRETARY',
    unit: 'kabupaten',
  },
  { username: 'kader.pogung', displayName: 'Kader Posyandu Pogung', role: 'KADER', unit: 'posyandu-pogung' },
];

/**
 * Demo data for Desa Gombang: Klaten's real areas, the org units around the
 * launch village, one user per role, and the national holidays. Runs only on
 * a database with no users; returns false when it did nothing.
 */
export async function seedDemoData(em: EntityManager, options: { wilayahFile?: string } = {}): Promise<boolean> {
  if ((await em.count(User, {})) > 0) return false;
  // The demo ships its own copy of Klaten's rows of wilayah.tsv, so it runs without ../shared.
  await importWilayah(em, { file: options.wilayahFile ?? KLATEN_AREAS, within: '33.10' });
  await seedNationalHolidays(em);
  const units = new Map<string, OrgUnit>();
  for (const seed of UNITS) {
    const parent = seed.parent ? units.get(seed.parent) : undefined;
    const unit = em.create(OrgUnit, {
      kind: seed.kind,
      name: seed.name,
      area: seed.areaCode,
      parent: parent ?? null,
      ancestorIds: parent ? [parent.id, ...parent.ancestorIds] : [],
      services: seed.services ?? [],
    });
    units.set(seed.key, unit);
    em.persist(unit);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    const user = em.create(User, { username: u.username, displayName: u.displayName, passwordHash });
    em.persist(user);
    em.persist(em.create(Membership, { user, orgUnit: units.get(u.unit) as OrgUnit, role: u.role }));
  }
  // The default chain (docs/operations.md): the holder's head for 2 working days, then the SPM
  // coordination unit for 3, then the Sekda.
  em.persist(em.create(EscalationChainRow, { kabupatenCode: '33.10', dueSoonWorkingDays: 1, updatedAt: new Date() }));
  DEMO_ESCALATION_CHAIN.forEach((level, i) =>
    em.persist(
      em.create(EscalationLevelRow, {
        kabupatenCode: '33.10',
        position: i + 1,
        target: level.target,
        unit: level.unit ? (units.get(level.unit) as OrgUnit) : null,
        windowWorkingDays: level.windowWorkingDays,
      }),
    ),
  );
  await em.flush();
  return true;
}
