/**
 * Realistic inputs for Sosial cases in Desa Gombang, Kecamatan Cawas (Klaten),
 * shared by this plugin's tests and the cross-package tests.
 *
 * The reporter is the applicant; the person the complaint is about (the deck's
 * *sasaran*) is a beneficiary. NIKs follow the real layout (331005 = first
 * registered in Kecamatan Cawas; women's birth day + 40).
 */

/** Step 2a and 2b, as the kader records them at the Posyandu: the sasaran's identity copy and the written complaint. */
export const intakeDocuments = [
  { code: 'target-identity-copy', fileNames: ['ktp-sasaran.jpg', 'kk-sasaran.jpg'] },
  { code: 'complaint-statement', fileNames: ['uraian-keluhan.pdf', 'foto-kondisi-sasaran.jpg'] },
];

/** Step 2c: the village government's statement letter, issued once the village has taken the case up. */
export const villageStatementLetter = {
  code: 'village-statement-letter',
  fileNames: ['surat-pernyataan-desa-gombang-474-112.pdf'],
};

/** Step 4: the home visit by the kader with the village government and the social worker of the kecamatan. */
export function homeVisit(visitedAt: string, findings: string, recommendation = 'ELIGIBLE') {
  return {
    kind: 'HOME',
    visitedAt,
    participants: 'Kader Sri Lestari, Kasi Kesra Wahyu Santoso, TKSK Kecamatan Cawas',
    findings,
    recommendation,
  };
}

/** An elderly widow living alone, reported by her neighbour (the happy path to Dinas Sosial). */
export function elderlyInput(overrides: Record<string, unknown> = {}) {
  return {
    sectorId: 'sosial',
    serviceType: 'elderly-services',
    applicant: {
      nik: '3310050408790002',
      name: 'Slamet Riyadi',
      phone: '0812-2675-4410',
      address: 'Dusun Gombang Kidul RT 002 / RW 001, Desa Gombang',
    },
    beneficiaries: [{ nik: '3310055203470003', name: 'Painem', relation: 'tetangga' }],
    description:
      'Mbah Painem (79) tinggal sendiri sejak suaminya meninggal, sering tidak makan dan sulit berjalan. Anak-anaknya merantau dan tidak pernah pulang.',
    facts: {
      age: 79,
      livesAlone: true,
      needsDailyCare: true,
      welfareDataStatus: 'NOT_REGISTERED',
      urgentNeeds: 'Makanan harian, pendamping lansia, pemeriksaan kesehatan.',
    },
    dusun: 'Gombang Kidul',
    rw: '1',
    rt: '2',
    documents: intakeDocuments,
    ...overrides,
  };
}

/** A boy with a physical disability who needs a wheelchair, reported by his mother. */
export function disabilityInput(overrides: Record<string, unknown> = {}) {
  return elderlyInput({
    serviceType: 'disability-services',
    applicant: { nik: '3310056911880001', name: 'Warsini', phone: '0857-2934-0187' },
    beneficiaries: [{ nik: '3310050207150002', name: 'Dimas Saputra', relation: 'anak kandung' }],
    description: 'Dimas (11) lumpuh kedua kaki sejak lahir, digendong ibunya ke sekolah. Kursi rodanya patah.',
    facts: { disabilityType: 'PHYSICAL', hasCaregiver: true, assistiveDeviceNeeded: 'Kursi roda anak' },
    dusun: 'Gombang Lor',
    rw: '3',
    rt: '1',
    ...overrides,
  });
}

/** A girl left with her grandmother after her parents went to work abroad and stopped sending money. */
export function neglectedChildInput(overrides: Record<string, unknown> = {}) {
  return elderlyInput({
    serviceType: 'neglected-child-services',
    applicant: { nik: '3310054305580004', name: 'Sukinah', phone: '0813-9012-5566' },
    beneficiaries: [{ nik: '3310055009140001', name: 'Ayu Lestari', relation: 'cucu' }],
    description:
      'Ayu (12) diasuh neneknya sejak orang tuanya bekerja di Malaysia; kiriman uang berhenti setahun, Ayu sering tidak berangkat sekolah.',
    facts: { childAge: 12, parentalSituation: 'ABANDONED', attendsSchool: true, welfareDataStatus: 'UNKNOWN' },
    ...overrides,
  });
}

/** A man begging at Pasar Cawas with no identity at all, reported by a market trader. */
export function homelessInput(overrides: Record<string, unknown> = {}) {
  return elderlyInput({
    serviceType: 'homeless-and-beggar-services',
    applicant: { nik: '3310055506700002', name: 'Tugiyem', phone: '0821-3344-9120' },
    beneficiaries: [{ name: 'Pak Gimin (nama panggilan)', relation: 'tidak ada hubungan' }],
    description:
      'Seorang laki-laki sekitar 60 tahun tidur di los Pasar Cawas dan mengemis di depan masjid desa selama dua minggu; tidak membawa identitas.',
    facts: {
      category: 'BOTH',
      whereFound: 'Los Pasar Cawas dan depan Masjid Al-Ikhlas Gombang',
      hasIdentityDocument: false,
      placeOfOrigin: 'Mengaku dari Wonogiri',
    },
    dusun: undefined,
    rw: undefined,
    rt: undefined,
    ...overrides,
  });
}

/** A family whose roof was torn off by a windstorm, asking for social-security protection. */
export function disasterVictimInput(overrides: Record<string, unknown> = {}) {
  return elderlyInput({
    serviceType: 'disaster-victim-protection',
    applicant: { nik: '3310051111760001', name: 'Parjo', phone: '0878-3100-2244' },
    beneficiaries: [],
    description: 'Atap rumah terbang diterjang angin puting beliung; keluarga 5 orang menumpang di rumah saudara.',
    facts: {
      disasterType: 'WINDSTORM',
      disasterDate: '2026-11-19',
      householdMembersAffected: 5,
      houseDamage: 'MODERATE',
      displaced: true,
    },
    ...overrides,
  });
}
