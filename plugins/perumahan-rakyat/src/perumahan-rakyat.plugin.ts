import {
  VILLAGE_OPD_FINAL_STATES,
  villageOpdOutcomeActions,
  withSpmMapping,
  defineSpmPlugin,
  type FactDefinition,
} from '@posyandu-spm/core';
import { perumahanRakyatSpmServices, perumahanRakyatSpmMapping } from './perumahan-rakyat.spm.js';

/**
 * SPM Perumahan Rakyat (housing), after the Kemendagri deck "Langkah-langkah
 * Pelaksanaan 6 SPM di Posyandu" (2024), slide "SPM Perumahan Rakyat": aid to
 * rehabilitate (renovate / repair) an uninhabitable house. The step of the deck
 * each state and action implements is named beside it.
 */

/** The intake questions of a house-rehabilitation request (deck step 2, "keluhan tentang perumahan"). */
const houseFacts: FactDefinition[] = [
  {
    id: 'damagedParts',
    label: {
      id: 'Kondisi / bagian rumah yang rusak (atap, dinding, lantai, dll.)',
      en: 'Condition / damaged parts of the house (roof, walls, floor, etc.)',
    },
    type: 'text',
    required: true,
    maxLength: 1000,
  },
  {
    id: 'occupants',
    label: { id: 'Jumlah penghuni rumah (jiwa)', en: 'Number of people living in the house' },
    type: 'number',
    required: true,
  },
  {
    // Matches the income certificate from the village (document `income-certificate`).
    id: 'monthlyIncome',
    label: {
      id: 'Penghasilan keluarga per bulan (Rp), sesuai surat keterangan desa',
      en: 'Household income per month (IDR), as in the village certificate',
    },
    type: 'number',
    required: true,
  },
  {
    // Deck step 2: "Foto copy surat tanah atau sejenisnya" — which kind of land paper it is.
    id: 'landDocumentKind',
    label: { id: 'Jenis surat tanah', en: 'Kind of land document' },
    type: 'choice',
    required: true,
    options: [
      { value: 'SHM', label: { id: 'Sertifikat Hak Milik (SHM)', en: 'Freehold title certificate (SHM)' } },
      {
        value: 'LETTER_C',
        label: { id: 'Letter C / girik / petok D', en: 'Village land register extract (Letter C)' },
      },
      { value: 'AJB', label: { id: 'Akta Jual Beli (AJB)', en: 'Deed of sale (AJB)' } },
      {
        value: 'INHERITANCE_OR_GRANT',
        label: { id: 'Surat waris / hibah', en: 'Inheritance or grant letter' },
      },
      {
        value: 'OTHER',
        label: { id: 'Surat keterangan lain yang sejenis', en: 'Another document of the same kind' },
      },
    ],
  },
];

