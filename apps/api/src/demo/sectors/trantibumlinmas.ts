import { act, dateOf, nik, on, register, U, type DemoCase, type DemoStep } from '../scenario.js';

const c = (key: string, shows: string, steps: DemoCase['steps']): DemoCase => ({
  sectorId: 'trantibumlinmas',
  key,
  shows,
  steps,
});

interface Complaint {
  serviceType: string;
  reporter: { name: string; nik?: string; phone?: string; address?: string };
  victim?: { name: string; nik?: string; relation: string };
  description: string;
  location: string;
  daysAgo?: number;
  ongoingThreat: boolean;
  place: [string, string, string];
}

function complaint(r: Complaint): Record<string, unknown> {
  return {
    sectorId: 'trantibumlinmas',
    serviceType: r.serviceType,
    applicant: r.reporter,
    beneficiaries: r.victim ? [r.victim] : [],
    description: r.description,
    facts: {
      incidentLocation: r.location,
      ...(r.daysAgo ? { incidentDate: dateOf(r.daysAgo) } : {}),
      ongoingThreat: r.ongoingThreat,
    },
    dusun: r.place[0],
    rw: r.place[1],
    rt: r.place[2],
    documents: r.reporter.nik ? [{ code: 'reporter-identity', fileNames: ['identitas-pelapor.jpg'] }] : [],
  };
}

/** Deck steps 3–4: assessed, approved by the kepala desa, examined and reported to him. */
function examined(day: number, nextDay: number, finding: string): DemoStep[] {
  return [
    on(day, '09:30', U.trantibum, act('start-assessment')),
    on(
      day,
      '14:00',
      U.trantibum,
      act('submit-for-approval', { note: 'Hasil pengkajian dan identifikasi masalah terlampir.' }),
    ),
    on(nextDay, '08:30', U.kades, act('approve-follow-up')),
    on(nextDay, '13:30', U.trantibum, act('report-examination', { note: finding })),
  ];
}

