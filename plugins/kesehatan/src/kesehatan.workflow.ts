import type { ActionDefinition, StateDefinition, WorkflowDefinition } from '@posyandu-spm/core';
import { BPJS_INACTIVE, HEALTH_SERVICE_COMPLAINT, HOME_VISIT_MONITORING } from './kesehatan.service-types.js';

/**
 * The health workflow: one state machine, two paths kept apart by
 * `serviceTypes` on the actions.
 *
 * Monitoring (deck slide "Langkah-langkah Pelaksanaan SPM Kesehatan", item 2,
 * "Layanan pada Setelah Hari Buka Posyandu"): 2a home visits by the kader →
 * 2b the kader's recap to the village government and the Pustu → 2c the Pustu
 * and the village coordinate the follow-up.
 *
 * Complaints (the Gombang launch report: inactive BPJS cards are the most
 * frequent complaint): recorded and verified at the Posyandu with the village,
 * settled in the village where possible ("masalah selesai di level bawah"),
 * otherwise forwarded by the village to the agency that can act.
 */
const MONITORING = [HOME_VISIT_MONITORING];
const BPJS = [BPJS_INACTIVE];
const GENERAL = [HEALTH_SERVICE_COMPLAINT];
const COMPLAINTS = [BPJS_INACTIVE, HEALTH_SERVICE_COMPLAINT];

