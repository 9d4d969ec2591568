/** Realistic inputs for Perumahan Rakyat cases, shared by this plugin's tests and the cross-package tests. */

/** The photos of the house from 3 sides (deck: "Foto Kondisi Rumah … (3 Sisi)"), and the wrong counts around them. */
export const housePhotos = {
  complete: ['rumah-tampak-depan.jpg', 'rumah-tampak-samping.jpg', 'rumah-tampak-belakang.jpg'],
  tooFew: ['rumah-tampak-depan.jpg', 'rumah-tampak-samping.jpg'],
  tooMany: ['rumah-tampak-depan.jpg', 'rumah-samping-kanan.jpg', 'rumah-samping-kiri.jpg', 'rumah-belakang.jpg'],
};

/** The six documents of the deck, each with a valid number of files (exactly 3 house photos). */
export const allDocuments = [
  { code: 'ktp-copy', fileNames: ['ktp-pemohon.jpg'] },
  { code: 'kk-copy', fileNames: ['kartu-keluarga.jpg'] },
  { code: 'no-prior-aid-statement', fileNames: ['pernyataan-belum-pernah-menerima-bantuan-rtlh.jpg'] },
  { code: 'income-certificate', fileNames: ['sk-penghasilan-desa-gombang.pdf'] },
  { code: 'land-certificate-copy', fileNames: ['letter-c-halaman-1.jpg', 'letter-c-halaman-2.jpg'] },
  { code: 'house-photos', fileNames: housePhotos.complete },
];

/** The six documents with the house photos replaced by `photos`. */
export function documentsWithPhotos(photos: readonly string[]) {
  return allDocuments.map((d) => (d.code === 'house-photos' ? { ...d, fileNames: [...photos] } : d));
}

/** A household of Dusun Gombang Lor (the default applicant): the wife applies. */
export const household = {
  kkNumber: '3310051203090011',
  wife: { nik: '3310055203680002', name: 'Sumarni', phone: '0813-2900-1234' },
  husband: { nik: '3310050507650001', name: 'Parjo', phone: '0857-4011-2288' },
};

/**
 * A household that receives the aid once in the tests and then asks again: the wife first,
 * later her husband, who shares her family card (KK) but has his own NIK.
 */
export const aidedHousehold = {
  kkNumber: '3310051706110004',
  wife: { nik: '3310054402720003', name: 'Wagiyem', phone: '0821-3345-6610' },
  husband: { nik: '3310051908690002', name: 'Slamet Riyadi', phone: '0852-2931-0457' },
};

/** A household where wife and husband each bring a request within the same week. */
export const doubleRequestHousehold = {
  kkNumber: '3310050812140005',
  wife: { nik: '3310056306800006', name: 'Ngatini', phone: '0838-6612-0093' },
  husband: { nik: '3310052111780003', name: 'Sukirno', phone: '0896-0231-7745' },
};

/** Another household, never helped before. */
export const freshHousehold = {
  kkNumber: '3310052208120003',
  applicant: { nik: '3310056101580004', name: 'Tukiyem', phone: '0822-2650-7741' },
};

/** A household whose house stands on land lent by a relative: it does not qualify. */
export const borrowedLandHousehold = {
  kkNumber: '3310050310150006',
  applicant: { nik: '3310051011880005', name: 'Agus Widodo', phone: '0819-0433-2716' },
};

/** A household whose house was damaged by the January flood: disaster relief, not RTLH aid. */
export const floodedHousehold = {
  kkNumber: '3310052704100002',
  applicant: { nik: '3310054907750001', name: 'Sri Mulyani', phone: '0877-1320-5590' },
};

/** A house-rehabilitation request; `overrides` replace whole top-level fields. */
export function perumahanRakyatInput(overrides: Record<string, unknown> = {}) {
  return {
    sectorId: 'perumahan-rakyat',
    serviceType: 'house-rehabilitation',
    applicant: {
      ...household.wife,
      kkNumber: household.kkNumber,
      address: 'Dusun Gombang Lor RT 004 / RW 001, Desa Gombang, Kecamatan Cawas',
    },
    description:
      'Atap rumah bocor di banyak titik dan kuda-kuda kayu lapuk; dinding belakang masih gedhek bambu. ' +
      'Keluarga buruh tani tidak mampu memperbaiki sendiri.',
    facts: {
      damagedParts: 'Atap bocor, kuda-kuda kayu lapuk, dinding belakang anyaman bambu, lantai tanah di dapur.',
      occupants: 4,
      monthlyIncome: 1_200_000,
      landDocumentKind: 'LETTER_C',
    },
    dusun: 'Gombang Lor',
    rw: '1',
    rt: '4',
    documents: allDocuments,
    ...overrides,
  };
}

/** The same request made by another applicant (`{ nik, name, phone }` and their KK number). */
export function requestBy(
  person: { nik: string; name: string; phone: string },
  kkNumber: string,
  overrides: Record<string, unknown> = {},
) {
  return perumahanRakyatInput({ applicant: { ...person, kkNumber }, ...overrides });
}
