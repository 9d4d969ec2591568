import { act, attach, dateOf, nik, on, register, review, U, visit, type DemoCase, type DemoStep } from '../scenario.js';

const c = (key: string, shows: string, steps: DemoCase['steps']): DemoCase => ({
  sectorId: 'sosial',
  key,
  shows,
  steps,
});

const INTAKE = [
  { code: 'target-identity-copy', fileNames: ['ktp-sasaran.jpg', 'kk-sasaran.jpg'] },
  { code: 'complaint-statement', fileNames: ['uraian-keluhan.pdf'] },
];
const ALL_DOCS = ['target-identity-copy', 'complaint-statement', 'village-statement-letter'];

interface Complaint {
  serviceType: string;
  reporter: { name: string; nik: string; phone: string };
  subject: { name: string; nik?: string; relation: string } | null;
  description: string;
  facts: Record<string, unknown>;
  place?: [string, string, string];
}

function complaint(r: Complaint): Record<string, unknown> {
  return {
    sectorId: 'sosial',
    serviceType: r.serviceType,
    applicant: r.reporter,
    beneficiaries: r.subject ? [r.subject] : [],
    description: r.description,
    facts: r.facts,
    dusun: r.place?.[0],
    rw: r.place?.[1],
    rt: r.place?.[2],
    documents: INTAKE,
  };
}

/** Deck steps 3–5: recap and plan, the home visit, to the village, its statement letter, to the kecamatan. */
function toKecamatan(day: number, nextDay: number, findings: string): DemoStep[] {
  return [
    on(
      day,
      '09:30',
      U.kader,
      act('plan-follow-up', { note: 'Rekap pendataan; RTL: kunjungan rumah bersama desa dan TKSK.' }),
    ),
    on(
      day,
      '13:30',
      U.kader,
      visit({
        kind: 'HOME',
        participants: 'Kader Sri Lestari, Kasi Kesra Wahyu Santoso, TKSK Cawas',
        findings,
        recommendation: 'ELIGIBLE',
      }),
    ),
    on(day, '14:30', U.kader, act('submit-to-village')),
    on(nextDay, '09:00', U.perangkat, attach('village-statement-letter', 'surat-pernyataan-desa-gombang.pdf')),
    on(nextDay, '09:20', U.perangkat, review(...ALL_DOCS)),
    on(nextDay, '10:00', U.kades, act('forward-to-kecamatan')),
  ];
}

