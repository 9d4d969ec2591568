import {
  act,
  bornBefore,
  closeOpenDay,
  dateOf,
  kk,
  nik,
  on,
  openDay,
  openDayVisitor,
  register,
  review,
  U,
  visit,
  type DemoCase,
  type DemoStep,
} from '../scenario.js';

const c = (key: string, shows: string, steps: DemoCase['steps']): DemoCase => ({
  sectorId: 'kesehatan',
  key,
  shows,
  steps,
});

interface Monitoring {
  parent: { name: string; nik: string; phone: string; kkNumber: string };
  subject: { name: string; nik?: string; birthDate: string; relation?: string };
  targetGroup: 'PREGNANT' | 'TODDLER' | 'ELDERLY' | 'NEWBORN';
  /** The working day of the open day the person missed. */
  missed: number;
  reason: string;
  description: string;
  place: [string, string, string];
}

function monitoring(m: Monitoring): Record<string, unknown> {
  const self = m.subject.relation === 'diri sendiri';
  return {
    sectorId: 'kesehatan',
    serviceType: 'home-visit-monitoring',
    applicant: m.parent,
    beneficiaries: self ? [] : [{ name: m.subject.name, relation: m.subject.relation ?? 'anak', nik: m.subject.nik }],
    description: m.description,
    facts: {
      targetGroup: m.targetGroup,
      subjectName: m.subject.name,
      subjectBirthDate: m.subject.birthDate,
      monitoringReason: m.reason,
      lastOpenDayDate: dateOf(m.missed),
    },
    dusun: m.place[0],
    rw: m.place[1],
    rt: m.place[2],
    documents: [{ code: 'kia-kms-book', fileNames: ['kia-grafik.jpg'] }],
  };
}

const homeVisit = (findings: string, recommendation: 'ELIGIBLE' | 'NEEDS_FOLLOW_UP' = 'NEEDS_FOLLOW_UP') =>
  visit({ kind: 'HOME', participants: 'Kader Sri Lestari', findings, recommendation });

function bpjs(
  applicant: { name: string; nik: string; phone: string; kkNumber: string; address: string },
  segment: 'PBI_APBN' | 'PBI_APBD' | 'PBPU',
  description: string,
  card: boolean,
): Record<string, unknown> {
  const first = applicant.name.toLowerCase().split(' ')[0];
  return {
    sectorId: 'kesehatan',
    serviceType: 'bpjs-inactive',
    applicant,
    description,
    facts: {
      bpjsCardNumber: card ? `000${applicant.nik.slice(6, 16)}` : undefined,
      membershipSegment: segment,
      inactiveSince: dateOf(25),
      needsCareNow: segment !== 'PBPU',
    },
    dusun: 'Gombang Kidul',
    rw: '3',
    rt: '2',
    documents: [
      { code: 'ktp-copy', fileNames: [`ktp-${first}.jpg`] },
      { code: 'kk-copy', fileNames: [`kk-${first}.jpg`] },
      ...(card ? [{ code: 'bpjs-card', fileNames: ['kis-depan.jpg', 'kis-belakang.jpg'] }] : []),
    ],
  };
}

/** The open day the monitoring cases name as the last one (working day 12 before the first start). */
const OPEN_DAY = 12;

/** A child at table 1 with the mother's consent, then weighed and measured at table 2 (WHO medians: no risk). */
function child(
  name: string,
  sex: 'MALE' | 'FEMALE',
  ageDays: number,
  mother: { name: string; nik: string; phone: string },
  at: string,
  m: { weightKg: number; lengthCm: number },
): DemoStep {
  return on(
    OPEN_DAY,
    at,
    U.kader,
    openDayVisitor(
      {
        person: { name },
        guardian: mother,
        guardianConsent: true,
        targetGroup: 'TODDLER',
        sex,
        birthDate: bornBefore(OPEN_DAY, ageDays),
      },
      { ...m, position: ageDays < 731 ? 'LYING' : 'STANDING' },
    ),
  );
}

