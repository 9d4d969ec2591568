/**
 * Realistic inputs for Trantibumlinmas complaints at the integrated service post of
 * Desa Gombang, shared by this plugin's tests and the cross-package tests.
 *
 * The case's dusun/RT/RW and `facts.incidentLocation` are where the incident is,
 * never the reporter's home: they are shown to every officer who reads the case.
 * The reporter's own address goes in `applicant.address`, which is confidential.
 */

/** A neighbour who reports, giving everything the deck asks (name, address, contact, identity). */
export const reporter = {
  nik: '3310051203790002',
  name: 'Bambang Riyadi',
  phone: '0813-2900-1177',
  address: 'Dusun Gombang Lor RT 001 RW 003, Desa Gombang',
};

/**
 * Strings that identify `reporter` in any form the API could print them: the name,
 * the NIK, the phone as typed and as stored (+62…), and the address.
 */
export const reporterTraces = [
  reporter.name,
  reporter.nik,
  reporter.phone,
  '81329001177',
  reporter.address,
  'Gombang Lor',
];

/** The victim the neighbour reports about (a beneficiary of the case). */
export const victim = { name: 'Sulastri', relation: 'korban', nik: '3310056106900004' };

/** The identity document shown at the post (KTP); optional in this sector. */
export const identityDocument = { code: 'reporter-identity', fileNames: ['identitas-pelapor.jpg'] };

/** A domestic-violence complaint by a neighbour with full identity and the victim named. */
export function trantibumlinmasInput(overrides: Record<string, unknown> = {}) {
  return {
    sectorId: 'trantibumlinmas',
    serviceType: 'domestic-violence',
    applicant: reporter,
    beneficiaries: [victim],
    description:
      'Hampir setiap malam terdengar teriakan dan barang dibanting dari rumah tetangga; korban beberapa kali terlihat memar di lengan dan wajah.',
    facts: {
      incidentLocation: 'Rumah di sebelah timur mushola, Dusun Gombang Kidul',
      incidentDate: '2026-11-21',
      ongoingThreat: true,
    },
    dusun: 'Gombang Kidul',
    rw: '1',
    rt: '2',
    documents: [identityDocument],
    ...overrides,
  };
}

/** Thuggery at the village market: the section finds it needs Satpol PP (the OPD). */
export function thuggeryInput(overrides: Record<string, unknown> = {}) {
  return trantibumlinmasInput({
    serviceType: 'thuggery',
    beneficiaries: [],
    description:
      'Sekelompok pemuda dari luar desa memungut "uang keamanan" secara paksa dari pedagang Pasar Desa Gombang setiap malam Minggu dan mengancam pedagang yang menolak.',
    facts: { incidentLocation: 'Pasar Desa Gombang, los sayur sisi selatan', ongoingThreat: true },
    dusun: 'Gombang Tengah',
    rw: '2',
    rt: '1',
    ...overrides,
  });
}

/** Suspected drug dealing from a rented house: a police matter. */
export function drugsInput(overrides: Record<string, unknown> = {}) {
  return trantibumlinmasInput({
    serviceType: 'drugs',
    beneficiaries: [],
    description:
      'Rumah kontrakan di ujung dusun sering didatangi orang tak dikenal larut malam; warga menemukan plastik klip kecil dan jarum suntik di selokan depan rumah.',
    facts: {
      incidentLocation: 'Rumah kontrakan paling ujung, jalan tembus ke sawah, Dusun Gombang Kidul',
      incidentDate: '2026-11-20',
      ongoingThreat: false,
    },
    ...overrides,
  });
}

/** A victim who reports herself; the post also lists her as the person concerned. */
export const selfReportingVictim = {
  nik: '3310054909880003',
  name: 'Endang Pertiwi',
  phone: '0857-4012-8830',
  address: 'Dusun Gombang Wetan RT 003 RW 002, Desa Gombang',
};
export const selfReportingVictimTraces = [
  selfReportingVictim.name,
  selfReportingVictim.nik,
  selfReportingVictim.phone,
  '85740128830',
  selfReportingVictim.address,
];

/** Domestic violence reported by the victim herself, who is also recorded as the victim (beneficiary). */
export function selfReportInput(overrides: Record<string, unknown> = {}) {
  return trantibumlinmasInput({
    applicant: selfReportingVictim,
    beneficiaries: [{ nik: selfReportingVictim.nik, name: selfReportingVictim.name, relation: 'korban' }],
    description:
      'Pelapor mengaku sering dipukul suaminya bila sedang mabuk; terakhir Sabtu malam hingga pelipis berdarah. Takut pulang.',
    facts: { incidentLocation: 'Rumah pelapor, Dusun Gombang Wetan', incidentDate: '2026-11-21', ongoingThreat: true },
    dusun: 'Gombang Wetan',
    rw: '2',
    rt: '3',
    ...overrides,
  });
}

/** Someone who gives neither identity nor contact (deck step 2b: "dapat diabaikan"). */
export const anonymousReporter = { name: '' };

/** Trees felled at night on the village's river bank, reported by someone who will not say who they are. */
export function anonymousLoggingInput(overrides: Record<string, unknown> = {}) {
  return trantibumlinmasInput({
    serviceType: 'illegal-logging',
    applicant: anonymousReporter,
    beneficiaries: [],
    description:
      'Beberapa pohon sono dan mahoni di tanggul Kali Dengkeng ditebang malam hari lalu diangkut truk tanpa surat; tanggul mulai longsor.',
    facts: { incidentLocation: 'Tanggul Kali Dengkeng, sebelah selatan jembatan dusun', ongoingThreat: false },
    dusun: 'Gombang Kidul',
    rw: '1',
    rt: '4',
    documents: [],
    ...overrides,
  });
}

/** Someone who gives only a first name and a phone number: reachable, so no warning. */
export const phoneOnlyReporter = { name: 'Darto', phone: '0878-3311-2045' };
export const phoneOnlyReporterTraces = [phoneOnlyReporter.phone, '87833112045'];

/** A fire hazard reported by phone-only reporter: gas cylinders stored next to a wood stove in a food stall. */
export function fireHazardInput(overrides: Record<string, unknown> = {}) {
  return trantibumlinmasInput({
    serviceType: 'fire',
    applicant: phoneOnlyReporter,
    beneficiaries: [],
    description:
      'Warung makan di pertigaan menyimpan puluhan tabung elpiji 3 kg bertumpuk di samping tungku kayu; dua kali hampir terbakar.',
    facts: { incidentLocation: 'Warung makan pertigaan Dusun Gombang Tengah', ongoingThreat: true },
    dusun: 'Gombang Tengah',
    rw: '2',
    rt: '2',
    documents: [],
    ...overrides,
  });
}

/**
 * An indecency complaint that turns out, on assessment, to be a quarrel between
 * neighbours with no public-order side: the kepala desa does not approve a follow-up.
 */
export function neighbourQuarrelInput(overrides: Record<string, unknown> = {}) {
  return trantibumlinmasInput({
    serviceType: 'indecency',
    beneficiaries: [],
    description:
      'Tetangga dituduh sering berbuat tidak senonoh di teras rumah kontrakan dan menjadi tontonan anak-anak sekitar.',
    facts: { incidentLocation: 'Teras rumah kontrakan, Dusun Gombang Tengah', ongoingThreat: false },
    dusun: 'Gombang Tengah',
    rw: '2',
    rt: '1',
    ...overrides,
  });
}
