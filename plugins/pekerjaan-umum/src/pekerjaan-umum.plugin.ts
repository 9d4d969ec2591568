import {
  VILLAGE_OPD_FINAL_STATES,
  villageOpdOutcomeActions,
  withSpmMapping,
  defineSpmPlugin,
  type FactDefinition,
} from '@posyandu-spm/core';
import { pekerjaanUmumSpmServices, pekerjaanUmumSpmMapping } from './pekerjaan-umum.spm.js';

/**
 * SPM Pekerjaan Umum (public works), after the Kemendagri deck "Langkah-langkah
 * Pelaksanaan 6 SPM di Posyandu" (2024), slide "SPM Pekerjaan Umum": sanitation,
 * MCK and clean-water facilities at RT/dusun scale. The step of the deck each
 * state and action implements is named beside it.
 */

/** Deck step 2: "Lokasi-lokasi titik tempat pembangunan sarana dan prasarana". */
const constructionPoints: FactDefinition = {
  id: 'constructionPoints',
  label: {
    id: 'Lokasi titik pembangunan sarana dan prasarana',
    en: 'Locations of the construction points',
  },
  type: 'locations',
  required: true,
  maxItems: 10,
};

const workKind: FactDefinition = {
  id: 'workKind',
  label: { id: 'Jenis pekerjaan', en: 'Kind of work' },
  type: 'choice',
  required: true,
  options: [
    { value: 'NEW_CONSTRUCTION', label: { id: 'Pembangunan baru', en: 'New construction' } },
    { value: 'RENOVATION', label: { id: 'Renovasi / perbaikan', en: 'Renovation / repair' } },
  ],
};

/** "dalam skala lingkup RT/Dusun": the request serves one RT or a whole dusun. */
const scope: FactDefinition = {
  id: 'scope',
  label: { id: 'Lingkup layanan', en: 'Scope served' },
  type: 'choice',
  required: true,
  options: [
    { value: 'RT', label: { id: 'Satu RT', en: 'One RT (neighbourhood)' } },
    { value: 'DUSUN', label: { id: 'Satu dusun', en: 'One dusun (hamlet)' } },
  ],
};

const householdsServed: FactDefinition = {
  id: 'householdsServed',
  label: { id: 'Jumlah KK yang terlayani', en: 'Number of households (KK) served' },
  type: 'number',
  required: true,
};

/** The questions every service type asks, around its own `facilityKind`. */
function facilityFacts(facilityKind: FactDefinition): FactDefinition[] {
  return [facilityKind, workKind, scope, householdsServed, constructionPoints];
}