/** Kesehatan: home-visit monitoring with the Pustu, BPJS reactivation by Dinas Sosial, complaints to Dinas Kesehatan. */
export const kesehatanCases: readonly DemoCase[] = [
  c('toddler-followed-up', 'a toddler whose weight fell, followed up by the Pustu (completed)', [
    on(
      25,
      '08:30',
      U.kader,
      register(
        monitoring({
          parent: {
            name: 'Rina Kurniasih',
            nik: nik('1996-06-14', 'F', 2),
            phone: '0813-2900-4471',
            kkNumber: kk('2019-03-18', 6),
          },
          subject: { name: 'Arkan Pratama', nik: nik('2024-05-09', 'M', 1), birthDate: '2024-05-09' },
          targetGroup: 'TODDLER',
          missed: 27,
          reason: 'Tidak hadir di hari buka; berat badan tidak naik dua bulan (2T).',
          description: 'Balita tidak datang ke hari buka Posyandu; BB dua bulan terakhir tidak naik.',
          place: ['Gombang Lor', '1', '4'],
        }),
      ),
    ),
    on(25, '09:00', U.kader, act('start-monitoring')),
    on(24, '10:00', U.kader, homeVisit('BB 9,4 kg (turun 0,2 kg), batuk pilek 4 hari, makan hanya nasi dan kuah.')),
    on(
      24,
      '11:00',
      U.kader,
      act('submit-recap', { note: 'Rekap: BB turun, batuk pilek; usul pemeriksaan bidan dan PMT lokal.' }),
    ),
    on(
      23,
      '09:30',
      U.bidan,
      act('record-coordination', { note: 'Bidan periksa di rumah; desa siapkan PMT telur dan kacang hijau 14 hari.' }),
    ),
    on(
      22,
      '14:00',
      U.bidan,
      act('complete-follow-up', { note: 'Batuk sembuh, PMT berjalan; BB naik 0,3 kg saat ditimbang ulang.' }),
    ),
  ]),
  c('pregnant-well', 'a pregnant woman visited at home and found well (completed, no follow-up)', [
    on(
      14,
      '08:45',
      U.kader,
      register(
        monitoring({
          parent: {
            name: 'Dwi Rahayu',
            nik: nik('1999-02-21', 'F', 3),
            phone: '0857-2611-9032',
            kkNumber: kk('2021-11-05', 2),
          },
          subject: { name: 'Dwi Rahayu', birthDate: '1999-02-21', relation: 'diri sendiri' },
          targetGroup: 'PREGNANT',
          missed: 16,
          reason: 'Tidak hadir di hari buka; kehamilan trimester III.',
          description: 'Ibu hamil 33 minggu tidak datang ke hari buka Posyandu.',
          place: ['Gombang Tengah', '2', '3'],
        }),
      ),
    ),
    on(14, '09:10', U.kader, act('start-monitoring')),
    on(
      13,
      '10:30',
      U.kader,
      homeVisit('Tekanan darah 110/70, tidak bengkak, ANC terakhir di Puskesmas seminggu lalu.', 'ELIGIBLE'),
    ),
    on(13, '11:00', U.kader, act('submit-recap', { note: 'Rekap: kondisi baik, ANC rutin.' })),
    on(
      12,
      '09:00',
      U.bidan,
      act('close-no-follow-up', { note: 'Kehamilan normal; jadwal ANC berikutnya sudah diberikan.' }),
    ),
  ]),
  c('elderly-moved-away', 'monitoring an elderly man stopped: he moved away (cannot be served)', [
    on(
      19,
      '09:15',
      U.kader,
      register(
        monitoring({
          parent: {
            name: 'Sumadi',
            nik: nik('1975-08-04', 'M', 3),
            phone: '0812-2788-1029',
            kkNumber: kk('2004-06-01', 9),
          },
          subject: { name: 'Karto Suwito', nik: nik('1948-03-12', 'M', 1), birthDate: '1948-03-12', relation: 'ayah' },
          targetGroup: 'ELDERLY',
          missed: 21,
          reason: 'Lansia hipertensi tidak hadir Posyandu Lansia dua bulan.',
          description: 'Lansia 78 tahun dengan hipertensi tidak datang ke Posyandu Lansia.',
          place: ['Gombang Kidul', '1', '1'],
        }),
      ),
    ),
    on(19, '09:40', U.kader, act('start-monitoring')),
    on(18, '10:00', U.kader, act('stop-monitoring', { reason: 'Pindah ikut anaknya di Sukoharjo sejak minggu lalu.' })),
  ]),
  c('bpjs-reactivated', 'a PBI card reactivated through Dinas Sosial (completed on time)', [
    on(
      22,
      '08:20',
      U.kader,
      register(
        bpjs(
          {
            name: 'Sastro Wiyono',
            nik: nik('1956-01-15', 'M', 1),
            phone: '0857-4012-6610',
            kkNumber: kk('2003-10-10', 4),
            address: 'Dukuh Gombang Kidul RT 002 RW 003',
          },
          'PBI_APBN',
          'Kartu KIS non-aktif saat kontrol hipertensi di Puskesmas Cawas I; selama ini PBI.',
          true,
        ),
      ),
    ),
    on(22, '09:00', U.kader, act('start-verification')),
    on(22, '10:00', U.perangkat, review('ktp-copy', 'kk-copy', 'bpjs-card')),
    on(22, '10:30', U.kader, act('submit-to-village')),
    on(21, '09:00', U.perangkat, act('forward-for-reactivation')),
    on(
      20,
      '10:00',
      U.sosial,
      act('propose-reactivation', { note: 'Diusulkan reaktivasi PBI lewat SIKS-NG; masuk DTSEN desil 1.' }),
    ),
    on(
      18,
      '13:00',
      U.sosial,
      act('record-reactivation', { note: 'Kartu KIS aktif kembali; pemohon sudah kontrol di Puskesmas.' }),
    ),
  ]),
  c('bpjs-arrears-declined', 'a self-paying member in arrears: not a PBI case (declined, not eligible)', [
    on(
      16,
      '08:55',
      U.kader,
      register(
        bpjs(
          {
            name: 'Heru Santoso',
            nik: nik('1983-07-22', 'M', 2),
            phone: '0878-1122-9035',
            kkNumber: kk('2011-02-14', 5),
            address: 'Dukuh Gombang Wetan RT 001 RW 003',
          },
          'PBPU',
          'Kartu BPJS mandiri non-aktif saat berobat; iuran kelas 3 menunggak lima bulan.',
          false,
        ),
      ),
    ),
    on(16, '09:30', U.kader, act('start-verification')),
    on(16, '10:30', U.perangkat, review('ktp-copy', 'kk-copy')),
    on(16, '11:00', U.kader, act('submit-to-village')),
    on(
      15,
      '10:00',
      U.kades,
      act('declare-not-eligible', {
        reason: 'Peserta mandiri (PBPU) menunggak iuran, bukan PBI; disarankan program cicilan REHAB BPJS.',
      }),
    ),
  ]),
  c('medicine-complaint-overdue', 'a medicine shortage complaint overdue at Dinas Kesehatan (escalated)', [
    on(
      9,
      '08:40',
      U.kader,
      register({
        sectorId: 'kesehatan',
        serviceType: 'health-service-complaint',
        applicant: { nik: nik('1990-11-21', 'F', 3), name: 'Yuliana Sari', phone: '0821-3344-8812' },
        description:
          'Obat hipertensi ibu saya kosong di Puskesmas Cawas I sejak sebulan; disuruh membeli sendiri di apotek.',
        facts: { complaintTopic: 'MEDICINE', facilityName: 'Puskesmas Cawas I', incidentDate: dateOf(10) },
        dusun: 'Gombang Tengah',
        rw: '2',
        rt: '1',
        documents: [{ code: 'complaint-evidence', fileNames: ['resep-amlodipin.jpg'] }],
      }),
    ),
    on(9, '09:30', U.perangkat, act('start-verification')),
    on(9, '10:00', U.perangkat, review('complaint-evidence')),
    on(9, '10:30', U.kader, act('submit-to-village')),
    on(8, '09:00', U.kades, act('forward-to-health-opd')),
    on(
      7,
      '13:00',
      U.kesehatan,
      act('record-opd-follow-up', { note: 'Ditanyakan ke Instalasi Farmasi Kabupaten; menunggu kiriman.' }),
    ),
  ]),
  c('open-day', 'the last open day of the Posyandu: toddlers weighed and measured (the /hari-buka recap)', [
    on(OPEN_DAY, '08:00', U.kader, openDay()),
    child(
      'Galang Saputra',
      'MALE',
      365,
      { name: 'Wulan Sari', nik: nik('1997-04-02', 'F', 5), phone: '0812-2700-1001' },
      '08:10',
      {
        weightKg: 9.6,
        lengthCm: 75.7,
      },
    ),
    child(
      'Salsabila Putri',
      'FEMALE',
      547,
      { name: 'Rini Astuti', nik: nik('1995-10-19', 'F', 4), phone: '0813-2900-1002' },
      '08:20',
      {
        weightKg: 10.2,
        lengthCm: 80.7,
      },
    ),
    child(
      'Naura Khairunnisa',
      'FEMALE',
      720,
      { name: 'Siti Nurjanah', nik: nik('1994-01-25', 'F', 6), phone: '0857-2600-1003' },
      '08:35',
      {
        weightKg: 11.4,
        lengthCm: 86.1,
      },
    ),
    child(
      'Bima Aryasatya',
      'MALE',
      913,
      { name: 'Eka Wahyuningsih', nik: nik('1992-06-07', 'F', 2), phone: '0821-3300-1004' },
      '08:50',
      {
        weightKg: 13.3,
        lengthCm: 91.9,
      },
    ),
    child(
      'Rafif Alfarizi',
      'MALE',
      1095,
      { name: 'Lestari Handayani', nik: nik('1990-08-14', 'F', 3), phone: '0878-3300-1005' },
      '09:05',
      {
        weightKg: 14.3,
        lengthCm: 96.1,
      },
    ),
    child(
      'Kirana Larasati',
      'FEMALE',
      1461,
      { name: 'Puji Rahayu', nik: nik('1991-12-30', 'F', 4), phone: '0896-2700-1006' },
      '09:20',
      {
        weightKg: 16.1,
        lengthCm: 102.7,
      },
    ),
    on(
      OPEN_DAY,
      '11:30',
      U.kader,
      closeOpenDay('Kunjungan rumah untuk sasaran yang tidak hadir; PMT penyuluhan bulan depan.'),
    ),
  ]),
  c('toddler-monitoring', 'a toddler being monitored at home by the kader', [
    on(
      2,
      '09:05',
      U.kader,
      register(
        monitoring({
          parent: {
            name: 'Fitri Handayani',
            nik: nik('1998-12-03', 'F', 1),
            phone: '0812-2764-5108',
            kkNumber: kk('2020-07-27', 3),
          },
          subject: { name: 'Khanza Aulia', nik: nik('2025-02-16', 'F', 2), birthDate: '2025-02-16' },
          targetGroup: 'TODDLER',
          missed: OPEN_DAY,
          reason: 'Tidak hadir di hari buka; imunisasi campak-rubela belum.',
          description: 'Bayi 22 bulan belum imunisasi MR dan tidak datang ke hari buka Posyandu.',
          place: ['Gombang Wetan', '3', '3'],
        }),
      ),
    ),
    on(2, '09:30', U.kader, act('start-monitoring')),
  ]),
];
