/** Realistic inputs for Pekerjaan Umum cases, shared by this plugin's tests and the cross-package tests. */

/** The one document of the sector: the head of the RT's signed letter, with the residents' list attached. */
export const allDocuments = [
  { code: 'request-letter', fileNames: ['surat-permohonan-rt-003.pdf', 'daftar-warga.jpg'] },
];

/** Two construction points in Dusun Gombang Kidul, Desa Gombang, Kecamatan Cawas (Klaten). */
export const constructionPoints = [
  { lat: -7.7893, lng: 110.7012, description: 'Sumur bor di tanah kas desa, samping mushola RT 003' },
  { lat: -7.7901, lng: 110.7025, description: 'Tandon dan kran umum di pertigaan RT 003 / RW 002' },
];

/** A point outside Indonesia (Paris), refused by the `locations` question. */
export const pointOutsideIndonesia = { lat: 48.85, lng: 2.35, description: 'Bukan di Indonesia' };

/** A clean-water request for one RT, applied for by the head of the RT. */
export function pekerjaanUmumInput(overrides: Record<string, unknown> = {}) {
  return {
    sectorId: 'pekerjaan-umum',
    serviceType: 'clean-water-facility',
    applicant: {
      nik: '3310051204700002',
      name: 'Suparno',
      phone: '0813-2900-1177',
      address: 'Dusun Gombang Kidul RT 003 / RW 002, Desa Gombang',
    },
    description:
      'Setiap kemarau sumur warga RT 003 kering; 38 KK mengambil air dari sungai. Ketua RT memohon sumur bor dan kran umum.',
    facts: {
      facilityKind: 'DRILLED_WELL',
      workKind: 'NEW_CONSTRUCTION',
      scope: 'RT',
      householdsServed: 38,
      constructionPoints,
    },
    dusun: 'Gombang Kidul',
    rw: '2',
    rt: '3',
    documents: allDocuments,
    ...overrides,
  };
}

/** An MCK renovation for a whole dusun, applied for by the head of the dusun. */
export function mckRenovationInput(overrides: Record<string, unknown> = {}) {
  return pekerjaanUmumInput({
    serviceType: 'mck-facility',
    applicant: { nik: '3310052809680001', name: 'Sugiyanto', phone: '0857-4011-2380' },
    description: 'MCK umum dusun atap bocor, pintu rusak dan saluran buangnya mampet; dipakai sekitar 60 KK.',
    facts: {
      facilityKind: 'COMMUNAL_MCK',
      workKind: 'RENOVATION',
      scope: 'DUSUN',
      householdsServed: 60,
      constructionPoints: [{ lat: -7.7915, lng: 110.6998, description: 'MCK umum dekat balai dusun Gombang Lor' }],
    },
    dusun: 'Gombang Lor',
    rw: '1',
    rt: undefined,
    ...overrides,
  });
}