const states: StateDefinition[] = [
  {
    id: 'registered',
    label: { id: 'Terdaftar di Posyandu', en: 'Registered at the Posyandu' },
    citizenLabel: { id: 'Diterima kader Posyandu', en: 'Received by the Posyandu kader' },
  },
  // --- Monitoring after the open day (deck item 2) ---
  {
    // 2a: the kader monitors the person's health at home; several visits may be recorded.
    id: 'monitoring',
    label: { id: 'Pemantauan melalui kunjungan rumah', en: 'Home-visit monitoring' },
    citizenLabel: { id: 'Dipantau kader melalui kunjungan rumah', en: 'Being monitored by the kader at home' },
    allowsVisits: true,
  },
  {
    // 2b: the recap is with the Pustu (holder); the village government reads every case of its desa.
    id: 'recap-with-pustu',
    label: {
      id: 'Rekap disampaikan ke Pustu dan Pemerintah Desa',
      en: 'Recap delivered to the Pustu and the village government',
    },
    citizenLabel: {
      id: 'Hasil pemantauan diterima Pustu dan Pemerintah Desa',
      en: 'Monitoring results received by the Pustu and the village government',
    },
  },
  {
    // 2c: the Pustu and the village agreed who does what; the Pustu carries out its part (the bidan may visit).
    id: 'follow-up-coordinated',
    label: {
      id: 'Tindak lanjut terkoordinasi Pustu dan Pemerintah Desa',
      en: 'Follow-up coordinated by the Pustu and the village government',
    },
    citizenLabel: {
      id: 'Ditindaklanjuti Pustu bersama Pemerintah Desa',
      en: 'Being followed up by the Pustu and the village government',
    },
    allowsVisits: true,
  },
  {
    // 2c: the village government's share of the agreed follow-up (e.g. supplementary food, transport, JKN).
    id: 'village-support',
    label: { id: 'Tindak lanjut oleh Pemerintah Desa', en: 'Follow-up by the village government' },
    citizenLabel: {
      id: 'Ditindaklanjuti Pemerintah Desa',
      en: 'Being followed up by the village government',
    },
  },
  {
    id: 'no-follow-up-needed',
    label: { id: 'Selesai, tidak perlu tindak lanjut', en: 'Closed, no follow-up needed' },
    citizenLabel: { id: 'Kondisi baik, pemantauan selesai', en: 'In good health, monitoring finished' },
    terminal: { outcome: 'COMPLETED' },
  },
  {
    id: 'monitoring-stopped',
    label: { id: 'Pemantauan dihentikan', en: 'Monitoring stopped' },
    citizenLabel: { id: 'Pemantauan dihentikan', en: 'Monitoring stopped' },
    terminal: { outcome: 'CANNOT_BE_SERVED' },
  },
  // --- Complaints (BPJS and other health services) ---
  {
    id: 'awaiting-documents',
    label: { id: 'Menunggu kelengkapan dokumen', en: 'Waiting for documents' },
    citizenLabel: { id: 'Menunggu dokumen dari Anda', en: 'Waiting for your documents' },
    pausesClock: true,
  },
  {
    // Kader and village check the data (e.g. the card's status in Mobile JKN, the family in DTKS).
    id: 'verification',
    label: { id: 'Verifikasi data oleh kader dan desa', en: 'Data verification by the kader and the village' },
    citizenLabel: { id: 'Data sedang diperiksa kader dan desa', en: 'Being checked by the kader and the village' },
    allowsVisits: true,
  },
  {
    id: 'with-village',
    label: { id: 'Diajukan ke Pemerintah Desa', en: 'Submitted to the village government' },
    citizenLabel: { id: 'Diproses Pemerintah Desa', en: 'With the village government' },
  },
  {
    id: 'with-social-opd',
    label: {
      id: 'Diteruskan ke Dinas Sosial (reaktivasi PBI JKN)',
      en: 'Forwarded to the social agency (PBI reactivation)',
    },
    citizenLabel: {
      id: 'Diproses Dinas Sosial untuk pengaktifan kembali BPJS',
      en: 'With the social agency to reactivate your BPJS',
    },
  },
  {
    id: 'reactivation-proposed',
    label: { id: 'Reaktivasi PBI diusulkan', en: 'PBI reactivation proposed' },
    citizenLabel: {
      id: 'Pengaktifan kembali BPJS sedang diusulkan',
      en: 'Reactivation of your BPJS has been proposed',
    },
  },
  {
    id: 'reactivated',
    label: { id: 'Kepesertaan BPJS aktif kembali', en: 'BPJS membership active again' },
    citizenLabel: { id: 'Kartu BPJS Anda sudah aktif kembali', en: 'Your BPJS card is active again' },
    terminal: { outcome: 'COMPLETED' },
  },
  {
    id: 'with-health-opd',
    label: { id: 'Diteruskan ke Dinas Kesehatan', en: 'Forwarded to the health agency' },
    citizenLabel: { id: 'Diproses Dinas Kesehatan', en: 'With the health agency' },
  },
  {
    id: 'health-opd-follow-up',
    label: { id: 'Ditindaklanjuti Dinas Kesehatan', en: 'Followed up by the health agency' },
    citizenLabel: { id: 'Sedang ditindaklanjuti Dinas Kesehatan', en: 'Being acted on by the health agency' },
  },
  {
    id: 'settled-in-village',
    label: { id: 'Selesai di tingkat desa', en: 'Settled in the village' },
    citizenLabel: { id: 'Selesai ditangani di desa', en: 'Settled in the village' },
    terminal: { outcome: 'SETTLED_AT_VILLAGE' },
  },
  {
    id: 'not-eligible',
    label: { id: 'Tidak dapat ditindaklanjuti', en: 'Cannot be taken further' },
    citizenLabel: { id: 'Tidak dapat ditindaklanjuti', en: 'Cannot be taken further' },
    terminal: { outcome: 'DECLINED' },
  },
  {
    id: 'completed',
    label: { id: 'Selesai', en: 'Completed' },
    citizenLabel: { id: 'Selesai dilayani', en: 'Served' },
    terminal: { outcome: 'COMPLETED' },
  },
  // --- Every sector's other outcomes (DESIGN §6, plugin API 1.4) ---
  {
    id: 'declined',
    label: { id: 'Ditolak', en: 'Declined' },
    citizenLabel: { id: 'Pengaduan ditolak (lihat alasan)', en: 'Complaint declined (see the reason)' },
    terminal: { outcome: 'DECLINED' },
  },
  {
    id: 'withdrawn',
    label: { id: 'Dicabut pemohon', en: 'Withdrawn by the applicant' },
    citizenLabel: { id: 'Anda mencabutnya', en: 'You withdrew it' },
    terminal: { outcome: 'WITHDRAWN' },
  },
  {
    id: 'cannot-be-served',
    label: { id: 'Tidak dapat dilayani', en: 'Cannot be served' },
    citizenLabel: { id: 'Tidak dapat dilayani (lihat alasan)', en: 'Cannot be served (see the reason)' },
    terminal: { outcome: 'CANNOT_BE_SERVED' },
  },
];