export const perumahanRakyatPlugin = defineSpmPlugin({
  id: 'perumahan-rakyat',
  name: { id: 'Perumahan Rakyat', en: 'Housing' },
  description: {
    id: 'Permohonan bantuan rehabilitasi (renovasi/perbaikan) rumah tidak layak huni, diverifikasi dengan kunjungan lapangan dan diteruskan desa ke Dinas Perumahan.',
    en: 'Requests for aid to rehabilitate (renovate/repair) an uninhabitable house, verified by a field visit and forwarded by the village to the housing agency.',
  },
  version: '1.0.0',
  // 1.1: the applicant's KK number can be required, so the prior-aid check also covers the family.
  requiresCoreApi: '1.5',
  // Deck step 1: the citizen comes to the Posyandu's SPM Perumahan Rakyat desk.
  intakeUnitKinds: ['POSYANDU'],
  intakeRoles: ['KADER'],
  // Deck step 2: the six documents the kader records.
  documents: [
    {
      code: 'ktp-copy',
      label: { id: 'Fotokopi KTP', en: 'Identity card (KTP) copy' },
      minFiles: 1,
      maxFiles: 2,
    },
    {
      code: 'kk-copy',
      label: { id: 'Fotokopi Kartu Keluarga (KK)', en: 'Family card (KK) copy' },
      minFiles: 1,
      maxFiles: 2,
    },
    {
      code: 'no-prior-aid-statement',
      label: {
        id: 'Surat pernyataan belum pernah menerima bantuan rehabilitasi rumah',
        en: 'Statement of never having received house-rehabilitation aid',
      },
      description: {
        id: 'Pernyataan calon penerima; sistem juga memeriksa kasus bantuan rumah sebelumnya untuk NIK dan KK yang sama.',
        en: "The applicant's own statement; the system also checks for earlier housing-aid cases of the same NIK and KK.",
      },
      minFiles: 1,
      maxFiles: 2,
    },
    {
      code: 'income-certificate',
      label: { id: 'Surat keterangan penghasilan dari desa', en: 'Income certificate from the village' },
      minFiles: 1,
      maxFiles: 2,
    },
    {
      code: 'land-certificate-copy',
      label: { id: 'Fotokopi surat tanah atau sejenisnya', en: 'Land certificate copy (or similar)' },
      description: {
        id: 'Sertifikat, Letter C, akta jual beli, surat waris/hibah, atau surat keterangan sejenis.',
        en: 'Title certificate, Letter C, deed of sale, inheritance/grant letter, or a similar document.',
      },
      minFiles: 1,
      maxFiles: 4,
    },
    {
      code: 'house-photos',
      label: { id: 'Foto kondisi rumah (3 sisi)', en: 'Photos of the house (3 sides)' },
      description: {
        id: 'Tepat tiga foto: tampak depan, samping, dan belakang rumah calon penerima bantuan.',
        en: "Exactly three photos: the front, a side and the back of the applicant's house.",
      },
      minFiles: 3,
      maxFiles: 3,
    },
  ],
  serviceTypes: withSpmMapping(
    [
      {
        id: 'house-rehabilitation',
        name: {
          id: 'Bantuan rehabilitasi rumah tidak layak huni',
          en: 'Aid to rehabilitate an uninhabitable house',
        },
        description: {
          id: 'Renovasi/perbaikan rumah tidak layak huni (RTLH) milik calon penerima bantuan.',
          en: "Renovation/repair of the applicant's own uninhabitable house (RTLH).",
        },
        documents: [
          { code: 'ktp-copy', required: true },
          { code: 'kk-copy', required: true },
          { code: 'no-prior-aid-statement', required: true },
          { code: 'income-certificate', required: true },
          { code: 'land-certificate-copy', required: true },
          { code: 'house-photos', required: true },
        ],
        facts: houseFacts,
        // The "never received aid" statement is checked, not just collected: the core warns
        // the officers when the same NIK or KK already has a completed housing case.
        // The "never received aid" statement is checked per person and per family card (KK).
        applicantKkRequired: true,
        priorCaseWarning: {
          outcome: 'COMPLETED',
          message: {
            id: 'Pemohon (NIK atau KK) sudah pernah menerima bantuan rehabilitasi rumah melalui kasus',
            en: 'The applicant (NIK or KK) already received house-rehabilitation aid via case',
          },
        },
      },
    ],
    perumahanRakyatSpmMapping,
  ),
  spmServices: perumahanRakyatSpmServices,
  workflow: {
    initialState: 'registered',
    states: [
      {
        // Deck steps 1–2: recorded by the kader at the Posyandu.
        id: 'registered',
        label: { id: 'Terdaftar di Posyandu', en: 'Registered at the Posyandu' },
        citizenLabel: { id: 'Permohonan diterima kader', en: 'Request received by the kader' },
      },
      {
        id: 'awaiting-documents',
        label: { id: 'Menunggu kelengkapan dokumen', en: 'Waiting for documents' },
        citizenLabel: { id: 'Menunggu dokumen dari Anda', en: 'Waiting for your documents' },
        pausesClock: true,
      },
      {
        // Deck step 3: kader and village verify the data and visit the house (field visit).
        id: 'verification',
        label: { id: 'Verifikasi data dan kunjungan lapangan', en: 'Data verification and field visit' },
        citizenLabel: { id: 'Sedang diverifikasi dan rumah ditinjau', en: 'Being verified; the house is inspected' },
        allowsVisits: true,
      },
      {
        // Deck step 4: the result qualifies the house for renovation/repair.
        id: 'eligible',
        label: { id: 'Memenuhi syarat renovasi/perbaikan', en: 'Qualifies for renovation/repair' },
        citizenLabel: { id: 'Memenuhi syarat, akan diajukan ke desa', en: 'Qualifies, to be submitted to the village' },
      },
      {
        id: 'not-eligible',
        label: { id: 'Tidak memenuhi syarat', en: 'Does not qualify' },
        citizenLabel: { id: 'Tidak memenuhi syarat', en: 'Does not qualify' },
        terminal: { outcome: 'DECLINED' },
      },
      {
        // Deck step 4: the kader submits the renovation/repair request to the village.
        id: 'submitted-to-village',
        label: { id: 'Diajukan ke Pemerintah Desa', en: 'Submitted to the village government' },
        citizenLabel: { id: 'Diproses Pemerintah Desa', en: 'With the village government' },
      },
      {
        // Deck step 5: the village forwards the qualifying request to the housing OPD.
        id: 'forwarded-to-opd',
        label: { id: 'Diteruskan ke Dinas Perumahan', en: 'Forwarded to the housing agency' },
        citizenLabel: { id: 'Diproses Dinas Perumahan', en: 'With the housing agency' },
      },
      {
        // Deck step 6: the OPD follows up the request.
        id: 'opd-follow-up',
        label: { id: 'Ditindaklanjuti OPD', en: 'Followed up by the OPD' },
        citizenLabel: { id: 'Sedang ditindaklanjuti Dinas', en: 'Being acted on by the agency' },
      },
      ...VILLAGE_OPD_FINAL_STATES,
    ],
    actions: [
      {
        // Deck step 3: the kader hands the applicant's data over and verification starts.
        id: 'start-verification',
        label: { id: 'Mulai verifikasi', en: 'Start verification' },
        from: ['registered'],
        to: 'verification',
        roles: ['KADER', 'VILLAGE_OFFICER'],
        guards: [{ type: 'documentsComplete' }],
      },
      {
        id: 'request-documents',
        label: { id: 'Minta kelengkapan dokumen', en: 'Ask for documents' },
        from: ['registered', 'verification'],
        to: 'awaiting-documents',
        roles: ['KADER', 'VILLAGE_OFFICER'],
        requiresReason: true,
      },
      {
        id: 'documents-supplied',
        label: { id: 'Dokumen sudah dilengkapi', en: 'Documents supplied' },
        from: ['awaiting-documents'],
        to: 'verification',
        roles: ['KADER', 'VILLAGE_OFFICER'],
        guards: [{ type: 'documentsComplete' }],
      },
      {
        // Deck step 4: "memenuhi persyaratan untuk dilakukan renovasi/perbaikan".
        id: 'declare-eligible',
        label: { id: 'Nyatakan memenuhi syarat', en: 'Declare it qualifies' },
        from: ['verification'],
        to: 'eligible',
        roles: ['KADER', 'VILLAGE_OFFICER'],
        guards: [{ type: 'documentsVerified' }, { type: 'visitRecorded', kind: 'FIELD' }],
      },
      {
        id: 'declare-not-eligible',
        label: { id: 'Nyatakan tidak memenuhi syarat', en: 'Declare it does not qualify' },
        from: ['verification'],
        to: 'not-eligible',
        declineReasons: ['NOT_ELIGIBLE'],
        roles: ['KADER', 'VILLAGE_OFFICER'],
        guards: [{ type: 'visitRecorded', kind: 'FIELD' }],
        requiresReason: true,
      },
      {
        // Deck step 4: the kader submits to the village government.
        id: 'submit-to-village',
        label: { id: 'Ajukan ke Pemerintah Desa', en: 'Submit to the village government' },
        from: ['eligible'],
        to: 'submitted-to-village',
        roles: ['KADER'],
        effects: [{ type: 'assign', route: 'village-government' }],
      },
      {
        // Deck step 5: the village forwards to the housing OPD ("OPD terkait").
        id: 'forward-to-opd',
        label: { id: 'Teruskan ke Dinas Perumahan', en: 'Forward to the housing agency' },
        from: ['submitted-to-village'],
        to: 'forwarded-to-opd',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
        effects: [{ type: 'assign', route: 'housing-opd' }],
      },
      {
        // Deck step 6: the OPD follows up (e.g. technical survey, aid programme, schedule).
        id: 'record-opd-follow-up',
        label: { id: 'Catat tindak lanjut OPD', en: 'Record the OPD follow-up' },
        from: ['forwarded-to-opd'],
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
      ...villageOpdOutcomeActions(
        { id: 'Tolak (Dinas Perumahan)', en: 'Decline (housing agency)' },
        {
          villageDecline: ['registered', 'verification', 'eligible', 'submitted-to-village'],
          villageSettle: ['verification', 'eligible', 'submitted-to-village'],
          opd: ['forwarded-to-opd', 'opd-follow-up'],
          open: [
            'registered',
            'awaiting-documents',
            'verification',
            'eligible',
            'submitted-to-village',
            'forwarded-to-opd',
            'opd-follow-up',
          ],
        },
      ),
    ],
  },
  routes: [
    {
      id: 'village-government',
      label: { id: 'Pemerintah Desa', en: 'Village government' },
      unitKind: 'VILLAGE_GOVERNMENT',
    },
    {
      id: 'housing-opd',
      label: {
        id: 'Dinas Perumahan Rakyat dan Kawasan Permukiman kabupaten/kota',
        en: 'Housing and settlements agency of the kabupaten/kota',
      },
      unitKind: 'OPD',
      service: 'perumahan-rakyat',
    },
  ],
});
