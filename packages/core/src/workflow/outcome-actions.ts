import type { LocalizedText } from '../errors/domain-error.js';
import type { ActionDefinition, StateDefinition } from '../plugin/contract.js';

/** The states of a village → OPD workflow that the outcome actions start from. */
export interface VillageOpdOutcomeStates {
  /** Where the village may decline (also a case the OPD returned). */
  villageDecline: readonly string[];
  /** Where the village may settle the case at its own level. */
  villageSettle: readonly string[];
  /** Where the OPD holds the case and may decline it. */
  opd: readonly string[];
  /** Every open state: the citizen may withdraw, the holder may close as "cannot be served". */
  open: readonly string[];
}

/**
 * The final states of a village → OPD workflow, one per outcome (the targets of
 * `villageOpdOutcomeActions` and the OPD's completion): pendidikan, pekerjaan umum and
 * perumahan rakyat list them after their own open states.
 */
export const VILLAGE_OPD_FINAL_STATES: readonly StateDefinition[] = [
  {
    id: 'completed',
    label: { id: 'Selesai', en: 'Completed' },
    citizenLabel: { id: 'Selesai dilayani', en: 'Served' },
    terminal: { outcome: 'COMPLETED' },
  },
  {
    // DESIGN §6: a refusal is its own state, with a reason code (not eligible, incomplete, duplicate,
    // not our authority with the unit that has it), so reports never count it as service.
    id: 'declined',
    label: { id: 'Ditolak', en: 'Declined' },
    citizenLabel: { id: 'Permohonan ditolak (lihat alasan)', en: 'Request declined (see the reason)' },
    terminal: { outcome: 'DECLINED' },
  },
  {
    // "Masalah selesai di level bawah": the village settles it itself, by musyawarah or direct help.
    id: 'settled-at-village',
    label: { id: 'Selesai di tingkat desa', en: 'Settled at village level' },
    citizenLabel: { id: 'Selesai ditangani desa', en: 'Settled by the village' },
    terminal: { outcome: 'SETTLED_AT_VILLAGE' },
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
];

/**
 * The outcome actions of a sector whose cases go from the Posyandu through the village to an OPD
 * (pendidikan, pekerjaan umum, perumahan rakyat): the village declines or settles at its level,
 * the OPD declines what it holds (what is not its authority it returns with the core's action),
 * the applicant withdraws, and the holder closes what cannot be served. Target states are
 * `declined`, `settled-at-village`, `withdrawn` and `cannot-be-served`.
 */
export function villageOpdOutcomeActions(
  opdDeclineLabel: LocalizedText,
  states: VillageOpdOutcomeStates,
): ActionDefinition[] {
  return [
    {
      id: 'decline',
      label: { id: 'Tolak permohonan', en: 'Decline the request' },
      from: states.villageDecline,
      to: 'declined',
      roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
      requiresReason: true,
      declineReasons: ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'],
    },
    {
      id: 'opd-decline',
      label: opdDeclineLabel,
      from: states.opd,
      to: 'declined',
      roles: ['OPD_OFFICER'],
      requiresReason: true,
      declineReasons: ['NOT_ELIGIBLE', 'INCOMPLETE', 'DUPLICATE', 'OTHER'],
    },
    {
      // "Masalah selesai di level bawah"; the note says what was agreed or given.
      id: 'settle-at-village',
      label: { id: 'Selesaikan di tingkat desa', en: 'Settle at village level' },
      from: states.villageSettle,
      to: 'settled-at-village',
      roles: ['VILLAGE_OFFICER', 'KEPALA_DESA'],
      requiresNote: true,
    },
    {
      id: 'withdraw',
      label: { id: 'Catat pencabutan oleh pemohon', en: 'Record the withdrawal by the applicant' },
      from: states.open,
      to: 'withdrawn',
      roles: ['KADER', 'VILLAGE_OFFICER', 'KEPALA_DESA', 'OPD_OFFICER'],
      requiresReason: true,
    },
    {
      // Neither served nor refused (e.g. the applicant moved away): the reason is told to the citizen.
      id: 'close-cannot-be-served',
      label: { id: 'Tutup: tidak dapat dilayani', en: 'Close: cannot be served' },
      from: states.open,
      to: 'cannot-be-served',
      roles: ['VILLAGE_OFFICER', 'KEPALA_DESA', 'OPD_OFFICER'],
      requiresReason: true,
    },
  ];
}
