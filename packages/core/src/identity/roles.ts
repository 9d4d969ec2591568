import type { LocalizedText } from '../errors/domain-error.js';

/**
 * Roles a user (or an API client) holds in an org unit. The core owns this list;
 * plugins refer to these names in their workflows.
 */
export const ROLES = [
  'KADER',
  'VILLAGE_OFFICER',
  'KEPALA_DESA',
  'TRANTIBUM_OFFICER',
  'KECAMATAN_OFFICER',
  'OPD_OFFICER',
  'POLICE_OFFICER',
  'HEALTH_WORKER',
  /** The head of a unit (kepala dinas, kepala Puskesmas): told first when a case the unit holds is overdue. */
  'UNIT_HEAD',
  /** A member of the kabupaten's SPM coordination unit (Tim Penerapan SPM): reads every case of the kabupaten. */
  'SPM_COORDINATOR',
  /** The Sekda (regional secretary) or the Bupati's office: the last escalation level; reads every case of the kabupaten. */
  'REGIONAL_SECRETARY',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, LocalizedText> = {
  KADER: { id: 'Kader Posyandu', en: 'Posyandu volunteer (kader)' },
  VILLAGE_OFFICER: { id: 'Perangkat desa', en: 'Village officer' },
  KEPALA_DESA: { id: 'Kepala desa', en: 'Village head' },
  TRANTIBUM_OFFICER: { id: 'Petugas Trantibumlinmas desa', en: 'Village public-order officer' },
  KECAMATAN_OFFICER: { id: 'Petugas kecamatan', en: 'Kecamatan officer' },
  OPD_OFFICER: { id: 'Petugas OPD', en: 'Regional agency (OPD) officer' },
  POLICE_OFFICER: { id: 'Petugas kepolisian', en: 'Police officer' },
  HEALTH_WORKER: { id: 'Tenaga kesehatan', en: 'Health worker' },
  UNIT_HEAD: { id: 'Kepala dinas / kepala Puskesmas', en: 'Agency head (kepala dinas, kepala Puskesmas)' },
  SPM_COORDINATOR: { id: 'Koordinator SPM (Tim Penerapan SPM)', en: 'SPM coordinator (SPM implementation team)' },
  REGIONAL_SECRETARY: { id: 'Sekretaris Daerah / Bupati', en: 'Regional secretary (Sekda) / Bupati' },
  ADMIN: { id: 'Admin kabupaten', en: 'Kabupaten administrator' },
};

/** Kinds of org unit. Each is bound to an area of a fixed level. */
export const ORG_UNIT_KINDS = [
  'POSYANDU',
  'VILLAGE_GOVERNMENT',
  'VILLAGE_TRANTIBUM',
  'PUSTU',
  'PUSKESMAS',
  'KECAMATAN',
  'KABUPATEN',
  'OPD',
  'POLICE',
  /** The kabupaten's SPM coordination unit (Tim Penerapan SPM, Bagian Pemerintahan; Permendagri 59/2021). */
  'SPM_COORDINATION',
] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];

/** What each kind of org unit is called, for reports and forms. */
export const ORG_UNIT_KIND_LABELS: Record<OrgUnitKind, LocalizedText> = {
  POSYANDU: { id: 'Posyandu', en: 'Posyandu' },
  VILLAGE_GOVERNMENT: { id: 'Pemerintah desa', en: 'Village government' },
  VILLAGE_TRANTIBUM: { id: 'Trantibumlinmas desa', en: 'Village public-order section' },
  PUSTU: { id: 'Pustu', en: 'Pustu (sub-health centre)' },
  PUSKESMAS: { id: 'Puskesmas', en: 'Puskesmas (health centre)' },
  KECAMATAN: { id: 'Kecamatan', en: 'Kecamatan' },
  KABUPATEN: { id: 'Pemerintah kabupaten', en: 'Kabupaten government' },
  OPD: { id: 'OPD (dinas)', en: 'Regional agency (OPD)' },
  POLICE: { id: 'Kepolisian', en: 'Police' },
  SPM_COORDINATION: { id: 'Tim Penerapan SPM (Bagian Pemerintahan)', en: 'SPM coordination unit (government section)' },
};

/** Levels of the official area hierarchy (Kepmendagri codes). */
export const AREA_LEVELS = ['PROVINSI', 'KABUPATEN', 'KECAMATAN', 'DESA'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

/** The area level each kind of org unit is bound to. */
export const ORG_UNIT_AREA_LEVEL: Record<OrgUnitKind, AreaLevel> = {
  POSYANDU: 'DESA',
  VILLAGE_GOVERNMENT: 'DESA',
  VILLAGE_TRANTIBUM: 'DESA',
  PUSTU: 'DESA',
  PUSKESMAS: 'KECAMATAN',
  KECAMATAN: 'KECAMATAN',
  KABUPATEN: 'KABUPATEN',
  OPD: 'KABUPATEN',
  POLICE: 'KECAMATAN',
  SPM_COORDINATION: 'KABUPATEN',
};
