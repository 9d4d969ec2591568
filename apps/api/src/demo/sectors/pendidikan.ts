import { act, kk, nik, on, register, review, U, visit, type DemoCase } from '../scenario.js';
import { forwardToOpd, toVillage } from './village-path.js';

const DOCS = ['ktp-copy', 'kk-copy', 'poverty-statement'];
const documents = (codes = DOCS) =>
  codes.map((code) => ({ code, fileNames: [`${code === 'poverty-statement' ? 'sktm-rt' : code}.jpg`] }));

interface Request {
  serviceType: 'paud-cost-aid' | 'basic-education-cost-aid' | 'equivalency-cost-aid' | 'school-supplies-aid';
  parent: { name: string; nik: string; phone: string; kkNumber: string };
  child: { name: string; nik: string; relation?: string };
  school: string;
  level: 'PAUD' | 'SD' | 'SMP' | 'KESETARAAN';
  description: string;
  place: [dusun: string, rw: string, rt: string];
  amount?: number;
  supplies?: string;
  documents?: string[];
}

function request(r: Request): Record<string, unknown> {
  const facts: Record<string, unknown> = { studentName: r.child.name, schoolName: r.school, schoolLevel: r.level };
  if (r.supplies) facts.suppliesNeeded = r.supplies;
  else if (r.amount) facts.amountRequested = r.amount;
  return {
    sectorId: 'pendidikan',
    serviceType: r.serviceType,
    applicant: r.parent,
    beneficiaries: [{ name: r.child.name, relation: r.child.relation ?? 'anak', nik: r.child.nik }],
    description: r.description,
    facts,
    dusun: r.place[0],
    rw: r.place[1],
    rt: r.place[2],
    documents: documents(r.documents),
  };
}

const HOME_OK = 'Rumah semi permanen, ayah buruh tani harian, ibu tidak bekerja; anak rajin sekolah.';
const c = (key: string, shows: string, steps: DemoCase['steps']): DemoCase => ({
  sectorId: 'pendidikan',
  key,
  shows,
  steps,
});

