import { withSpmMapping, defineSpmPlugin } from '@posyandu-spm/core';
import { SOSIAL_SERVICE_TYPES } from './sosial.service-types.js';
import { sosialSpmServices, sosialSpmMapping } from './sosial.spm.js';

/**
 * SPM Sosial (social services), after the Kemendagri deck "Langkah-langkah
 * Pelaksanaan 6 SPM di Posyandu" (2024), slide "Langkah-langkah Pelaksanaan SPM
 * SOSIAL" (lines 108–119 of seeds/000_194c7ded4e36989d.txt). The step of the deck
 * each state and action implements is named beside it.
 *
 * The deck's route is strictly bottom-up: the village forwards to the KECAMATAN,
 * which forwards to the OPD (step 5); there is no action from the village to the
 * OPD. The kecamatan passes the case on or hands it back (the core's
 * `return-not-competent`); the deck gives it no closing of its own. What the
 * village can solve itself it settles there (the launch report, seeds/004:
 * "masalah selesai di level bawah"; DESIGN §1, §5).
 */
/** The items the kader collects (deck steps 2a and 2b), received or waived with a reason. */
const KADER_ITEMS_COMPLETE = {
  type: 'documentsComplete',
  codes: ['target-identity-copy', 'complaint-statement'],
} as const;

