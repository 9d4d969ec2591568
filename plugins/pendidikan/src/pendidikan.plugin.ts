import {
  VILLAGE_OPD_FINAL_STATES,
  villageOpdOutcomeActions,
  withSpmMapping,
  defineSpmPlugin,
  type FactDefinition,
} from '@posyandu-spm/core';
import { pendidikanSpmServices, pendidikanSpmMapping } from './pendidikan.spm.js';

/**
 * SPM Pendidikan (education), after the Kemendagri deck "Langkah-langkah
 * Pelaksanaan 6 SPM di Posyandu" (2024), slide "SPM Pendidikan". The step of the
 * deck each state and action implements is named beside it.
 */

const schoolFacts: FactDefinition[] = [
  {
    id: 'studentName',
    label: { id: 'Nama peserta didik', en: 'Student name' },
    type: 'text',
    required: true,
    maxLength: 120,
    format: { kind: 'personName' },
  },
  {
    id: 'schoolName',
    label: { id: 'Nama sekolah / lembaga', en: 'School or institution' },
    type: 'text',
    required: true,
    maxLength: 160,
  },
  {
    id: 'schoolLevel',
    label: { id: 'Jenjang', en: 'Level' },
    type: 'choice',
    required: true,
    options: [
      { value: 'PAUD', label: { id: 'PAUD / TK', en: 'Early childhood (PAUD / TK)' } },
      { value: 'SD', label: { id: 'SD / MI', en: 'Primary (SD / MI)' } },
      { value: 'SMP', label: { id: 'SMP / MTs', en: 'Lower secondary (SMP / MTs)' } },
      { value: 'KESETARAAN', label: { id: 'Kesetaraan (Paket A/B/C)', en: 'Equivalency (Paket A/B/C)' } },
    ],
  },
  {
    id: 'amountRequested',
    label: { id: 'Perkiraan biaya yang dimohon (Rp)', en: 'Estimated amount requested (IDR)' },
    type: 'number',
    required: false,
  },
];

const allDocuments = [
  { code: 'ktp-copy', required: true },
  { code: 'kk-copy', required: true },
  { code: 'poverty-statement', required: true },
] as const;