/** Trantibumlinmas: complaints at the village's integrated service post, routed by category. */
export const trantibumlinmasCases: readonly DemoCase[] = [
  c('thuggery-completed', 'extortion at the village market, handled by Satpol PP (completed)', [
    on(
      20,
      '09:00',
      U.trantibum,
      register(
        complaint({
          serviceType: 'thuggery',
          reporter: {
            name: 'Bambang Riyadi',
            nik: nik('1979-03-12', 'M', 2),
            phone: '0813-2900-1177',
            address: 'Dusun Gombang Lor RT 001 RW 003',
          },
          description:
            'Sekelompok pemuda dari luar desa memungut "uang keamanan" paksa dari pedagang Pasar Desa Gombang setiap malam Minggu.',
          location: 'Pasar Desa Gombang, los sayur sisi selatan',
          daysAgo: 22,
          ongoingThreat: true,
          place: ['Gombang Tengah', '2', '1'],
        }),
      ),
    ),
    ...examined(
      20,
      19,
      'Pungutan liar terjadi tiap malam Minggu; pelaku dikenal pedagang; perlu penertiban Satpol PP.',
    ),
    on(18, '09:00', U.kades, act('forward-to-opd', { note: 'Mohon penertiban dan patroli pasar malam Minggu.' })),
    on(
      17,
      '10:00',
      U.satpolpp,
      act('record-opd-follow-up', { note: 'Patroli gabungan Satpol PP dan Linmas desa dijadwalkan Sabtu.' }),
    ),
    on(
      16,
      '15:00',
      U.satpolpp,
      act('complete', { note: 'Patroli dua malam Minggu; pelaku dibina dan membuat surat pernyataan.' }),
    ),
  ]),
  c('fire-hazard-completed', 'gas cylinders stacked beside a wood stove, checked by Damkar (completed)', [
    on(
      16,
      '08:50',
      U.trantibum,
      register(
        complaint({
          serviceType: 'fire',
          reporter: { name: 'Darto', phone: '0878-3311-2045' },
          description:
            'Warung makan di pertigaan menyimpan puluhan tabung elpiji 3 kg bertumpuk di samping tungku kayu.',
          location: 'Warung makan pertigaan Dusun Gombang Tengah',
          ongoingThreat: true,
          place: ['Gombang Tengah', '2', '2'],
        }),
      ),
    ),
    ...examined(16, 15, 'Tabung gas menumpuk 1 m dari tungku; risiko kebakaran tinggi.'),
    on(
      15,
      '14:30',
      U.kades,
      act('forward-to-fire-service', { note: 'Mohon pemeriksaan dan penyuluhan pencegahan kebakaran.' }),
    ),
    on(
      14,
      '09:00',
      U.damkar,
      act('record-opd-follow-up', { note: 'Regu Damkar memeriksa lokasi dan memberi penyuluhan.' }),
    ),
    on(
      14,
      '13:00',
      U.damkar,
      act('complete', { note: 'Tabung dipindah ke gudang berventilasi; APAR dipasang di warung.' }),
    ),
  ]),
  c('quarrel-not-followed-up', 'a neighbours’ quarrel the kepala desa does not follow up (declined)', [
    on(
      11,
      '09:20',
      U.trantibum,
      register(
        complaint({
          serviceType: 'indecency',
          reporter: { name: 'Sutrisno', nik: nik('1973-10-16', 'M', 3), phone: '0812-2943-6651' },
          description: 'Tetangga dituduh berbuat tidak senonoh di teras rumah kontrakan dan jadi tontonan anak-anak.',
          location: 'Teras rumah kontrakan, Dusun Gombang Tengah',
          ongoingThreat: false,
          place: ['Gombang Tengah', '2', '1'],
        }),
      ),
    ),
    on(11, '10:00', U.trantibum, act('start-assessment')),
    on(
      10,
      '09:30',
      U.trantibum,
      act('submit-for-approval', { note: 'Pengkajian: pertengkaran antartetangga soal batas pekarangan.' }),
    ),
    on(
      10,
      '13:00',
      U.kades,
      act('refuse-follow-up', {
        reason: 'Pertengkaran antartetangga, bukan gangguan ketertiban umum; dimediasi Ketua RT.',
        declineReason: 'OTHER',
      }),
    ),
  ]),
  c('perda-settled-musyawarah', 'a late-night sound system settled by musyawarah in the village', [
    on(
      9,
      '08:45',
      U.trantibum,
      register(
        complaint({
          serviceType: 'perda-violation',
          reporter: { name: 'Sri Hartati', nik: nik('1985-05-19', 'F', 2), phone: '0857-2811-3350' },
          description: 'Hajatan di RT 004 memutar sound system sampai jam 2 pagi tiga malam berturut-turut.',
          location: 'Rumah hajatan RT 004 Gombang Kidul',
          daysAgo: 10,
          ongoingThreat: false,
          place: ['Gombang Kidul', '1', '4'],
        }),
      ),
    ),
    ...examined(9, 8, 'Pemilik hajatan belum berizin keramaian; bersedia membatasi jam.'),
    on(
      7,
      '10:00',
      U.kades,
      act('settle-in-village', {
        note: 'Musyawarah dengan pemilik hajatan dan warga: musik berhenti pukul 22.00; izin keramaian diurus.',
        settlementKind: 'MUSYAWARAH',
      }),
    ),
  ]),
  c('drugs-police', 'suspected drug dealing, followed up by Polsek Cawas', [
    on(
      5,
      '09:10',
      U.trantibum,
      register(
        complaint({
          serviceType: 'drugs',
          reporter: { name: 'Joko Susilo', nik: nik('1981-01-27', 'M', 4), phone: '0813-2766-0914' },
          description:
            'Rumah kontrakan di ujung dusun sering didatangi orang tak dikenal larut malam; warga menemukan plastik klip.',
          location: 'Rumah kontrakan ujung jalan tembus ke sawah, Dusun Gombang Kidul',
          daysAgo: 6,
          ongoingThreat: false,
          place: ['Gombang Kidul', '2', '4'],
        }),
      ),
    ),
    ...examined(5, 4, 'Laporan warga konsisten; bukan wewenang desa, perlu kepolisian.'),
    on(3, '09:00', U.kades, act('forward-to-police', { note: 'Mohon penyelidikan; identitas pelapor dirahasiakan.' })),
    on(2, '10:30', U.polisi, act('record-police-follow-up', { note: 'Unit Reskrim melakukan pengintaian.' })),
  ]),
  c('kdrt-ppa', 'domestic violence: the victim’s identity sealed, with UPTD PPA', [
    on(
      4,
      '08:30',
      U.trantibum,
      register(
        complaint({
          serviceType: 'domestic-violence',
          reporter: {
            name: 'Endang Pertiwi',
            nik: nik('1988-09-09', 'F', 3),
            phone: '0857-4012-8830',
            address: 'Dusun Gombang Wetan RT 003 RW 002, Desa Gombang',
          },
          victim: { name: 'Endang Pertiwi', nik: nik('1988-09-09', 'F', 3), relation: 'korban' },
          description:
            'Pelapor sering dipukul suaminya bila mabuk; terakhir Sabtu malam hingga pelipis berdarah. Takut pulang.',
          location: 'Rumah pelapor, Dusun Gombang Wetan',
          daysAgo: 5,
          ongoingThreat: true,
          place: ['Gombang Wetan', '2', '3'],
        }),
      ),
    ),
    ...examined(4, 3, 'Korban mengungsi ke rumah orang tua; perlu pendampingan UPTD PPA.'),
    on(
      2,
      '09:00',
      U.kades,
      act('forward-to-women-child-protection', { note: 'Mohon pendampingan korban dan rumah aman.' }),
    ),
    on(
      1,
      '11:00',
      U.ppa,
      act('record-opd-follow-up', { note: 'Konselor UPTD PPA mendampingi korban; visum dijadwalkan.' }),
    ),
  ]),
  c('anonymous-needs-decision', 'an anonymous report of illegal logging, waiting for a decision', [
    on(
      2,
      '15:10',
      U.trantibum,
      register(
        complaint({
          serviceType: 'illegal-logging',
          reporter: { name: '' },
          description:
            'Pohon sono dan mahoni di tanggul Kali Dengkeng ditebang malam hari lalu diangkut truk tanpa surat.',
          location: 'Tanggul Kali Dengkeng, sebelah selatan jembatan dusun',
          ongoingThreat: false,
          place: ['Gombang Kidul', '1', '4'],
        }),
      ),
    ),
  ]),
];
