import type { SpmMapping, SpmServiceDefinition, SpmTarget } from '@posyandu-spm/core';

/**
 * The three jenis pelayanan dasar of the education SPM of a kabupaten/kota (PP 2/2018;
 * Permendikbud 32/2018, standar teknis SPM pendidikan).
 */
const BASIS = 'PP 2/2018; Permendikbud 32/2018 (SPM Pendidikan daerah kabupaten/kota)';

export const pendidikanSpmServices: readonly SpmServiceDefinition[] = [
  {
    id: 'paud',
    name: { id: 'Pendidikan Anak Usia Dini (PAUD)', en: 'Early-childhood education (PAUD)' },
    basis: `${BASIS}, jenis pelayanan dasar huruf a`,
    spm: true,
  },
  {
    id: 'pendidikan-dasar',
    name: { id: 'Pendidikan Dasar', en: 'Basic education' },
    basis: `${BASIS}, jenis pelayanan dasar huruf b`,
    spm: true,
  },
  {
    id: 'pendidikan-kesetaraan',
    name: { id: 'Pendidikan Kesetaraan', en: 'Equivalency education' },
    basis: `${BASIS}, jenis pelayanan dasar huruf c`,
    spm: true,
  },
];

const PAUD: SpmTarget = { service: 'paud', penerima: 'CHILD' };
const DASAR: SpmTarget = { service: 'pendidikan-dasar', penerima: 'CHILD' };
const KESETARAAN: SpmTarget = { service: 'pendidikan-kesetaraan', penerima: 'CHILD' };

export const pendidikanSpmMapping: Readonly<Record<string, SpmMapping>> = {
  'paud-cost-aid': PAUD,
  'basic-education-cost-aid': DASAR,
  'equivalency-cost-aid': KESETARAAN,
  // School supplies serve the level the student is in.
  'school-supplies-aid': { byFact: 'schoolLevel', targets: { PAUD, SD: DASAR, SMP: DASAR, KESETARAAN } },
};