/** Sosial: Posyandu → village → Kecamatan Cawas → Dinas Sosial. */
export const sosialCases: readonly DemoCase[] = [
  c('elderly-completed', 'an elderly widow living alone, served by Dinas Sosial (completed on time)', [
    on(
      24,
      '08:20',
      U.kader,
      register(
        complaint({
          serviceType: 'elderly-services',
          reporter: { name: 'Slamet Riyadi', nik: nik('1979-08-04', 'M', 2), phone: '0812-2675-4410' },
          subject: { name: 'Painem', nik: nik('1947-03-12', 'F', 3), relation: 'tetangga' },
          description:
            'Mbah Painem (79) tinggal sendiri, sering tidak makan dan sulit berjalan; anak-anaknya merantau.',
          facts: { age: 79, livesAlone: true, needsDailyCare: true, welfareDataStatus: 'NOT_REGISTERED' },
          place: ['Gombang Kidul', '1', '2'],
        }),
      ),
    ),
    ...toKecamatan(24, 23, 'Lansia tinggal sendiri di rumah bambu, makan dari tetangga; perlu ATENSI lansia.'),
    on(22, '10:00', U.camat, act('forward-to-social-opd')),
    on(
      21,
      '10:00',
      U.sosial,
      act('record-opd-follow-up', { note: 'Asesmen oleh pekerja sosial; diusulkan ATENSI dan DTSEN.' }),
    ),
    on(
      19,
      '14:00',
      U.sosial,
      act('complete', { note: 'Paket ATENSI (sembako, kursi roda) diserahkan; pendamping lansia ditunjuk.' }),
    ),
  ]),
  c('homeless-overdue', 'a man begging at the market, overdue at Dinas Sosial (escalated)', [
    on(
      11,
      '08:10',
      U.kader,
      register(
        complaint({
          serviceType: 'homeless-and-beggar-services',
          reporter: { name: 'Tugiyem', nik: nik('1970-06-15', 'F', 2), phone: '0821-3344-9120' },
          subject: { name: 'Pak Gimin (nama panggilan)', relation: 'tidak ada hubungan' },
          description:
            'Laki-laki sekitar 60 tahun tidur di los Pasar Cawas dan mengemis depan masjid dua minggu; tanpa identitas.',
          facts: {
            category: 'BOTH',
            whereFound: 'Los Pasar Cawas dan depan Masjid Al-Ikhlas Gombang',
            hasIdentityDocument: false,
            placeOfOrigin: 'Mengaku dari Wonogiri',
          },
        }),
      ),
    ),
    ...toKecamatan(11, 10, 'Sasaran lemah, tidak punya identitas, mengaku dari Wonogiri.'),
    on(9, '09:30', U.camat, act('forward-to-social-opd')),
    on(
      8,
      '11:00',
      U.sosial,
      act('record-opd-follow-up', { note: 'Koordinasi dengan Dinsos Wonogiri untuk penelusuran keluarga.' }),
    ),
  ]),
  c('disability-at-kecamatan', 'a boy who needs a wheelchair, with the kecamatan', [
    on(
      5,
      '08:30',
      U.kader,
      register(
        complaint({
          serviceType: 'disability-services',
          reporter: { name: 'Warsini', nik: nik('1988-11-29', 'F', 1), phone: '0857-2934-0187' },
          subject: { name: 'Dimas Saputra', nik: nik('2015-07-02', 'M', 2), relation: 'anak kandung' },
          description: 'Dimas (11) lumpuh kedua kaki sejak lahir, digendong ibunya ke sekolah; kursi rodanya patah.',
          facts: { disabilityType: 'PHYSICAL', hasCaregiver: true, assistiveDeviceNeeded: 'Kursi roda anak' },
          place: ['Gombang Lor', '3', '1'],
        }),
      ),
    ),
    ...toKecamatan(4, 3, 'Kursi roda patah, anak tetap bersekolah; ibu buruh jahit.'),
  ]),
  c('child-settled-musyawarah', 'a girl left with her grandmother, settled by the village (musyawarah)', [
    on(
      13,
      '09:00',
      U.kader,
      register(
        complaint({
          serviceType: 'neglected-child-services',
          reporter: { name: 'Sukinah', nik: nik('1958-05-03', 'F', 4), phone: '0813-9012-5566' },
          subject: { name: 'Ayu Lestari', nik: nik('2014-09-10', 'F', 1), relation: 'cucu' },
          description:
            'Ayu (12) diasuh neneknya sejak orang tuanya bekerja di Malaysia; kiriman uang berhenti setahun.',
          facts: { childAge: 12, parentalSituation: 'ABANDONED', attendsSchool: true, welfareDataStatus: 'UNKNOWN' },
          place: ['Gombang Tengah', '2', '3'],
        }),
      ),
    ),
    on(
      13,
      '09:40',
      U.kader,
      act('plan-follow-up', { note: 'RTL: kunjungan rumah dan musyawarah dengan keluarga besar.' }),
    ),
    on(
      12,
      '13:00',
      U.kader,
      visit({
        kind: 'HOME',
        participants: 'Kader Sri Lestari, Kasi Kesra Wahyu Santoso',
        findings: 'Nenek sehat dan mampu mengasuh; kebutuhan sekolah belum tercukupi.',
        recommendation: 'ELIGIBLE',
      }),
    ),
    on(12, '14:00', U.kader, act('submit-to-village')),
    on(
      11,
      '10:00',
      U.kades,
      act('settle-in-village', {
        note: 'Musyawarah keluarga dan desa: paman di Cawas menanggung biaya sekolah; desa memberi beasiswa Dana Desa.',
        settlementKind: 'MUSYAWARAH',
      }),
    ),
  ]),
  c('disaster-declined', 'declined by the kecamatan: already helped through the disaster post', [
    on(
      20,
      '08:45',
      U.kader,
      register(
        complaint({
          serviceType: 'disaster-victim-protection',
          reporter: { name: 'Parjo Utomo', nik: nik('1976-11-11', 'M', 1), phone: '0878-3100-2244' },
          subject: null,
          description:
            'Atap rumah terbang diterjang angin puting beliung; keluarga lima orang menumpang di rumah saudara.',
          facts: {
            disasterType: 'WINDSTORM',
            disasterDate: dateOf(21),
            householdMembersAffected: 5,
            houseDamage: 'MODERATE',
            displaced: true,
          },
          place: ['Gombang Wetan', '3', '4'],
        }),
      ),
    ),
    ...toKecamatan(20, 19, 'Atap rusak sedang; keluarga sudah mendapat terpal dan sembako dari posko.'),
    on(
      17,
      '10:30',
      U.camat,
      act('decline', {
        reason:
          'Keluarga sudah menerima jaminan hidup dan bantuan bahan rumah dari posko BPBD/Dinsos untuk kejadian yang sama.',
        declineReason: 'OTHER',
      }),
    ),
  ]),
  c('elderly-new', 'just registered at the Posyandu', [
    on(
      1,
      '10:15',
      U.kader,
      register(
        complaint({
          serviceType: 'elderly-services',
          reporter: { name: 'Suyatmi', nik: nik('1982-04-08', 'F', 2), phone: '0812-2501-7788' },
          subject: { name: 'Marto Diharjo', nik: nik('1944-12-20', 'M', 1), relation: 'kakek' },
          description: 'Kakek 82 tahun pikun dan sering keluar rumah malam hari; keluarga kewalahan merawat.',
          facts: { age: 82, livesAlone: false, needsDailyCare: true, welfareDataStatus: 'REGISTERED' },
          place: ['Gombang Kidul', '2', '2'],
        }),
      ),
    ),
  ]),
];