export const pendidikanPlugin = defineSpmPlugin({
  id: 'pendidikan',
  name: { id: 'Pendidikan', en: 'Education' },
  description: {
    id: 'Keluhan biaya dan perlengkapan sekolah; bantuan pembiayaan PAUD, pendidikan dasar, dan kesetaraan melalui OPD.',
    en: 'Complaints about school costs and supplies; funding for early-childhood, basic and equivalency education via the OPD.',
  },
  version: '1.0.0',
  requiresCoreApi: '1.5',
  // Deck step 1: the citizen comes to the Posyandu's SPM Pendidikan desk.
  intakeUnitKinds: ['POSYANDU'],
  intakeRoles: ['KADER'],
  // Deck step 2: the documents the kader records.
  documents: [
    { code: 'ktp-copy', label: { id: 'Fotokopi KTP', en: 'Identity card (KTP) copy' }, minFiles: 1, maxFiles: 2 },
    {
      code: 'kk-copy',
      label: { id: 'Fotokopi Kartu Keluarga (KK)', en: 'Family card (KK) copy' },
      minFiles: 1,
      maxFiles: 2,
    },
    {
      code: 'poverty-statement',
      label: { id: 'Surat pernyataan tidak mampu dari RT', en: 'Statement of poverty from the RT' },
      minFiles: 1,
      maxFiles: 3,
    },
  ],
  serviceTypes: withSpmMapping(
    [
      {
        id: 'paud-cost-aid',
        name: { id: 'Bantuan biaya pendidikan PAUD', en: 'Early-childhood (PAUD) school-cost aid' },
        documents: [...allDocuments],
        facts: schoolFacts,
      },
      {
        id: 'basic-education-cost-aid',
        name: { id: 'Bantuan biaya pendidikan dasar', en: 'Basic-education school-cost aid' },
        documents: [...allDocuments],
        facts: schoolFacts,
      },
      {
        id: 'equivalency-cost-aid',
        name: { id: 'Bantuan biaya pendidikan kesetaraan', en: 'Equivalency-education (kesetaraan) cost aid' },
        documents: [...allDocuments],
        facts: schoolFacts,
      },
      {
        id: 'school-supplies-aid',
        name: { id: 'Bantuan perlengkapan sekolah', en: 'School-supplies aid' },
        documents: [...allDocuments],
        facts: [
          ...schoolFacts.filter((f) => f.id !== 'amountRequested'),
          {
            id: 'suppliesNeeded',
            label: { id: 'Perlengkapan yang dibutuhkan', en: 'Supplies needed' },
            type: 'text',
            required: true,
            maxLength: 500,
          },
        ],
      },
    ],
    pendidikanSpmMapping,
  ),
  spmServices: pendidikanSpmServices,
  workflow: {
    initialState: 'registered',
    states: [
      {
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
        // Deck step 3: kader and village verify the data and visit the home.
        id: 'verification',
        label: { id: 'Verifikasi data dan kunjungan rumah', en: 'Data verification and home visit' },
        citizenLabel: { id: 'Sedang diverifikasi', en: 'Being verified' },
        allowsVisits: true,
      },
      {
        id: 'eligible',
        label: { id: 'Memenuhi syarat', en: 'Eligible' },
        citizenLabel: { id: 'Memenuhi syarat, akan diajukan ke desa', en: 'Eligible, to be submitted to the village' },
      },
      {
        id: 'not-eligible',
        label: { id: 'Tidak memenuhi syarat', en: 'Not eligible' },
        citizenLabel: { id: 'Tidak memenuhi syarat', en: 'Not eligible' },
        terminal: { outcome: 'DECLINED' },
      },
      {
        // Deck step 4: the kader submits the eligible request to the village.
        id: 'submitted-to-village',
        label: { id: 'Diajukan ke Pemerintah Desa', en: 'Submitted to the village government' },
        citizenLabel: { id: 'Diproses Pemerintah Desa', en: 'With the village government' },
      },
      {
        // Deck step 5: the village forwards PAUD, basic or equivalency funding to the OPD.
        id: 'forwarded-to-opd',
        label: { id: 'Diteruskan ke Dinas Pendidikan', en: 'Forwarded to the education agency' },
        citizenLabel: { id: 'Diproses Dinas Pendidikan', en: 'With the education agency' },
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
        id: 'declare-eligible',
        label: { id: 'Nyatakan memenuhi syarat', en: 'Declare eligible' },
        from: ['verification'],
        to: 'eligible',
        roles: ['KADER', 'VILLAGE_OFFICER'],
        guards: [{ type: 'documentsVerified' }, { type: 'visitRecorded', kind: 'HOME' }],
      },
      {
        id: 'declare-not-eligible',
        label: { id: 'Nyatakan tidak memenuhi syarat', en: 'Declare not eligible' },
        from: ['verification'],
        to: 'not-eligible',
        declineReasons: ['NOT_ELIGIBLE'],
        roles: ['KADER', 'VILLAGE_OFFICER'],
        guards: [{ type: 'visitRecorded', kind: 'HOME' }],
        requiresReason: true,
      },
      {
        id: 'submit-to-village',
        label: { id: 'Ajukan ke Pemerintah Desa', en: 'Submit to the village government' },
        from: ['eligible'],
        to: 'submitted-to-village',
        roles: ['KADER'],
        effects: [{ type: 'assign', route: 'village-government' }],
      },
      {
        id: 'forward-to-opd',
        label: { id: 'Teruskan ke Dinas Pendidikan', en: 'Forward to the education agency' },
        from: ['submitted-to-village'],
        to: 'forwarded-to-opd',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
        effects: [{ type: 'assign', route: 'education-opd' }],
      },
      {
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
        { id: 'Tolak (Dinas Pendidikan)', en: 'Decline (education agency)' },
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
      id: 'education-opd',
      label: { id: 'Dinas Pendidikan kabupaten/kota', en: 'Education agency of the kabupaten/kota' },
      unitKind: 'OPD',
      service: 'pendidikan',
    },
  ],
});
