import type { SpmMapping, SpmServiceDefinition } from '@posyandu-spm/core';

/**
 * The five jenis pelayanan dasar of the social SPM of a kabupaten/kota (PP 2/2018; Permensos
 * 9/2018, standar teknis SPM bidang sosial daerah kabupaten/kota), in the regulation's order.
 */
const BASIS = 'PP 2/2018; Permensos 9/2018 (SPM Sosial daerah kabupaten/kota)';

export const sosialSpmServices: readonly SpmServiceDefinition[] = [
  {
    id: 'rehsos-disabilitas',
    name: {
      id: 'Rehabilitasi sosial dasar penyandang disabilitas terlantar di luar panti',
      en: 'Basic social rehabilitation of neglected persons with disabilities outside institutions',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf a`,
    spm: true,
  },
  {
    id: 'rehsos-anak-terlantar',
    name: {
      id: 'Rehabilitasi sosial dasar anak terlantar di luar panti',
      en: 'Basic social rehabilitation of neglected children outside institutions',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf b`,
    spm: true,
  },
  {
    id: 'rehsos-lansia',
    name: {
      id: 'Rehabilitasi sosial dasar lanjut usia terlantar di luar panti',
      en: 'Basic social rehabilitation of neglected elderly people outside institutions',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf c`,
    spm: true,
  },
  {
    id: 'rehsos-gepeng',
    name: {
      id: 'Rehabilitasi sosial dasar tuna sosial khususnya gelandangan dan pengemis di luar panti',
      en: 'Basic social rehabilitation of the socially excluded, especially homeless people and beggars, outside institutions',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf d`,
    spm: true,
  },
  {
    id: 'perlindungan-korban-bencana',
    name: {
      id: 'Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana bagi korban bencana kabupaten/kota',
      en: 'Social protection and security during and after the disaster emergency for disaster victims of the kabupaten/kota',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf e`,
    spm: true,
  },
];

export const sosialSpmMapping: Readonly<Record<string, SpmMapping>> = {
  'disability-services': { service: 'rehsos-disabilitas', penerima: 'PERSON_WITH_DISABILITY' },
  'neglected-child-services': { service: 'rehsos-anak-terlantar', penerima: 'CHILD' },
  'elderly-services': { service: 'rehsos-lansia', penerima: 'ELDERLY' },
  'homeless-and-beggar-services': { service: 'rehsos-gepeng', penerima: 'HOMELESS_OR_BEGGAR' },
  'disaster-victim-protection': { service: 'perlindungan-korban-bencana', penerima: 'DISASTER_VICTIM' },
};
