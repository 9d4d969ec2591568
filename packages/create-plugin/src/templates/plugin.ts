import type { PluginNames } from '../names.js';

/** The plugin definition: a small, valid flow to edit into the real one. */
export function pluginSource(n: PluginNames): string {
  return `import { defineSpmPlugin } from '@posyandu-spm/core';

/**
 * SPM sector "${n.title}". Start from this small flow — registered at the Posyandu, then
 * completed, settled at village level, declined, withdrawn or closed as cannot be served — and
 * make it the sector's real one.
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
    // Every outcome is its own final state (plugin API 1.4), so reports never count a refusal as service.
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
        id: 'completed',
        label: { id: 'Selesai dilayani', en: 'Completed' },
        citizenLabel: { id: 'Selesai dilayani', en: 'Served' },
        terminal: { outcome: 'COMPLETED' },
      },
      {
        id: 'settled',
        label: { id: 'Selesai di tingkat desa', en: 'Settled at village level' },
        citizenLabel: { id: 'Selesai ditangani desa', en: 'Settled by the village' },
        terminal: { outcome: 'SETTLED_AT_VILLAGE' },
      },
      {
        id: 'declined',
        label: { id: 'Ditolak', en: 'Declined' },
        citizenLabel: { id: 'Permohonan ditolak (lihat alasan)', en: 'Request declined (see the reason)' },
        terminal: { outcome: 'DECLINED' },
      },
      {
        id: 'withdrawn',
        label: { id: 'Dicabut pemohon', en: 'Withdrawn by the applicant' },
        citizenLabel: { id: 'Permohonan Anda cabut', en: 'You withdrew the request' },
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
        id: 'submit-to-village',
        label: { id: 'Ajukan ke desa', en: 'Submit to the village' },
        from: ['registered'],
        to: 'with-village',
        roles: ['KADER'],
        guards: [{ type: 'documentsComplete' }],
        effects: [{ type: 'assign', route: 'village-government' }],
      },
      {
        // The note is the evidence of what was done.
        id: 'complete',
        label: { id: 'Selesaikan', en: 'Complete' },
        from: ['with-village'],
        to: 'completed',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
        requiresNote: true,
      },
      {
        // The user chooses how: MUSYAWARAH or DIRECT_HELP (input.settlementKind).
        id: 'settle',
        label: { id: 'Selesaikan di tingkat desa', en: 'Settle at village level' },
        from: ['with-village'],
        to: 'settled',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
        requiresNote: true,
      },
      {
        // The user chooses a code (input.declineReason); NOT_AUTHORITY also names the unit to go to.
        id: 'decline',
        label: { id: 'Tolak', en: 'Decline' },
        from: ['registered', 'with-village'],
        to: 'declined',
        roles: ['KADER', 'VILLAGE_OFFICER'],
        requiresReason: true,
        declineReasons: ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'],
      },
      {
        id: 'withdraw',
        label: { id: 'Catat pencabutan', en: 'Record the withdrawal' },
        from: ['registered', 'with-village'],
        to: 'withdrawn',
        roles: ['KADER', 'VILLAGE_OFFICER'],
        requiresReason: true,
      },
      {
        // The reason is told to the citizen.
        id: 'close-cannot-be-served',
        label: { id: 'Tutup: tidak dapat dilayani', en: 'Close: cannot be served' },
        from: ['registered', 'with-village'],
        to: 'cannot-be-served',
        roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
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
