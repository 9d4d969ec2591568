import { withSpmMapping, defineSpmPlugin } from '@posyandu-spm/core';
import { kesehatanDocuments, kesehatanServiceTypes } from './kesehatan.service-types.js';
import { kesehatanWorkflow } from './kesehatan.workflow.js';
import { kesehatanSpmServices, kesehatanSpmMapping } from './kesehatan.spm.js';

/**
 * SPM Kesehatan (health), after the Kemendagri deck "Langkah-langkah
 * Pelaksanaan 6 SPM di Posyandu" (2024), slide "Langkah-langkah Pelaksanaan SPM
 * Kesehatan", item 2 ("Layanan pada Setelah Hari Buka Posyandu"), and the launch
 * report from Desa Gombang (11 February 2026), where a BPJS card that suddenly
 * became inactive was the most frequent complaint.
 *
 * - `home-visit-monitoring`: kader home visits → recap to the Pustu and the
 *   village government → the Pustu and the village coordinate the follow-up;
 * - `bpjs-inactive`: verified at the Posyandu with the village, forwarded by the
 *   village to the agency listing `bpjs-reactivation` (the social agency, DTKS);
 * - `health-service-complaint`: verified, forwarded to the health agency.
 *
 * The open day's five tables (deck item 1) are not cases: a later module adds
 * them to this package (see README), reusing `./target-groups.ts`.
 */
export const kesehatanPlugin = defineSpmPlugin({
  id: 'kesehatan',
  name: { id: 'Kesehatan', en: 'Health' },
  description: {
    id: 'Pemantauan kesehatan sasaran melalui kunjungan rumah setelah hari buka Posyandu, rekap ke Pemerintah Desa dan Pustu; pengaduan layanan kesehatan, termasuk kartu BPJS yang tiba-tiba non-aktif.',
    en: 'Home-visit health monitoring of target groups after the Posyandu open day, recapped to the village government and the Pustu; health-service complaints, including BPJS cards that suddenly became inactive.',
  },
  version: '1.0.0',
  requiresCoreApi: '1.5',
  // Deck item 2a: the Posyandu's kader registers the monitoring; complaints come to the same desk.
  intakeUnitKinds: ['POSYANDU'],
  intakeRoles: ['KADER'],
  documents: kesehatanDocuments,
  serviceTypes: withSpmMapping(kesehatanServiceTypes, kesehatanSpmMapping),
  spmServices: kesehatanSpmServices,
  workflow: kesehatanWorkflow,
  routes: [
    {
      // Deck item 2b: the Pustu of the case's desa.
      id: 'pustu',
      label: { id: 'Puskesmas Pembantu (Pustu) desa', en: "The village's auxiliary health post (Pustu)" },
      unitKind: 'PUSTU',
    },
    {
      id: 'village-government',
      label: { id: 'Pemerintah Desa', en: 'Village government' },
      unitKind: 'VILLAGE_GOVERNMENT',
    },
    {
      id: 'bpjs-reactivation-opd',
      label: {
        id: 'OPD reaktivasi PBI JKN (Dinas Sosial, data DTKS)',
        en: 'Agency reactivating PBI health insurance (social agency, DTKS data)',
      },
      unitKind: 'OPD',
      service: 'bpjs-reactivation',
    },
    {
      id: 'health-opd',
      label: { id: 'Dinas Kesehatan kabupaten/kota', en: 'Health agency of the kabupaten/kota' },
      unitKind: 'OPD',
      service: 'kesehatan',
    },
  ],
});