const monitoringActions: ActionDefinition[] = [
  {
    // 2a: the kader plans and starts the home visits.
    id: 'start-monitoring',
    label: { id: 'Mulai pemantauan kunjungan rumah', en: 'Start home-visit monitoring' },
    from: ['registered'],
    to: 'monitoring',
    roles: ['KADER'],
    serviceTypes: MONITORING,
  },
  {
    // 2b: "Kader merekapitulasi hasil pemantauan kunjungan rumah untuk disampaikan kepada
    // pemerintah desa/kelurahan dan Puskesmas Pembantu". The note is the recap.
    id: 'submit-recap',
    label: {
      id: 'Sampaikan rekap ke Pustu dan Pemerintah Desa',
      en: 'Send the recap to the Pustu and the village government',
    },
    from: ['monitoring'],
    to: 'recap-with-pustu',
    roles: ['KADER'],
    serviceTypes: MONITORING,
    guards: [{ type: 'visitRecorded', kind: 'HOME' }],
    effects: [{ type: 'assign', route: 'pustu' }],
    requiresNote: true,
  },
  {
    // 2c: "Pustu dan Pemerintah Desa melakukan koordinasi terkait hasil laporan dari Posyandu
    // untuk ditindaklanjuti". The village is not a parent of the Pustu, so the health worker
    // records the agreement; the note names the Pustu's part and the village's part.
    id: 'record-coordination',
    label: {
      id: 'Catat hasil koordinasi Pustu dan Pemerintah Desa',
      en: 'Record the Pustu–village coordination',
    },
    from: ['recap-with-pustu'],
    to: 'follow-up-coordinated',
    roles: ['HEALTH_WORKER'],
    serviceTypes: MONITORING,
    requiresNote: true,
  },
  {
    // 2c: the coordination found nothing to follow up (the person is well).
    id: 'close-no-follow-up',
    label: { id: 'Tutup: tidak perlu tindak lanjut', en: 'Close: no follow-up needed' },
    from: ['recap-with-pustu'],
    to: 'no-follow-up-needed',
    roles: ['HEALTH_WORKER'],
    serviceTypes: MONITORING,
    requiresNote: true,
  },
  {
    // 2c: the Pustu did its part; the village's part is handed to the village government.
    id: 'hand-to-village',
    label: {
      id: 'Serahkan bagian desa ke Pemerintah Desa',
      en: "Hand the village's part to the village government",
    },
    from: ['follow-up-coordinated'],
    to: 'village-support',
    roles: ['HEALTH_WORKER'],
    serviceTypes: MONITORING,
    effects: [{ type: 'assign', route: 'village-government' }],
    requiresNote: true,
  },
  {
    id: 'complete-follow-up',
    label: { id: 'Selesaikan tindak lanjut Pustu', en: "Complete the Pustu's follow-up" },
    from: ['follow-up-coordinated'],
    to: 'completed',
    roles: ['HEALTH_WORKER'],
    serviceTypes: MONITORING,
    requiresNote: true,
  },
  {
    id: 'complete-village-support',
    label: { id: 'Selesaikan tindak lanjut desa', en: "Complete the village's follow-up" },
    from: ['village-support'],
    to: 'completed',
    roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
    serviceTypes: MONITORING,
    requiresNote: true,
  },
  {
    // The person moved away, died, or refuses to be visited.
    id: 'stop-monitoring',
    label: { id: 'Hentikan pemantauan', en: 'Stop monitoring' },
    from: ['registered', 'monitoring'],
    to: 'monitoring-stopped',
    roles: ['KADER', 'VILLAGE_OFFICER'],
    serviceTypes: MONITORING,
    requiresReason: true,
  },
];