/** Pendidikan: school costs and supplies, Posyandu → village → Dinas Pendidikan (which has a head: level 1). */
export const pendidikanCases: readonly DemoCase[] = [
  c('completed-on-time', 'basic-education aid served by Dinas Pendidikan within 5 working days', [
    on(
      29,
      '08:15',
      U.kader,
      register(
        request({
          serviceType: 'basic-education-cost-aid',
          parent: {
            name: 'Painem',
            nik: nik('1984-04-12', 'F', 3),
            phone: '0812-2655-0411',
            kkNumber: kk('2010-02-03', 7),
          },
          child: { name: 'Rizky Saputra', nik: nik('2016-09-21', 'M', 2) },
          school: 'SD Negeri 2 Gombang',
          level: 'SD',
          amount: 750_000,
          description:
            'Anak kelas 4 SD menunggak iuran kegiatan dan belum punya seragam; ayah buruh tani sedang sakit.',
          place: ['Gombang Kidul', '2', '3'],
        }),
      ),
    ),
    ...toVillage(29, DOCS, 'HOME', HOME_OK),
    forwardToOpd(28),
    on(
      27,
      '10:00',
      U.pendidikan,
      act('record-opd-follow-up', { note: 'Diusulkan ke Program Indonesia Pintar melalui sekolah.' }),
    ),
    on(
      26,
      '11:00',
      U.pendidikan,
      act('complete', { note: 'Bantuan PIP cair Rp750.000 lewat SD Negeri 2 Gombang; seragam dari dana BOS.' }),
    ),
  ]),
  c('completed-late', 'school supplies delivered after the deadline (closed late)', [
    on(
      27,
      '08:30',
      U.kader,
      register(
        request({
          serviceType: 'school-supplies-aid',
          parent: {
            name: 'Sukarni',
            nik: nik('1987-11-02', 'F', 1),
            phone: '0857-2901-3344',
            kkNumber: kk('2009-06-15', 4),
          },
          child: { name: 'Bagas Prasetyo', nik: nik('2013-01-30', 'M', 1) },
          school: 'SMP Negeri 1 Cawas',
          level: 'SMP',
          supplies: 'Sepatu, tas, dan buku tulis; sepatu lama sudah jebol.',
          description: 'Anak kelas 7 berangkat sekolah memakai sandal karena sepatu rusak; keluarga baru terkena PHK.',
          place: ['Gombang Lor', '1', '2'],
        }),
      ),
    ),
    ...toVillage(26, DOCS, 'HOME', 'Ayah baru terkena PHK pabrik garmen; tiga anak usia sekolah.'),
    forwardToOpd(25),
    on(
      22,
      '14:00',
      U.pendidikan,
      act('record-opd-follow-up', { note: 'Menunggu pengadaan paket perlengkapan sekolah.' }),
    ),
    on(19, '10:30', U.pendidikan, act('complete', { note: 'Paket sepatu, tas dan buku diserahkan lewat sekolah.' })),
  ]),
  c('declined-by-opd', 'declined by Dinas Pendidikan: not eligible (already funded)', [
    on(
      21,
      '09:00',
      U.kader,
      register(
        request({
          serviceType: 'basic-education-cost-aid',
          parent: {
            name: 'Suwarno',
            nik: nik('1979-07-08', 'M', 2),
            phone: '0813-2944-7120',
            kkNumber: kk('2008-03-11', 2),
          },
          child: { name: 'Nur Aini', nik: nik('2015-05-14', 'F', 1) },
          school: 'MI Muhammadiyah Gombang',
          level: 'SD',
          amount: 500_000,
          description: 'Memohon bantuan biaya study tour dan buku paket kelas 5.',
          place: ['Gombang Tengah', '2', '1'],
        }),
      ),
    ),
    ...toVillage(21, DOCS, 'HOME', 'Keluarga pedagang kecil; anak sudah terdaftar penerima PIP.'),
    forwardToOpd(20),
    on(
      18,
      '13:30',
      U.pendidikan,
      act('opd-decline', {
        reason: 'Anak sudah menerima PIP tahun 2026; biaya study tour bukan komponen bantuan.',
        declineReason: 'NOT_ELIGIBLE',
      }),
    ),
  ]),
  c('withdrawn', 'withdrawn by the applicant (the school helped)', [
    on(
      17,
      '08:50',
      U.kader,
      register(
        request({
          serviceType: 'paud-cost-aid',
          parent: {
            name: 'Wartini',
            nik: nik('1995-02-17', 'F', 2),
            phone: '0878-3321-5560',
            kkNumber: kk('2018-08-20', 3),
          },
          child: { name: 'Alya Putri', nik: nik('2021-06-05', 'F', 1) },
          school: 'TK Pertiwi Gombang',
          level: 'PAUD',
          amount: 300_000,
          description: 'Biaya pendaftaran dan seragam TK belum terbayar.',
          place: ['Gombang Wetan', '3', '1'],
        }),
      ),
    ),
    on(
      16,
      '10:10',
      U.kader,
      act('withdraw', { reason: 'TK membebaskan biaya pendaftaran; pemohon mencabut permohonan.' }),
    ),
  ]),
  c('settled-direct-help', 'settled at village level with direct help from the Dana Desa', [
    on(
      15,
      '08:40',
      U.kader,
      register(
        request({
          serviceType: 'school-supplies-aid',
          parent: {
            name: 'Tumini',
            nik: nik('1976-10-09', 'F', 1),
            phone: '0821-3300-6712',
            kkNumber: kk('2007-12-01', 5),
          },
          child: { name: 'Dimas Aditya', nik: nik('2014-03-03', 'M', 3) },
          school: 'SD Negeri 1 Gombang',
          level: 'SD',
          supplies: 'Seragam pramuka dan sepatu.',
          description: 'Janda buruh cuci, anak kelas 6 belum punya seragam pramuka.',
          place: ['Gombang Kidul', '1', '4'],
        }),
      ),
    ),
    on(15, '10:00', U.kader, act('start-verification')),
    on(14, '09:30', U.perangkat, review(...DOCS)),
    on(
      14,
      '11:00',
      U.perangkat,
      visit({
        kind: 'HOME',
        participants: 'Kader Sri Lestari, Kasi Kesra Wahyu Santoso',
        findings: HOME_OK,
        recommendation: 'ELIGIBLE',
      }),
    ),
    on(
      13,
      '10:00',
      U.kades,
      act('settle-at-village', {
        note: 'Seragam dan sepatu dibelikan dari pos bantuan sosial Dana Desa 2026.',
        settlementKind: 'DIRECT_HELP',
      }),
    ),
  ]),
  c('overdue-level-2', 'overdue at Dinas Pendidikan, escalated to its head and then Tim Penerapan SPM', [
    on(
      10,
      '08:20',
      U.kader,
      register(
        request({
          serviceType: 'equivalency-cost-aid',
          parent: {
            name: 'Sri Wahyuni',
            nik: nik('2005-12-24', 'F', 4),
            phone: '0896-2710-4455',
            kkNumber: kk('2012-05-07', 6),
          },
          child: { name: 'Sri Wahyuni', nik: nik('2005-12-24', 'F', 4), relation: 'diri sendiri' },
          school: 'PKBM Sekar Melati Cawas',
          level: 'KESETARAAN',
          amount: 600_000,
          description: 'Putus sekolah kelas 11, ingin menyelesaikan Paket C agar bisa melamar kerja pabrik.',
          place: ['Gombang Tengah', '2', '3'],
        }),
      ),
    ),
    ...toVillage(10, DOCS, 'HOME', 'Pemohon bekerja sebagai buruh toko; orang tua petani penggarap.'),
    forwardToOpd(9),
    on(8, '11:30', U.pendidikan, act('record-opd-follow-up', { note: 'Menunggu data kuota Paket C dari PKBM.' })),
  ]),
  c('overdue-level-1', 'overdue at Dinas Pendidikan, its head told (level 1)', [
    on(
      7,
      '09:10',
      U.kader,
      register(
        request({
          serviceType: 'paud-cost-aid',
          parent: {
            name: 'Yuli Astuti',
            nik: nik('1993-08-30', 'F', 3),
            phone: '0812-1550-3390',
            kkNumber: kk('2019-01-22', 2),
          },
          child: { name: 'Kenzie Ramadhan', nik: nik('2021-04-18', 'M', 2) },
          school: 'KB Tunas Harapan Gombang',
          level: 'PAUD',
          amount: 400_000,
          description: 'Biaya SPP KB tiga bulan menunggak; ayah merantau dan jarang mengirim uang.',
          place: ['Gombang Lor', '1', '1'],
        }),
      ),
    ),
    ...toVillage(7, DOCS, 'HOME', 'Ibu tunggal sementara, bekerja serabutan.'),
    forwardToOpd(6),
  ]),
  c('at-opd', 'newly forwarded to Dinas Pendidikan, still on time', [
    on(
      3,
      '08:35',
      U.kader,
      register(
        request({
          serviceType: 'basic-education-cost-aid',
          parent: {
            name: 'Marsono',
            nik: nik('1982-03-15', 'M', 4),
            phone: '0857-4420-1187',
            kkNumber: kk('2011-07-19', 8),
          },
          child: { name: 'Fajar Nugroho', nik: nik('2017-11-11', 'M', 1) },
          school: 'SD Negeri 2 Gombang',
          level: 'SD',
          amount: 650_000,
          description: 'Anak kelas 3 butuh kacamata dan buku; penghasilan keluarga tidak tetap.',
          place: ['Gombang Wetan', '3', '2'],
        }),
      ),
    ),
    ...toVillage(3, DOCS, 'HOME', HOME_OK),
    forwardToOpd(2),
  ]),
  c('at-village', 'submitted to the village government', [
    on(
      4,
      '09:25',
      U.kader,
      register(
        request({
          serviceType: 'school-supplies-aid',
          parent: {
            name: 'Ngadiyem',
            nik: nik('1980-05-27', 'F', 2),
            phone: '0813-9087-1123',
            kkNumber: kk('2006-09-09', 3),
          },
          child: { name: 'Intan Permatasari', nik: nik('2012-10-04', 'F', 2) },
          school: 'SMP Negeri 2 Cawas',
          level: 'SMP',
          supplies: 'Sepeda untuk berangkat sekolah (jarak 6 km).',
          description: 'Anak kelas 8 berjalan kaki 6 km ke sekolah; sering terlambat.',
          place: ['Gombang Kidul', '2', '1'],
        }),
      ),
    ),
    ...toVillage(2, DOCS, 'HOME', 'Rumah jauh dari jalan kabupaten; tidak ada angkutan umum.'),
  ]),
  c('awaiting-documents', 'waiting for the RT statement of poverty (clock paused)', [
    on(
      3,
      '10:30',
      U.kader,
      register(
        request({
          serviceType: 'basic-education-cost-aid',
          parent: {
            name: 'Sutarno',
            nik: nik('1985-01-19', 'M', 5),
            phone: '0877-3509-2281',
            kkNumber: kk('2013-04-02', 4),
          },
          child: { name: 'Aditya Wicaksono', nik: nik('2018-02-26', 'M', 3) },
          school: 'SD Negeri 1 Gombang',
          level: 'SD',
          amount: 450_000,
          description: 'Biaya kegiatan dan buku kelas 2 belum terbayar.',
          place: ['Gombang Tengah', '1', '2'],
          documents: ['ktp-copy', 'kk-copy'],
        }),
      ),
    ),
    on(
      3,
      '10:45',
      U.kader,
      act('request-documents', { reason: 'Surat pernyataan tidak mampu dari RT belum ditandatangani.' }),
    ),
  ]),
  c('new', 'just registered at the Posyandu', [
    on(
      1,
      '14:20',
      U.kader,
      register(
        request({
          serviceType: 'paud-cost-aid',
          parent: {
            name: 'Endah Susilowati',
            nik: nik('1997-09-13', 'F', 1),
            phone: '0822-2611-7004',
            kkNumber: kk('2020-10-30', 1),
          },
          child: { name: 'Nadia Azzahra', nik: nik('2022-01-07', 'F', 3) },
          school: 'TK Aisyiyah Gombang',
          level: 'PAUD',
          amount: 350_000,
          description: 'Ingin mendaftarkan anak ke TK tetapi belum mampu membayar uang pangkal.',
          place: ['Gombang Lor', '1', '3'],
        }),
      ),
    ),
  ]),
];