export const sosialPlugin = defineSpmPlugin({
  id: 'sosial',
  name: { id: 'Sosial', en: 'Social services' },
  description: {
    id: 'Layanan disabilitas, anak terlantar, lanjut usia, tuna sosial (gelandangan dan pengemis), dan perlindungan jaminan sosial bagi korban bencana; dari Posyandu melalui Pemerintah Desa dan Kecamatan ke Dinas Sosial.',
    en: 'Disability services, neglected children, the elderly, homeless people and beggars, and social-security protection for disaster victims; from the Posyandu through the village government and the kecamatan to the social agency.',
  },
  version: '1.0.0',
  // 1.1: document guards that name their documents (the village letter comes later than the kader's items).
  requiresCoreApi: '1.5',
  // Deck step 1: the citizen comes to the Posyandu with a complaint about social services.
  intakeUnitKinds: ['POSYANDU'],
  intakeRoles: ['KADER'],
  // Deck step 2: the items the kader records for the complaint.
  documents: [
    {
      // Step 2a: "Foto Copy identitas diri sasaran".
      code: 'target-identity-copy',
      label: {
        id: 'Fotokopi identitas diri sasaran (KTP/KIA/KK)',
        en: 'Identity copy of the person concerned (KTP, child ID card or KK)',
      },
      description: {
        id: 'Identitas orang yang dikeluhkan (sasaran), bukan pelapor. Sasaran tanpa identitas (mis. gelandangan): dokumen dapat dikecualikan dengan alasan.',
        en: 'Identity of the person the complaint is about (not the reporter). A person with no identity (e.g. a homeless person): the document may be waived with a reason.',
      },
      minFiles: 1,
      maxFiles: 2,
    },
    {
      // Step 2b: "Penjelasan gambaran mengenai keluhan yang disampaikan".
      code: 'complaint-statement',
      label: {
        id: 'Penjelasan gambaran keluhan yang disampaikan',
        en: 'Written description of the complaint',
      },
      description: {
        id: 'Uraian tertulis keluhan yang ditandatangani pelapor (boleh ditulis kader), dapat disertai foto kondisi sasaran.',
        en: "A written account of the complaint signed by the reporter (the kader may write it), optionally with photos of the person's situation.",
      },
      minFiles: 1,
      maxFiles: 5,
    },
    {
      // Step 2c: "Surat pernyataan dari Pemerintah Desa/Kelurahan untuk ditindaklanjuti kepada supra desa/kelurahan".
      code: 'village-statement-letter',
      label: {
        id: 'Surat pernyataan Pemerintah Desa/Kelurahan untuk ditindaklanjuti ke supra desa',
        en: 'Statement letter of the village government for follow-up above the village',
      },
      description: {
        id: 'Diterbitkan Pemerintah Desa setelah kunjungan rumah; harus sah sebelum kasus diteruskan ke Kecamatan.',
        en: 'Issued by the village government after the home visit; must be checked valid before the case goes to the kecamatan.',
      },
      minFiles: 1,
      maxFiles: 2,
    },
  ],
  // Deck step 1: the five services of the SPM Bidang Sosial.
  serviceTypes: withSpmMapping(SOSIAL_SERVICE_TYPES, sosialSpmMapping),
  spmServices: sosialSpmServices,
  workflow: {
    initialState: 'registered',
    states: [
      {
        // Deck steps 1–2: the kader records the complaint and its documents.
        id: 'registered',
        label: { id: 'Terdaftar di Posyandu', en: 'Registered at the Posyandu' },
        citizenLabel: { id: 'Keluhan diterima kader', en: 'Complaint received by the kader' },
      },
      {
        id: 'awaiting-documents',
        label: { id: 'Menunggu kelengkapan dokumen', en: 'Waiting for documents' },
        citizenLabel: { id: 'Menunggu dokumen dari Anda', en: 'Waiting for your documents' },
        pausesClock: true,
      },
      {
        // Deck step 3 done (recap and follow-up plan); deck step 4: the home visit.
        id: 'home-visit',
        label: {
          id: 'Rencana tindak lanjut disusun; kunjungan rumah',
          en: 'Follow-up plan drawn up; home visit',
        },
        citizenLabel: {
          id: 'Kunjungan rumah oleh kader bersama pemerintah desa',
          en: 'Home visit by the kader with the village government',
        },
        allowsVisits: true,
      },
      {
        // Deck step 5 (first half): the village government takes the complaint up.
        id: 'village-review',
        label: { id: 'Ditelaah Pemerintah Desa', en: 'With the village government' },
        citizenLabel: { id: 'Diproses Pemerintah Desa', en: 'With the village government' },
      },
      {
        // The launch report's "bottom-up": what the village can solve ends here.
        id: 'settled-in-village',
        label: { id: 'Diselesaikan di tingkat desa', en: 'Settled in the village' },
        citizenLabel: { id: 'Selesai ditangani Pemerintah Desa', en: 'Served by the village government' },
        terminal: { outcome: 'SETTLED_AT_VILLAGE' },
      },
      {
        id: 'not-eligible',
        label: { id: 'Tidak memenuhi kriteria', en: 'Not eligible' },
        citizenLabel: { id: 'Tidak memenuhi kriteria layanan', en: 'Not eligible for the service' },
        terminal: { outcome: 'DECLINED' },
      },
      {
        // Deck step 5: the village forwards the complaint to the kecamatan.
        id: 'with-kecamatan',
        label: { id: 'Diteruskan ke Kecamatan', en: 'Forwarded to the kecamatan' },
        citizenLabel: { id: 'Diproses Kecamatan', en: 'With the kecamatan' },
      },
      {
        // Deck step 5: "… kepada Kecamatan untuk ditindaklanjuti kepada OPD terkait".
        id: 'with-social-opd',
        label: { id: 'Diteruskan ke Dinas Sosial', en: 'Forwarded to the social agency' },
        citizenLabel: { id: 'Diproses Dinas Sosial', en: 'With the social agency' },
      },
      {
        id: 'opd-follow-up',
        label: { id: 'Ditindaklanjuti Dinas Sosial', en: 'Followed up by the social agency' },
        citizenLabel: { id: 'Sedang ditindaklanjuti Dinas Sosial', en: 'Being acted on by the social agency' },
      },
      {
        id: 'completed',
        label: { id: 'Selesai', en: 'Completed' },
        citizenLabel: { id: 'Selesai dilayani', en: 'Served' },
        terminal: { outcome: 'COMPLETED' },
      },
      {
        // DESIGN §6: every outcome its own state. A refusal at any level, with its reason code.
        id: 'declined',
        label: { id: 'Ditolak', en: 'Declined' },
        citizenLabel: { id: 'Keluhan ditolak (lihat alasan)', en: 'Complaint declined (see the reason)' },
        terminal: { outcome: 'DECLINED' },
      },
      {
        id: 'withdrawn',
        label: { id: 'Dicabut pelapor', en: 'Withdrawn by the reporter' },
        citizenLabel: { id: 'Keluhan Anda cabut', en: 'You withdrew the complaint' },
        terminal: { outcome: 'WITHDRAWN' },
      },
      {
        id: 'cannot-be-served',
        label: { id: 'Tidak dapat dilayani', en: 'Cannot be served' },
        citizenLabel: { id: 'Tidak dapat dilayani (lihat alasan)', en: 'Cannot be served (see the reason)' },
        terminal: { outcome: 'CANNOT_BE_SERVED' },
      },
    ],
    actions: [
      {
        // Deck step 3: "Kader merekap pendataan layanan dari warga dan menyusun rencana tindak lanjut";
        // the note is the recap and the follow-up plan (RTL). It needs the kader's own items
        // (steps 2a, 2b); the village statement letter (step 2c) only exists once the village has the case.
        id: 'plan-follow-up',
        label: {
          id: 'Rekap pendataan dan susun rencana tindak lanjut',
          en: 'Recap the data and draw up the follow-up plan',
        },
        from: ['registered'],
        to: 'home-visit',
        roles: ['KADER'],
        guards: [KADER_ITEMS_COMPLETE],
        requiresNote: true,
      },
      {
        // Waiting for the reporter's items of step 2a/2b (an identity copy, the written complaint).
        id: 'request-documents',
        label: { id: 'Minta kelengkapan dokumen', en: 'Ask for documents' },
        from: ['registered'],
        to: 'awaiting-documents',
        roles: ['KADER'],
        requiresReason: true,
      },
      {
        id: 'documents-supplied',
        label: { id: 'Dokumen sudah dilengkapi', en: 'Documents supplied' },
        from: ['awaiting-documents'],
        to: 'registered',
        roles: ['KADER'],
        guards: [KADER_ITEMS_COMPLETE],
      },
      {
        // Deck steps 4–5: after the home visit the kader hands the recap and the findings to the
        // village government, which takes the complaint up ("Pemerintah Desa menindaklanjuti").
        id: 'submit-to-village',
        label: {
          id: 'Serahkan rekap dan hasil kunjungan ke Pemerintah Desa',
          en: 'Hand the recap and visit findings to the village government',
        },
        from: ['home-visit'],
        to: 'village-review',
        roles: ['KADER'],
        guards: [KADER_ITEMS_COMPLETE, { type: 'visitRecorded', kind: 'HOME' }],
        effects: [{ type: 'assign', route: 'village-government' }],
      },
      {
        // After the home visit (step 4), the kader and the village may find the person not eligible.
        id: 'declare-not-eligible',
        label: { id: 'Nyatakan tidak memenuhi kriteria', en: 'Declare not eligible' },
        from: ['home-visit', 'village-review'],
        to: 'not-eligible',
        declineReasons: ['NOT_ELIGIBLE'],
        roles: ['KADER', 'VILLAGE_OFFICER', 'KEPALA_DESA'],
        guards: [{ type: 'visitRecorded', kind: 'HOME' }],
        requiresReason: true,
      },
      {
        // Bottom-up (seeds/004, DESIGN §5): what the village can solve itself ends in the village.
        id: 'settle-in-village',
        label: { id: 'Selesaikan di tingkat desa', en: 'Settle in the village' },
        from: ['village-review'],
        to: 'settled-in-village',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
        guards: [{ type: 'visitRecorded', kind: 'HOME' }],
        requiresNote: true,
      },
      {
        // Deck step 5: the village forwards to the kecamatan, with its statement letter (step 2c) checked valid.
        id: 'forward-to-kecamatan',
        label: { id: 'Teruskan ke Kecamatan', en: 'Forward to the kecamatan' },
        from: ['village-review'],
        to: 'with-kecamatan',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
        guards: [{ type: 'documentsVerified' }, { type: 'visitRecorded', kind: 'HOME' }],
        effects: [{ type: 'assign', route: 'kecamatan' }],
      },
      {
        // Deck step 5: the kecamatan passes it on to the OPD concerned.
        id: 'forward-to-social-opd',
        label: { id: 'Teruskan ke Dinas Sosial', en: 'Forward to the social agency' },
        from: ['with-kecamatan'],
        to: 'with-social-opd',
        roles: ['KECAMATAN_OFFICER'],
        effects: [{ type: 'assign', route: 'social-opd' }],
      },
      {
        // Deck step 5: "… untuk ditindaklanjuti kepada OPD terkait": the social agency acts.
        id: 'record-opd-follow-up',
        label: { id: 'Catat tindak lanjut Dinas Sosial', en: 'Record the social agency follow-up' },
        from: ['with-social-opd'],
        to: 'opd-follow-up',
        roles: ['OPD_OFFICER'],
        requiresNote: true,
      },
      {
        id: 'complete',
        label: { id: 'Selesaikan', en: 'Complete' },
        from: ['opd-follow-up'],
        to: 'completed',
        roles: ['OPD_OFFICER'],
        requiresNote: true,
      },
      {
        // The agency's follow-up may find the person outside its programmes' criteria.
        id: 'decline-at-opd',
        label: { id: 'Tolak: tidak memenuhi kriteria', en: 'Decline: not eligible' },
        from: ['with-social-opd', 'opd-follow-up'],
        to: 'not-eligible',
        declineReasons: ['NOT_ELIGIBLE'],
        roles: ['OPD_OFFICER'],
        requiresReason: true,
      },
      {
        // A refusal at the village or the kecamatan, with its code; also of a case returned to them.
        id: 'decline',
        label: { id: 'Tolak keluhan', en: 'Decline the complaint' },
        from: ['registered', 'home-visit', 'village-review', 'with-kecamatan'],
        to: 'declined',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA', 'KECAMATAN_OFFICER'],
        requiresReason: true,
        declineReasons: ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'],
      },
      {
        // The reporter withdraws; whoever holds the case records it.
        id: 'withdraw',
        label: { id: 'Catat pencabutan oleh pelapor', en: 'Record the withdrawal by the reporter' },
        from: [
          'registered',
          'awaiting-documents',
          'home-visit',
          'village-review',
          'with-kecamatan',
          'with-social-opd',
          'opd-follow-up',
        ],
        to: 'withdrawn',
        roles: ['KADER', 'VILLAGE_OFFICER', 'KEPALA_DESA', 'KECAMATAN_OFFICER', 'OPD_OFFICER'],
        requiresReason: true,
      },
      {
        // Neither served nor refused (the person moved away, died, a programme closed): the reason is told
        // to the citizen. Each unit closes what it holds.
        id: 'close-cannot-be-served',
        label: { id: 'Tutup: tidak dapat dilayani', en: 'Close: cannot be served' },
        from: [
          'registered',
          'awaiting-documents',
          'home-visit',
          'village-review',
          'with-kecamatan',
          'with-social-opd',
          'opd-follow-up',
        ],
        to: 'cannot-be-served',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA', 'KECAMATAN_OFFICER', 'OPD_OFFICER'],
        requiresReason: true,
      },
    ],
  },
  routes: [
    {
      id: 'village-government',
      label: { id: 'Pemerintah Desa/Kelurahan', en: 'Village government' },
      unitKind: 'VILLAGE_GOVERNMENT',
    },
    {
      id: 'kecamatan',
      label: { id: 'Kecamatan', en: 'Kecamatan' },
      unitKind: 'KECAMATAN',
    },
    {
      id: 'social-opd',
      label: { id: 'Dinas Sosial kabupaten/kota', en: 'Social agency of the kabupaten/kota' },
      unitKind: 'OPD',
      service: 'sosial',
    },
  ],
});
