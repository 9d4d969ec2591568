/**
 * The outcomes vocabulary shared by every sector, the server and the SPM reports (plugin API 1.4).
 *
 * Terminal outcomes (`CASE_OUTCOMES`), one per final state of a workflow:
 * - COMPLETED — served: the holder did what was asked, with evidence (Selesai dilayani).
 * - DECLINED — refused with a coded reason from DECLINE_REASONS (Ditolak).
 * - SETTLED_AT_VILLAGE — settled at village level, by musyawarah or direct help (Selesai di tingkat desa).
 * - WITHDRAWN — the citizen withdrew the request (Dicabut pemohon).
 * - CANNOT_BE_SERVED — closed because it cannot be served, with a reason told to the citizen (Tidak dapat dilayani).
 *
 * Decline reason codes (`DECLINE_REASONS`): NOT_ELIGIBLE, INCOMPLETE, NOT_AUTHORITY, DUPLICATE, OTHER.
 * NOT_AUTHORITY names the unit the citizen should go to instead (a suggested unit); a unit that received
 * a forwarded case says "bukan wewenang" with the core's return action (`return-not-competent`) instead,
 * which is not final: it is the RETURNED event, counted from the case events.
 *
 * Settlement kinds (`SETTLEMENT_KINDS`): MUSYAWARAH (village deliberation), DIRECT_HELP (bantuan langsung).
 *
 * Before API 1.4 there were two outcomes: RESOLVED (now COMPLETED) and REJECTED (now DECLINED).
 */
import type { LocalizedText } from '../errors/domain-error.js';

export const CASE_OUTCOMES = ['COMPLETED', 'DECLINED', 'SETTLED_AT_VILLAGE', 'WITHDRAWN', 'CANNOT_BE_SERVED'] as const;
/** How a closed case ended; a final state declares it in `terminal.outcome`. */
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const DECLINE_REASONS = ['NOT_ELIGIBLE', 'INCOMPLETE', 'NOT_AUTHORITY', 'DUPLICATE', 'OTHER'] as const;
/** Why a case was declined; an action into a DECLINED state requires one. */
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const SETTLEMENT_KINDS = ['MUSYAWARAH', 'DIRECT_HELP'] as const;
/** How a case was settled at village level; an action into a SETTLED_AT_VILLAGE state requires one. */
export type SettlementKind = (typeof SETTLEMENT_KINDS)[number];

export const CASE_OUTCOME_LABELS: Readonly<Record<CaseOutcome, LocalizedText>> = {
  COMPLETED: { id: 'Selesai dilayani', en: 'Completed' },
  DECLINED: { id: 'Ditolak', en: 'Declined' },
  SETTLED_AT_VILLAGE: { id: 'Selesai di tingkat desa', en: 'Settled at village level' },
  WITHDRAWN: { id: 'Dicabut pemohon', en: 'Withdrawn by the citizen' },
  CANNOT_BE_SERVED: { id: 'Tidak dapat dilayani', en: 'Cannot be served' },
};

export const DECLINE_REASON_LABELS: Readonly<Record<DeclineReason, LocalizedText>> = {
  NOT_ELIGIBLE: { id: 'Tidak memenuhi syarat', en: 'Not eligible' },
  INCOMPLETE: { id: 'Persyaratan tidak lengkap', en: 'Incomplete' },
  NOT_AUTHORITY: { id: 'Bukan wewenang', en: 'Not our authority' },
  DUPLICATE: { id: 'Permohonan ganda', en: 'Duplicate' },
  OTHER: { id: 'Alasan lain', en: 'Other reason' },
};

export const SETTLEMENT_KIND_LABELS: Readonly<Record<SettlementKind, LocalizedText>> = {
  MUSYAWARAH: { id: 'Musyawarah desa', en: 'Village deliberation (musyawarah)' },
  DIRECT_HELP: { id: 'Bantuan langsung', en: 'Direct help' },
};

export function isCaseOutcome(value: unknown): value is CaseOutcome {
  return typeof value === 'string' && (CASE_OUTCOMES as readonly string[]).includes(value);
}
export function isDeclineReason(value: unknown): value is DeclineReason {
  return typeof value === 'string' && (DECLINE_REASONS as readonly string[]).includes(value);
}
export function isSettlementKind(value: unknown): value is SettlementKind {
  return typeof value === 'string' && (SETTLEMENT_KINDS as readonly string[]).includes(value);
}
