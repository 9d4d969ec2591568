/**
 * Realistic inputs for Kesehatan cases in Desa Gombang, shared by this plugin's
 * tests and the cross-package tests. NIKs follow the NIK rules (region 33.10.05,
 * birth date, women's day + 40); names and numbers are invented.
 */

/** The BPJS complaint's documents: KTP copy, KK copy and (optional) the card itself, front and back. */
export const bpjsDocuments = [
  { code: 'ktp-copy', fileNames: ['ktp-suparno.jpg'] },
  { code: 'kk-copy', fileNames: ['kk-suparno.jpg'] },
  { code: 'bpjs-card', fileNames: ['kis-depan.jpg', 'kis-belakang.jpg'] },
];

/** A toddler who missed the open day and whose weight did not rise, monitored at home. */
export function monitoringInput(overrides: Record<string, unknown> = {}) {
  return {
    sectorId: 'kesehatan',
    serviceType: 'home-visit-monitoring',
    applicant: {
      nik: '3310054906950002',
      name: 'Rina Wulandari',
      phone: '0813-2900-1177',
      kkNumber: '3310051404190006',
    },
    beneficiaries: [{ name: 'Rafa Pratama', relation: 'anak', nik: '3310051203240002' }],
    description:
      'Balita tidak hadir di hari buka Posyandu November; berat badan Oktober tidak naik (T). Perlu dipantau di rumah.',
    facts: {
      targetGroup: 'TODDLER',
      subjectName: 'Rafa Pratama',
      subjectBirthDate: '2024-03-12',
      monitoringReason: 'Tidak hadir di hari buka; BB tidak naik 2 bulan berturut-turut (2T).',
      lastOpenDayDate: '2026-11-16',
    },
    dusun: 'Gombang Lor',
    rw: '1',
    rt: '4',
    documents: [{ code: 'kia-kms-book', fileNames: ['kia-grafik-bb.jpg', 'kia-imunisasi.jpg'] }],
    ...overrides,
  };
}

/** An elderly PBI member whose card turned inactive while he needs regular hypertension check-ups. */
export function bpjsComplaintInput(overrides: Record<string, unknown> = {}) {
  return {
    sectorId: 'kesehatan',
    serviceType: 'bpjs-inactive',
    applicant: {
      nik: '3310050502580001',
      name: 'Suparno',
      phone: '0857-4012-3390',
      kkNumber: '3310051203080004',
      address: 'Dukuh Gombang Kidul RT 002 RW 003',
    },
    description:
      'Kartu KIS tiba-tiba non-aktif saat kontrol hipertensi di Puskesmas Cawas I; sebelumnya PBI dan tidak pernah membayar iuran.',
    facts: {
      bpjsCardNumber: '0001234567890',
      membershipSegment: 'PBI_APBN',
      inactiveSince: '2026-11-02',
      needsCareNow: true,
    },
    dusun: 'Gombang Kidul',
    rw: '3',
    rt: '2',
    documents: bpjsDocuments,
    ...overrides,
  };
}

/** A complaint that hypertension medicine has been out of stock at the Puskesmas. */
export function healthComplaintInput(overrides: Record<string, unknown> = {}) {
  return {
    sectorId: 'kesehatan',
    serviceType: 'health-service-complaint',
    applicant: { nik: '3310056111900003', name: 'Yuliana Sari', phone: '0821-3344-5566' },
    description:
      'Obat hipertensi untuk ibu saya kosong di Puskesmas Cawas I sejak dua bulan; disuruh membeli sendiri di apotek.',
    facts: { complaintTopic: 'MEDICINE', facilityName: 'Puskesmas Cawas I', incidentDate: '2026-11-18' },
    dusun: 'Gombang Tengah',
    rw: '2',
    rt: '1',
    documents: [{ code: 'complaint-evidence', fileNames: ['resep-amlodipin.jpg'] }],
    ...overrides,
  };
}

/** A kader's home visit to the monitored toddler, at `visitedAt` (ISO): weight faltering, needs follow-up. */
export function homeVisit(visitedAt: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'HOME',
    visitedAt,
    participants: 'Kader Sri Lestari',
    findings:
      'BB 9,1 kg (turun 0,2 kg), nafsu makan berkurang, batuk pilek 4 hari; ibu belum memberi MP-ASI lauk hewani.',
    recommendation: 'NEEDS_FOLLOW_UP',
    ...overrides,
  };
}

/**
 * A pregnant woman in her third trimester who missed the open day; the home
 * visit finds her well (blood pressure normal, check-ups up to date).
 */
export function pregnancyMonitoringInput(overrides: Record<string, unknown> = {}) {
  return monitoringInput({
    applicant: { nik: '3310055208000003', name: 'Dewi Anggraini', phone: '0812-2765-4410' },
    beneficiaries: [],
    description: 'Ibu hamil 32 minggu tidak hadir di hari buka Posyandu November; pantau di rumah.',
    facts: {
      targetGroup: 'PREGNANT',
      subjectName: 'Dewi Anggraini',
      subjectBirthDate: '2000-08-12',
      monitoringReason: 'Tidak hadir di hari buka; kehamilan trimester III.',
      lastOpenDayDate: '2026-11-16',
    },
    dusun: 'Gombang Tengah',
    rw: '2',
    rt: '3',
    documents: [],
    ...overrides,
  });
}

/** A self-paying (PBPU) member whose card went inactive for unpaid premiums: not a PBI case. */
export function bpjsArrearsInput(overrides: Record<string, unknown> = {}) {
  return bpjsComplaintInput({
    applicant: {
      nik: '3310051011850002',
      name: 'Bambang Riyanto',
      phone: '0878-1122-6634',
      kkNumber: '3310052306110009',
    },
    description: 'Kartu BPJS mandiri non-aktif saat berobat; iuran kelas 3 menunggak sejak Mei 2026.',
    facts: { membershipSegment: 'PBPU', inactiveSince: '2026-06-01', needsCareNow: false },
    documents: [
      { code: 'ktp-copy', fileNames: ['ktp-bambang.jpg'] },
      { code: 'kk-copy', fileNames: ['kk-bambang.jpg'] },
    ],
    ...overrides,
  });
}