export const pekerjaanUmumPlugin = defineSpmPlugin({
  id: 'pekerjaan-umum',
  name: { id: 'Pekerjaan Umum', en: 'Public Works' },
  description: {
    id: 'Permohonan pembangunan atau renovasi/perbaikan sarana sanitasi, MCK, dan air bersih skala RT/dusun, diteruskan desa ke Dinas Pekerjaan Umum.',
    en: 'Requests to build or renovate/repair sanitation, MCK and clean-water facilities at RT/dusun scale, forwarded by the village to the public-works agency.',
  },
  version: '1.0.0',
  requiresCoreApi: '1.5',
  // Deck step 1: the citizen comes to the Posyandu's SPM Pekerjaan Umum desk.
  intakeUnitKinds: ['POSYANDU'],
  intakeRoles: ['KADER'],
  // Deck step 2: the kader records the request letter; the construction points are
  // the `constructionPoints` question of every service type.
  documents: [
    {
      code: 'request-letter',
      label: {
        id: 'Surat permohonan kepala dusun/RT',
        en: 'Request letter from the head of the dusun/RT',
      },
      description: {
        id: 'Surat bertanda tangan kepala dusun atau ketua RT, boleh dengan lampiran daftar warga.',
        en: 'Letter signed by the head of the dusun or the RT, optionally with a list of residents attached.',
      },
      minFiles: 1,
      maxFiles: 3,
    },
  ],
  serviceTypes: withSpmMapping(
    [
      {
        id: 'sanitation-facility',
        name: { id: 'Sarana sanitasi', en: 'Sanitation facility' },
        description: {
          id: 'Septic tank komunal, IPAL komunal, atau saluran pembuangan air limbah (SPAL) skala RT/dusun.',
          en: 'Communal septic tank, communal wastewater plant or wastewater drain (SPAL) at RT/dusun scale.',
        },
        documents: [{ code: 'request-letter', required: true }],
        facts: facilityFacts({
          id: 'facilityKind',
          label: { id: 'Jenis sarana sanitasi', en: 'Kind of sanitation facility' },
          type: 'choice',
          required: true,
          options: [
            { value: 'COMMUNAL_SEPTIC_TANK', label: { id: 'Septic tank komunal', en: 'Communal septic tank' } },
            {
              value: 'COMMUNAL_WASTEWATER_PLANT',
              label: { id: 'IPAL komunal', en: 'Communal wastewater treatment plant (IPAL)' },
            },
            {
              value: 'WASTEWATER_DRAIN',
              label: { id: 'Saluran pembuangan air limbah (SPAL)', en: 'Wastewater drain (SPAL)' },
            },
          ],
        }),
      },
      {
        id: 'mck-facility',
        name: { id: 'Sarana MCK umum', en: 'Public MCK (bathing, washing, toilet) facility' },
        documents: [{ code: 'request-letter', required: true }],
        facts: facilityFacts({
          id: 'facilityKind',
          label: { id: 'Jenis sarana MCK', en: 'Kind of MCK facility' },
          type: 'choice',
          required: true,
          options: [
            { value: 'COMMUNAL_MCK', label: { id: 'MCK komunal', en: 'Communal MCK' } },
            {
              value: 'MCK_PLUS',
              label: { id: 'MCK++ (dengan pengolahan limbah)', en: 'MCK++ (with wastewater treatment)' },
            },
            { value: 'PUBLIC_TOILET', label: { id: 'Jamban umum', en: 'Public toilet' } },
          ],
        }),
      },
      {
        id: 'clean-water-facility',
        name: { id: 'Sarana air bersih', en: 'Clean-water facility' },
        documents: [{ code: 'request-letter', required: true }],
        facts: facilityFacts({
          id: 'facilityKind',
          label: { id: 'Jenis sarana air bersih', en: 'Kind of clean-water facility' },
          type: 'choice',
          required: true,
          options: [
            { value: 'DRILLED_WELL', label: { id: 'Sumur bor', en: 'Drilled well' } },
            { value: 'DUG_WELL', label: { id: 'Sumur gali', en: 'Dug well' } },
            { value: 'PIPED_NETWORK', label: { id: 'Jaringan perpipaan', en: 'Piped network' } },
            { value: 'PUBLIC_TAP', label: { id: 'Hidran umum / kran umum', en: 'Public tap' } },
            {
              value: 'RAINWATER_TANK',
              label: { id: 'Penampungan air hujan (PAH)', en: 'Rainwater harvesting tank' },
            },
          ],
        }),
      },
    ],
    pekerjaanUmumSpmMapping,
  ),
  spmServices: pekerjaanUmumSpmServices,
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
        citizenLabel: { id: 'Menunggu surat permohonan dari Anda', en: 'Waiting for your request letter' },
        pausesClock: true,
      },
      {
        // Deck step 3: kader and village verify the data and visit the site.
        id: 'verification',
        label: { id: 'Verifikasi data dan kunjungan lapangan', en: 'Data verification and field visit' },
        citizenLabel: { id: 'Sedang diverifikasi dan dicek ke lokasi', en: 'Being verified and checked on site' },
        allowsVisits: true,
      },
      {
        // Deck step 4: the result qualifies for renovation/repair.
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
        // Deck step 5: the village forwards the qualifying request to the OPD.
        id: 'forwarded-to-opd',
        label: { id: 'Diteruskan ke Dinas Pekerjaan Umum', en: 'Forwarded to the public-works agency' },
        citizenLabel: { id: 'Diproses Dinas Pekerjaan Umum', en: 'With the public-works agency' },
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
        // Deck step 3: the kader hands the data over and verification starts.
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
        // Deck step 5: the village forwards to the public-works OPD.
        id: 'forward-to-opd',
        label: { id: 'Teruskan ke Dinas Pekerjaan Umum', en: 'Forward to the public-works agency' },
        from: ['submitted-to-village'],
        to: 'forwarded-to-opd',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
        effects: [{ type: 'assign', route: 'public-works-opd' }],
      },
      {
        // Deck step 6: the OPD follows up (e.g. survey, budget plan, schedule).
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
        { id: 'Tolak (Dinas Pekerjaan Umum)', en: 'Decline (public-works agency)' },
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
      id: 'public-works-opd',
      label: {
        id: 'Dinas Pekerjaan Umum kabupaten/kota',
        en: 'Public-works agency of the kabupaten/kota',
      },
      unitKind: 'OPD',
      service: 'pekerjaan-umum',
    },
  ],
});
