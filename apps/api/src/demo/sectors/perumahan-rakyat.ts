import { act, kk, nik, on, register, review, U, visit, type DemoCase } from '../scenario.js';
import { forwardToOpd, toVillage } from './village-path.js';

const c = (key: string, shows: string, steps: DemoCase['steps']): DemoCase => ({
  sectorId: 'perumahan-rakyat',
  key,
  shows,
  steps,
});

const ALL = [
  'ktp-copy',
  'kk-copy',
  'no-prior-aid-statement',
  'income-certificate',
  'land-certificate-copy',
  'house-photos',
];
const FILES: Record<string, string[]> = {
  'ktp-copy': ['ktp-pemohon.jpg'],
  'kk-copy': ['kartu-keluarga.jpg'],
  'no-prior-aid-statement': ['pernyataan-belum-pernah-menerima-bantuan.jpg'],
  'income-certificate': ['sk-penghasilan.pdf'],
  'land-certificate-copy': ['letter-c.jpg'],
  'house-photos': ['rumah-depan.jpg', 'rumah-samping.jpg', 'rumah-belakang.jpg'],
};

interface Request {
  applicant: { name: string; nik: string; phone: string; kkNumber: string };
  damaged: string;
  occupants: number;
  income: number;
  land: 'SHM' | 'LETTER_C' | 'AJB' | 'INHERITANCE_OR_GRANT';
  description: string;
  place: [string, string, string];
  documents?: string[];
}

function request(r: Request): Record<string, unknown> {
  return {
    sectorId: 'perumahan-rakyat',
    serviceType: 'house-rehabilitation',
    applicant: { ...r.applicant, address: `Dusun ${r.place[0]} RT 00${r.place[2]} / RW 00${r.place[1]}, Desa Gombang` },
    description: r.description,
    facts: { damagedParts: r.damaged, occupants: r.occupants, monthlyIncome: r.income, landDocumentKind: r.land },
    dusun: r.place[0],
    rw: r.place[1],
    rt: r.place[2],
    documents: (r.documents ?? ALL).map((code) => ({ code, fileNames: FILES[code] })),
  };
}

