import type { PluginNames } from '../names.js';

/** The plugin definition: a small, valid flow to edit into the real one. */
export function pluginSource(n: PluginNames): string {
  return `import { defineSpmPlugin } from '@posyandu-spm/core';

/**
 * SPM sector "${n.title}". Start from this small flow — registered at the Posyandu,
 * verified, settled by the village or rejected — and make it the sector's real one.
 * Every field is explained in docs/plugin-guide.md.
 */
export const ${n.exportName} = defineSpmPlugin({
  id: '${n.id}',
  name: { id: '${n.title}', en: '${n.title}' },
  version: '0.1.0',
  requiresCoreApi: '1.5',
  intakeUnitKinds: ['POSYANDU'],
  intakeRoles: ['KADER'],
  documents: [
    { code: 'ktp-copy', label: { id: 'Fotokopi KTP', en: 'Identity card (KTP) copy' }, minFiles: 1, maxFiles: 2 },
  ],
  serviceTypes: [
    {
      id: 'general-request',
      name: { id: 'Permohonan umum', en: 'General request' },
      documents: [{ code: 'ktp-copy', required: true }],
      facts: [
        {
          id: 'subject',
          label: { id: 'Pokok permohonan', en: 'Subject of the request' },
          type: 'text',
          required: true,
          maxLength: 200,
        },
      ],
      // Where its cases count in the SPM report: a jenis pelayanan dasar below and who it serves.
      spm: { service: 'layanan-dasar', penerima: 'RESIDENT' },
    },
  ],
  // The sector's jenis pelayanan dasar, as its SPM regulation names them (docs/plugin-guide.md).
  spmServices: [
    {
      id: 'layanan-dasar',
      name: { id: 'Jenis pelayanan dasar (ganti dengan nama dalam regulasi)', en: 'Basic service (use the regulation’s name)' },
      basis: 'PP 2/2018 (ganti dengan peraturan menteri sektor ini)',
      spm: true,
    },
  ],
  workflow: {
    initialState: 'registered',
    states: [
      {
        id: 'registered',
        label: { id: 'Terdaftar', en: 'Registered' },
        citizenLabel: { id: 'Permohonan diterima', en: 'Request received' },
      },
      {
        id: 'with-village',
        label: { id: 'Diproses desa', en: 'With the village' },
        citizenLabel: { id: 'Diproses Pemerintah Desa', en: 'With the village government' },
      },
      {
        id: 'settled',
        label: { id: 'Selesai di desa', en: 'Settled in the village' },
        citizenLabel: { id: 'Selesai', en: 'Done' },
        terminal: { outcome: 'RESOLVED' },
      },
      {
        id: 'rejected',
        label: { id: 'Tidak dapat dilayani', en: 'Cannot be served' },
        citizenLabel: { id: 'Tidak dapat dilayani', en: 'Cannot be served' },
        terminal: { outcome: 'REJECTED' },
      },
    ],
    actions: [
      {
        id: 'submit-to-village',
        label: { id: 'Ajukan ke desa', en: 'Submit to the village' },
        from: ['registered'],
        to: 'with-village',
        roles: ['KADER'],
        guards: [{ type: 'documentsComplete' }],
        effects: [{ type: 'assign', route: 'village-government' }],
      },
      {
        id: 'settle',
        label: { id: 'Selesaikan', en: 'Settle' },
        from: ['with-village'],
        to: 'settled',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
        requiresNote: true,
      },
      {
        id: 'reject',
        label: { id: 'Tolak', en: 'Reject' },
        from: ['registered', 'with-village'],
        to: 'rejected',
        roles: ['KADER', 'VILLAGE_OFFICER'],
        requiresReason: true,
      },
    ],
  },
  routes: [
    { id: 'village-government', label: { id: 'Pemerintah Desa', en: 'Village government' }, unitKind: 'VILLAGE_GOVERNMENT' },
  ],
});
`;
}
