import type { SpmMapping, SpmServiceDefinition, SpmTarget } from '@posyandu-spm/core';
import type { TargetGroup } from './target-groups.js';
import { BPJS_INACTIVE, HEALTH_SERVICE_COMPLAINT, HOME_VISIT_MONITORING } from './kesehatan.service-types.js';

/**
 * The twelve jenis pelayanan dasar of the health SPM of a kabupaten/kota (PP 2/2018; Permenkes
 * 4/2019, Lampiran, standar teknis SPM kesehatan daerah kabupaten/kota), numbered as the
 * regulation lists them, plus two services the desk handles that the SPM does not list.
 */
const BASIS = 'PP 2/2018; Permenkes 4/2019 (SPM Kesehatan daerah kabupaten/kota)';

const spm = (n: number, id: string, name: string, en: string): SpmServiceDefinition => ({
  id,
  name: { id: name, en },
  basis: `${BASIS}, jenis pelayanan dasar ke-${n}`,
  spm: true,
});

export const kesehatanSpmServices: readonly SpmServiceDefinition[] = [
  spm(1, 'kesehatan-ibu-hamil', 'Pelayanan kesehatan ibu hamil', 'Health care for pregnant women'),
  spm(2, 'kesehatan-ibu-bersalin', 'Pelayanan kesehatan ibu bersalin', 'Health care for women giving birth'),
  spm(3, 'kesehatan-bayi-baru-lahir', 'Pelayanan kesehatan bayi baru lahir', 'Health care for newborns'),
  spm(4, 'kesehatan-balita', 'Pelayanan kesehatan balita', 'Health care for children under five'),
  spm(
    5,
    'kesehatan-usia-pendidikan-dasar',
    'Pelayanan kesehatan pada usia pendidikan dasar',
    'Health care at basic-education age',
  ),
  spm(6, 'kesehatan-usia-produktif', 'Pelayanan kesehatan pada usia produktif', 'Health care at working age'),
  spm(7, 'kesehatan-usia-lanjut', 'Pelayanan kesehatan pada usia lanjut', 'Health care for the elderly'),
  spm(
    8,
    'kesehatan-hipertensi',
    'Pelayanan kesehatan penderita hipertensi',
    'Health care for people with hypertension',
  ),
  spm(
    9,
    'kesehatan-diabetes-melitus',
    'Pelayanan kesehatan penderita diabetes melitus',
    'Health care for people with diabetes mellitus',
  ),
  spm(
    10,
    'kesehatan-odgj-berat',
    'Pelayanan kesehatan orang dengan gangguan jiwa berat',
    'Health care for people with severe mental disorders',
  ),
  spm(
    11,
    'kesehatan-terduga-tuberkulosis',
    'Pelayanan kesehatan orang terduga tuberkulosis',
    'Health care for people presumed to have tuberculosis',
  ),
  spm(
    12,
    'kesehatan-risiko-hiv',
    'Pelayanan kesehatan orang dengan risiko terinfeksi virus yang melemahkan daya tahan tubuh manusia (HIV)',
    'Health care for people at risk of HIV infection',
  ),
  {
    id: 'kepesertaan-jkn',
    name: {
      id: 'Reaktivasi kepesertaan JKN (PBI) — layanan pendukung, bukan jenis pelayanan dasar SPM',
      en: 'Reactivating national health insurance (PBI) — a supporting service, not an SPM basic service',
    },
    basis: 'Perpres 82/2018 tentang Jaminan Kesehatan (tidak termasuk SPM Permenkes 4/2019)',
    spm: false,
  },
  {
    id: 'pengaduan-layanan-kesehatan',
    name: {
      id: 'Pengaduan layanan kesehatan — layanan pendukung, bukan jenis pelayanan dasar SPM',
      en: 'Health-service complaints — a supporting service, not an SPM basic service',
    },
    basis: 'UU 25/2009 tentang Pelayanan Publik, pengelolaan pengaduan (tidak termasuk SPM Permenkes 4/2019)',
    spm: false,
  },
];

/** The monitored person's target group (deck item 1a) names the health service they receive. */
const BY_TARGET_GROUP: Record<TargetGroup, SpmTarget> = {
  PREGNANT: { service: 'kesehatan-ibu-hamil', penerima: 'PREGNANT_WOMAN' },
  // Postpartum care (nifas), breastfeeding included, is part of the ibu bersalin service.
  GIVING_BIRTH: { service: 'kesehatan-ibu-bersalin', penerima: 'WOMAN_GIVING_BIRTH' },
  BREASTFEEDING: { service: 'kesehatan-ibu-bersalin', penerima: 'WOMAN_GIVING_BIRTH' },
  NEWBORN: { service: 'kesehatan-bayi-baru-lahir', penerima: 'NEWBORN' },
  TODDLER: { service: 'kesehatan-balita', penerima: 'TODDLER' },
  SCHOOL_AGE_TEEN: { service: 'kesehatan-usia-pendidikan-dasar', penerima: 'CHILD' },
  ELDERLY: { service: 'kesehatan-usia-lanjut', penerima: 'ELDERLY' },
};

export const kesehatanSpmMapping: Readonly<Record<string, SpmMapping>> = {
  [HOME_VISIT_MONITORING]: { byFact: 'targetGroup', targets: BY_TARGET_GROUP },
  [BPJS_INACTIVE]: { service: 'kepesertaan-jkn', penerima: 'RESIDENT' },
  [HEALTH_SERVICE_COMPLAINT]: { service: 'pengaduan-layanan-kesehatan', penerima: 'RESIDENT' },
};