/** Perumahan Rakyat: house rehabilitation (RTLH), Posyandu → village → Disperkim. */
export const perumahanRakyatCases: readonly DemoCase[] = [
  c('rehab-completed-late', 'a house rehabilitated by Disperkim, closed after the deadline', [
    on(
      28,
      '09:00',
      U.kader,
      register(
        request({
          applicant: {
            name: 'Sumarni',
            nik: nik('1968-03-12', 'F', 2),
            phone: '0813-2900-1234',
            kkNumber: kk('2009-03-12', 11),
          },
          damaged: 'Atap bocor, kuda-kuda kayu lapuk, dinding belakang gedhek bambu, lantai tanah di dapur.',
          occupants: 4,
          income: 1_200_000,
          land: 'LETTER_C',
          description:
            'Atap rumah bocor di banyak titik dan kuda-kuda lapuk; keluarga buruh tani tidak mampu memperbaiki.',
          place: ['Gombang Lor', '1', '4'],
        }),
      ),
    ),
    ...toVillage(27, ALL, 'FIELD', 'Kuda-kuda melengkung, genteng pecah; layak RTLH kategori rusak berat.'),
    forwardToOpd(26),
    on(
      24,
      '10:00',
      U.perkim,
      act('record-opd-follow-up', { note: 'Masuk daftar penerima BSPS; survei teknis oleh fasilitator.' }),
    ),
    on(
      20,
      '14:30',
      U.perkim,
      act('complete', { note: 'Bantuan bahan bangunan Rp20 juta diserahkan; rehab atap dikerjakan gotong royong.' }),
    ),
  ]),
  c('cannot-be-served', 'closed by Disperkim: this year’s quota is used up (cannot be served)', [
    on(
      25,
      '08:35',
      U.kader,
      register(
        request({
          applicant: {
            name: 'Tukiyem',
            nik: nik('1958-01-21', 'F', 4),
            phone: '0822-2650-7741',
            kkNumber: kk('2012-08-22', 3),
          },
          damaged: 'Dinding bata tanpa plester retak, atap seng berkarat, tidak ada jamban.',
          occupants: 3,
          income: 900_000,
          land: 'SHM',
          description: 'Janda lansia tinggal bersama dua cucu di rumah yang dindingnya retak.',
          place: ['Gombang Kidul', '1', '2'],
        }),
      ),
    ),
    ...toVillage(24, ALL, 'FIELD', 'Dinding retak struktural di sisi timur; layak RTLH.'),
    forwardToOpd(23),
    on(22, '09:30', U.perkim, act('record-opd-follow-up', { note: 'Dicek ke kuota BSPS 2026.' })),
    on(
      20,
      '11:00',
      U.perkim,
      act('close-cannot-be-served', {
        reason: 'Kuota BSPS dan APBD 2026 Kabupaten Klaten sudah habis; diusulkan prioritas tahun 2027.',
      }),
    ),
  ]),
  c('declined-incomplete', 'declined by the village: no land document in the applicant’s family', [
    on(
      23,
      '10:20',
      U.kader,
      register(
        request({
          applicant: {
            name: 'Agus Widodo',
            nik: nik('1988-10-11', 'M', 5),
            phone: '0819-0433-2716',
            kkNumber: kk('2015-10-03', 6),
          },
          damaged: 'Atap dan dinding kayu lapuk.',
          occupants: 5,
          income: 1_500_000,
          land: 'INHERITANCE_OR_GRANT',
          description: 'Rumah kayu di tanah pinjaman saudara; atap dan dinding lapuk.',
          place: ['Gombang Tengah', '2', '4'],
          documents: ['ktp-copy', 'kk-copy', 'no-prior-aid-statement', 'income-certificate', 'house-photos'],
        }),
      ),
    ),
    on(
      22,
      '09:15',
      U.perangkat,
      act('decline', {
        reason: 'Tidak ada bukti penguasaan tanah atas nama keluarga pemohon (tanah pinjaman saudara).',
        declineReason: 'INCOMPLETE',
      }),
    ),
  ]),
  c('settled-musyawarah', 'settled at village level by musyawarah: neighbours rebuild the kitchen', [
    on(
      12,
      '08:30',
      U.kader,
      register(
        request({
          applicant: {
            name: 'Ngatini',
            nik: nik('1980-06-23', 'F', 6),
            phone: '0838-6612-0093',
            kkNumber: kk('2014-12-08', 5),
          },
          damaged: 'Dapur roboh setelah hujan angin; atap rumah induk masih baik.',
          occupants: 4,
          income: 1_100_000,
          land: 'LETTER_C',
          description: 'Dapur rumah roboh; keluarga memasak di teras.',
          place: ['Gombang Wetan', '3', '2'],
        }),
      ),
    ),
    on(12, '09:30', U.kader, act('start-verification')),
    on(12, '10:30', U.perangkat, review(...ALL)),
    on(
      11,
      '10:00',
      U.perangkat,
      visit({
        kind: 'FIELD',
        participants: 'Kasi Kesra Wahyu Santoso, Ketua RT 002',
        findings: 'Kerusakan hanya dapur; cukup ditangani swadaya warga.',
        recommendation: 'ELIGIBLE',
      }),
    ),
    on(
      10,
      '13:00',
      U.kades,
      act('settle-at-village', {
        note: 'Musyawarah RT 002: warga kerja bakti membangun dapur, bahan dari kas RT dan donatur.',
        settlementKind: 'MUSYAWARAH',
      }),
    ),
  ]),
  c('awaiting-documents', 'waiting for the land document (clock paused)', [
    on(
      6,
      '09:40',
      U.kader,
      register(
        request({
          applicant: {
            name: 'Parjo',
            nik: nik('1965-07-05', 'M', 1),
            phone: '0857-4011-2288',
            kkNumber: kk('2005-04-18', 7),
          },
          damaged: 'Lantai tanah, dinding anyaman bambu, atap bocor.',
          occupants: 6,
          income: 1_000_000,
          land: 'LETTER_C',
          description: 'Rumah bambu dengan lantai tanah untuk enam orang.',
          place: ['Gombang Lor', '2', '1'],
          documents: ['ktp-copy', 'kk-copy', 'no-prior-aid-statement', 'income-certificate', 'house-photos'],
        }),
      ),
    ),
    on(
      6,
      '10:00',
      U.kader,
      act('request-documents', { reason: 'Fotokopi Letter C belum dibawa; diambil dari kantor desa.' }),
    ),
  ]),
  c('at-opd', 'forwarded to Disperkim, due today', [
    on(
      5,
      '08:15',
      U.kader,
      register(
        request({
          applicant: {
            name: 'Wagiyem',
            nik: nik('1972-02-04', 'F', 3),
            phone: '0821-3345-6610',
            kkNumber: kk('2011-06-17', 4),
          },
          damaged: 'Atap genteng melorot, reng dan usuk patah.',
          occupants: 3,
          income: 1_300_000,
          land: 'SHM',
          description: 'Atap rumah melorot dan hampir roboh.',
          place: ['Gombang Kidul', '2', '4'],
        }),
      ),
    ),
    ...toVillage(4, ALL, 'FIELD', 'Atap berisiko roboh; penghuni lansia.'),
    forwardToOpd(1),
  ]),
];