const complaintActions: ActionDefinition[] = [
  {
    id: 'start-verification',
    label: { id: 'Mulai verifikasi', en: 'Start verification' },
    from: ['registered'],
    to: 'verification',
    roles: ['KADER', 'VILLAGE_OFFICER'],
    serviceTypes: COMPLAINTS,
    guards: [{ type: 'documentsComplete' }],
  },
  {
    id: 'request-documents',
    label: { id: 'Minta kelengkapan dokumen', en: 'Ask for documents' },
    from: ['registered', 'verification'],
    to: 'awaiting-documents',
    roles: ['KADER', 'VILLAGE_OFFICER'],
    serviceTypes: COMPLAINTS,
    requiresReason: true,
  },
  {
    id: 'documents-supplied',
    label: { id: 'Dokumen sudah dilengkapi', en: 'Documents supplied' },
    from: ['awaiting-documents'],
    to: 'verification',
    roles: ['KADER', 'VILLAGE_OFFICER'],
    serviceTypes: COMPLAINTS,
    guards: [{ type: 'documentsComplete' }],
  },
  {
    id: 'submit-to-village',
    label: { id: 'Ajukan ke Pemerintah Desa', en: 'Submit to the village government' },
    from: ['verification'],
    to: 'with-village',
    roles: ['KADER'],
    serviceTypes: COMPLAINTS,
    guards: [{ type: 'documentsVerified' }],
    effects: [{ type: 'assign', route: 'village-government' }],
  },
  {
    // "Masalah selesai di level bawah": the village solves it without an agency; the note says how.
    id: 'settle-in-village',
    label: { id: 'Selesaikan di tingkat desa', en: 'Settle in the village' },
    from: ['verification', 'with-village'],
    to: 'settled-in-village',
    roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
    serviceTypes: COMPLAINTS,
    requiresNote: true,
  },
  {
    id: 'declare-not-eligible',
    label: { id: 'Nyatakan tidak dapat ditindaklanjuti', en: 'Declare it cannot be taken further' },
    from: ['verification', 'with-village'],
    to: 'not-eligible',
    declineReasons: ['NOT_ELIGIBLE'],
    roles: ['KADER', 'VILLAGE_OFFICER', 'KEPALA_DESA'],
    serviceTypes: COMPLAINTS,
    requiresReason: true,
  },
  // BPJS inactive: the agency listing `bpjs-reactivation` (Dinas Sosial, DTKS data) reactivates PBI.
  {
    id: 'forward-for-reactivation',
    label: {
      id: 'Teruskan ke Dinas Sosial untuk reaktivasi BPJS',
      en: 'Forward to the social agency for BPJS reactivation',
    },
    from: ['with-village'],
    to: 'with-social-opd',
    roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
    serviceTypes: BPJS,
    guards: [{ type: 'documentsVerified' }],
    effects: [{ type: 'assign', route: 'bpjs-reactivation-opd' }],
  },
  {
    id: 'propose-reactivation',
    label: { id: 'Usulkan reaktivasi PBI JKN', en: 'Propose PBI reactivation' },
    from: ['with-social-opd'],
    to: 'reactivation-proposed',
    roles: ['OPD_OFFICER'],
    serviceTypes: BPJS,
    requiresNote: true,
  },
  {
    id: 'record-reactivation',
    label: { id: 'Catat kartu BPJS aktif kembali', en: 'Record the BPJS card active again' },
    from: ['reactivation-proposed'],
    to: 'reactivated',
    roles: ['OPD_OFFICER'],
    serviceTypes: BPJS,
    requiresNote: true,
  },
  {
    id: 'reject-reactivation',
    label: { id: 'Reaktivasi tidak dapat dilakukan', en: 'Reactivation not possible' },
    from: ['with-social-opd', 'reactivation-proposed'],
    to: 'not-eligible',
    declineReasons: ['NOT_ELIGIBLE'],
    roles: ['OPD_OFFICER'],
    serviceTypes: BPJS,
    requiresReason: true,
  },
  // Other health-service complaints: the health agency follows up.
  {
    id: 'forward-to-health-opd',
    label: { id: 'Teruskan ke Dinas Kesehatan', en: 'Forward to the health agency' },
    from: ['with-village'],
    to: 'with-health-opd',
    roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
    serviceTypes: GENERAL,
    effects: [{ type: 'assign', route: 'health-opd' }],
  },
  {
    id: 'record-opd-follow-up',
    label: { id: 'Catat tindak lanjut Dinas Kesehatan', en: 'Record the health agency follow-up' },
    from: ['with-health-opd'],
    to: 'health-opd-follow-up',
    roles: ['OPD_OFFICER'],
    serviceTypes: GENERAL,
    requiresNote: true,
  },
  {
    id: 'complete',
    label: { id: 'Selesaikan', en: 'Complete' },
    from: ['health-opd-follow-up'],
    to: 'completed',
    roles: ['OPD_OFFICER'],
    serviceTypes: GENERAL,
    requiresNote: true,
  },
  {
    // A refusal with its code at the village (also of a case the OPD returned: bukan wewenang).
    id: 'decline',
    label: { id: 'Tolak pengaduan', en: 'Decline the complaint' },
    from: ['verification', 'with-village'],
    to: 'declined',
    roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
    serviceTypes: COMPLAINTS,
    requiresReason: true,
    declineReasons: ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'],
  },
  {
    // The health agency declines what it holds (what is not its authority it returns).
    id: 'opd-decline',
    label: { id: 'Tolak (Dinas Kesehatan)', en: 'Decline (health agency)' },
    from: ['with-health-opd', 'health-opd-follow-up'],
    to: 'declined',
    roles: ['OPD_OFFICER'],
    serviceTypes: GENERAL,
    requiresReason: true,
    declineReasons: ['NOT_ELIGIBLE', 'INCOMPLETE', 'DUPLICATE', 'OTHER'],
  },
  {
    id: 'withdraw',
    label: { id: 'Catat pencabutan oleh pemohon', en: 'Record the withdrawal by the applicant' },
    from: [
      'registered',
      'awaiting-documents',
      'verification',
      'with-village',
      'with-social-opd',
      'reactivation-proposed',
      'with-health-opd',
      'health-opd-follow-up',
    ],
    to: 'withdrawn',
    roles: ['KADER', 'VILLAGE_OFFICER', 'KEPALA_DESA', 'OPD_OFFICER'],
    serviceTypes: COMPLAINTS,
    requiresReason: true,
  },
  {
    // Neither served nor refused; the reason is told to the citizen. Each unit closes what it holds.
    id: 'close-cannot-be-served',
    label: { id: 'Tutup: tidak dapat dilayani', en: 'Close: cannot be served' },
    from: [
      'registered',
      'awaiting-documents',
      'verification',
      'with-village',
      'with-social-opd',
      'reactivation-proposed',
      'with-health-opd',
      'health-opd-follow-up',
    ],
    to: 'cannot-be-served',
    roles: ['VILLAGE_OFFICER', 'KEPALA_DESA', 'OPD_OFFICER'],
    serviceTypes: COMPLAINTS,
    requiresReason: true,
  },
];

export const kesehatanWorkflow: WorkflowDefinition = {
  initialState: 'registered',
  states,
  actions: [...monitoringActions, ...complaintActions],
};
