import { act, nik, on, register, U, UNITS, type DemoCase } from '../scenario.js';
import { forwardToOpd, toVillage } from './village-path.js';

const c = (key: string, shows: string, steps: DemoCase['steps']): DemoCase => ({
  sectorId: 'pekerjaan-umum',
  key,
  shows,
  steps,
});

interface Request {
  serviceType: 'clean-water-facility' | 'mck-facility' | 'sanitation-facility';
  applicant: { name: string; nik: string; phone: string };
  facilityKind: string;
  workKind: 'NEW_CONSTRUCTION' | 'RENOVATION';
  scope: 'RT' | 'DUSUN';
  households: number;
  point: { lat: number; lng: number; description: string };
  description: string;
  place: [string, string, string | undefined];
}

function request(r: Request): Record<string, unknown> {
  return {
    sectorId: 'pekerjaan-umum',
    serviceType: r.serviceType,
    applicant: r.applicant,
    description: r.description,
    facts: {
      facilityKind: r.facilityKind,
      workKind: r.workKind,
      scope: r.scope,
      householdsServed: r.households,
      constructionPoints: [r.point],
    },
    dusun: r.place[0],
    rw: r.place[1],
    rt: r.place[2],
    documents: [{ code: 'request-letter', fileNames: ['surat-permohonan.pdf', 'daftar-warga.jpg'] }],
  };
}

const DOCS = ['request-letter'];

/** Pekerjaan Umum: clean water, MCK and sanitation for an RT or dusun, Posyandu → village → DPUPR. */
export const pekerjaanUmumCases: readonly DemoCase[] = [
  c('water-completed', 'a drilled well for RT 003 built by DPUPR (completed on time)', [
    on(
      26,
      '08:25',
      U.kader,
      register(
        request({
          serviceType: 'clean-water-facility',
          applicant: { name: 'Suparno', nik: nik('1970-04-12', 'M', 2), phone: '0813-2900-6177' },
          facilityKind: 'DRILLED_WELL',
          workKind: 'NEW_CONSTRUCTION',
          scope: 'RT',
          households: 38,
          point: { lat: -7.7893, lng: 110.7012, description: 'Tanah kas desa samping mushola RT 003' },
          description: 'Setiap kemarau sumur warga RT 003 kering; 38 KK mengambil air dari sungai.',
          place: ['Gombang Kidul', '2', '3'],
        }),
      ),
    ),
    ...toVillage(25, DOCS, 'FIELD', 'Sumur warga kering sejak Agustus; lokasi tanah kas desa layak untuk sumur bor.'),
    forwardToOpd(24),
    on(
      23,
      '10:00',
      U.pu,
      act('record-opd-follow-up', { note: 'Masuk kegiatan sumur bor dangkal APBD Perubahan 2026.' }),
    ),
    on(
      21,
      '15:00',
      U.pu,
      act('complete', { note: 'Sumur bor 60 m dan tandon 2.200 liter selesai; berita acara serah terima ke desa.' }),
    ),
  ]),
  c('sanitation-not-authority', 'returned by DPUPR as not its authority; the village declines naming Disperkim', [
    on(
      18,
      '09:05',
      U.kader,
      register(
        request({
          serviceType: 'sanitation-facility',
          applicant: { name: 'Sugiyanto', nik: nik('1968-09-28', 'M', 1), phone: '0857-4011-2380' },
          facilityKind: 'WASTEWATER_DRAIN',
          workKind: 'RENOVATION',
          scope: 'RT',
          households: 24,
          point: { lat: -7.7915, lng: 110.6998, description: 'Saluran belakang rumah warga RT 001 Gombang Lor' },
          description: 'SPAL di permukiman padat RT 001 mampet dan meluap ke halaman warga saat hujan.',
          place: ['Gombang Lor', '1', '1'],
        }),
      ),
    ),
    ...toVillage(17, DOCS, 'FIELD', 'Saluran tertutup sedimen sepanjang 120 m; permukiman padat.'),
    forwardToOpd(16),
    on(
      15,
      '11:00',
      U.pu,
      act('return-not-competent', {
        reason: 'SPAL lingkungan di kawasan permukiman ditangani program Disperkim, bukan DPUPR.',
        suggestedUnit: UNITS.disperkim,
      }),
    ),
    on(
      14,
      '09:00',
      U.kades,
      act('decline', {
        reason: 'Bukan wewenang DPUPR; ajukan ke Disperkim Klaten (program peningkatan kualitas permukiman).',
        declineReason: 'NOT_AUTHORITY',
        suggestedUnit: UNITS.disperkim,
      }),
    ),
  ]),
  c('duplicate-declined', 'declined by the village: the same request is already in progress', [
    on(
      20,
      '10:15',
      U.kader,
      register(
        request({
          serviceType: 'clean-water-facility',
          applicant: { name: 'Darmanto', nik: nik('1974-12-01', 'M', 3), phone: '0812-2953-4410' },
          facilityKind: 'PUBLIC_TAP',
          workKind: 'NEW_CONSTRUCTION',
          scope: 'RT',
          households: 30,
          point: { lat: -7.7897, lng: 110.7019, description: 'Pertigaan RT 003 / RW 002' },
          description: 'Warga RT 003 memohon kran umum.',
          place: ['Gombang Kidul', '2', '3'],
        }),
      ),
    ),
    on(
      19,
      '09:30',
      U.perangkat,
      act('decline', {
        reason: 'Sama dengan permohonan sumur bor RT 003 yang sedang diproses DPUPR.',
        declineReason: 'DUPLICATE',
      }),
    ),
  ]),
  c('mck-overdue', 'an MCK renovation overdue at DPUPR, escalated to Tim Penerapan SPM', [
    on(
      12,
      '08:50',
      U.kader,
      register(
        request({
          serviceType: 'mck-facility',
          applicant: { name: 'Wagimin', nik: nik('1966-05-30', 'M', 2), phone: '0823-2811-0967' },
          facilityKind: 'COMMUNAL_MCK',
          workKind: 'RENOVATION',
          scope: 'DUSUN',
          households: 60,
          point: { lat: -7.7909, lng: 110.7031, description: 'MCK umum dekat balai dusun Gombang Wetan' },
          description: 'MCK umum dusun atap bocor, pintu rusak, saluran buang mampet; dipakai sekitar 60 KK.',
          place: ['Gombang Wetan', '3', undefined],
        }),
      ),
    ),
    ...toVillage(11, DOCS, 'FIELD', 'Atap seng berlubang, dua pintu lepas, septic tank penuh.'),
    forwardToOpd(10),
    on(9, '10:30', U.pu, act('record-opd-follow-up', { note: 'Survei teknis dijadwalkan; menunggu tim perencana.' })),
  ]),
  c('water-verification', 'a rainwater-tank request under verification at the village', [
    on(
      2,
      '08:40',
      U.kader,
      register(
        request({
          serviceType: 'clean-water-facility',
          applicant: { name: 'Sarno', nik: nik('1972-02-09', 'M', 4), phone: '0877-3611-2094' },
          facilityKind: 'RAINWATER_TANK',
          workKind: 'NEW_CONSTRUCTION',
          scope: 'RT',
          households: 18,
          point: { lat: -7.7921, lng: 110.7005, description: 'Halaman mushola RT 002 Gombang Tengah' },
          description: 'Air sumur RT 002 keruh dan berbau besi; warga memohon penampungan air hujan.',
          place: ['Gombang Tengah', '2', '2'],
        }),
      ),
    ),
    on(1, '10:00', U.kader, act('start-verification')),
  ]),
];
