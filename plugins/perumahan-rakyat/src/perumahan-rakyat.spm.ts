import type { SpmMapping, SpmServiceDefinition } from '@posyandu-spm/core';

/**
 * The jenis pelayanan dasar of the housing SPM of a kabupaten/kota (PP 2/2018; Permen PUPR
 * 29/2018). Both are for disaster victims and people relocated by a regional programme; the
 * desk's house-rehabilitation aid for poor households (rumah tidak layak huni) is neither, so it
 * is reported as a supporting service and never counted as SPM achievement.
 */
const BASIS = 'PP 2/2018; Permen PUPR 29/2018 (SPM Perumahan Rakyat daerah kabupaten/kota)';

export const perumahanRakyatSpmServices: readonly SpmServiceDefinition[] = [
  {
    id: 'rumah-korban-bencana',
    name: {
      id: 'Penyediaan dan rehabilitasi rumah yang layak huni bagi korban bencana kabupaten/kota',
      en: 'Providing and rehabilitating decent housing for disaster victims of the kabupaten/kota',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf a`,
    spm: true,
  },
  {
    id: 'rumah-relokasi',
    name: {
      id: 'Fasilitasi penyediaan rumah yang layak huni bagi masyarakat yang terkena relokasi program Pemerintah Daerah kabupaten/kota',
      en: 'Facilitating decent housing for people relocated by a kabupaten/kota programme',
    },
    basis: `${BASIS}, jenis pelayanan dasar huruf b`,
    spm: true,
  },
  {
    id: 'rehabilitasi-rtlh',
    name: {
      id: 'Rehabilitasi rumah tidak layak huni (RTLH) — layanan pendukung, bukan jenis pelayanan dasar SPM',
      en: 'Rehabilitating substandard houses (RTLH) — a supporting service, not an SPM basic service',
    },
    basis: 'Bantuan stimulan perumahan swadaya; tidak termasuk jenis pelayanan dasar Permen PUPR 29/2018',
    spm: false,
  },
];

export const perumahanRakyatSpmMapping: Readonly<Record<string, SpmMapping>> = {
  'house-rehabilitation': { service: 'rehabilitasi-rtlh', penerima: 'HOUSEHOLD' },
};
