import type { SpmMapping, SpmServiceDefinition } from '@posyandu-spm/core';

/**
 * The jenis pelayanan dasar of the public-works SPM of a kabupaten/kota (PP 2/2018; Permen PUPR
 * 29/2018, standar teknis SPM pekerjaan umum dan perumahan rakyat).
 */
const BASIS = 'PP 2/2018; Permen PUPR 29/2018 (SPM Pekerjaan Umum daerah kabupaten/kota)';

export const pekerjaanUmumSpmServices: readonly SpmServiceDefinition[] = [
  {
    id: 'air-minum',
    name: { id: 'Pemenuhan kebutuhan pokok air minum sehari-hari', en: 'Daily drinking-water needs' },
    basis: `${BASIS}, jenis pelayanan dasar huruf a`,
    spm: true,
  },
  {
    id: 'air-limbah-domestik',
    name: {
      id: 'Penyediaan pelayanan pengolahan air limbah domestik',
      en: 'Domestic wastewater treatment services',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf b`,
    spm: true,
  },
];

export const pekerjaanUmumSpmMapping: Readonly<Record<string, SpmMapping>> = {
  'sanitation-facility': { service: 'air-limbah-domestik', penerima: 'HOUSEHOLD' },
  'mck-facility': { service: 'air-limbah-domestik', penerima: 'HOUSEHOLD' },
  'clean-water-facility': { service: 'air-minum', penerima: 'HOUSEHOLD' },
};
