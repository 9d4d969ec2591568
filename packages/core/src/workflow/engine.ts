import type { CaseAccessFacts, Membership, Principal } from '../access/principal.js';
import { actingMemberships } from '../access/policy.js';
import { DomainError, type LocalizedText, validationFailed } from '../errors/domain-error.js';
import { ROLE_LABELS } from '../identity/roles.js';
import {
  RETURN_ACTION_ID,
  type ActionDefinition,
  type GuardDefinition,
  type RouteDefinition,
  type StateDefinition,
  type VisitKind,
} from '../plugin/contract.js';
import type { PluginRegistry, ResolvedServiceType } from '../plugin/plugin-registry.js';
import { missingDocumentCodes, unverifiedDocumentCodes, type DocumentFacts } from './documents.js';
import {
  DECLINE_REASONS,
  DECLINE_REASON_LABELS,
  SETTLEMENT_KINDS,
  SETTLEMENT_KIND_LABELS,
  type CaseOutcome,
  type DeclineReason,
  type SettlementKind,
} from './outcomes.js';

/** What the workflow engine needs to know of a case. */
export interface CaseWorkflowFacts extends CaseAccessFacts {
  sectorId: string;
  serviceTypeId: string;
  status: string;
  closed: boolean;
  documents: readonly DocumentFacts[];
  visits: ReadonlyArray<{ kind: VisitKind }>;
  /** The unit that held the case before the current holder, if any (for returning it). */
  previousHolderUnitId: string | null;
}

export interface ActionInput {
  reason?: string | null;
  note?: string | null;
  /** Into a DECLINED state: one of DECLINE_REASONS (the action's `declineReasons`). */
  declineReason?: string | null;
  /** Into a SETTLED_AT_VILLAGE state: one of SETTLEMENT_KINDS (the action's `settlementKinds`). */
  settlementKind?: string | null;
  /**
   * The org unit the citizen should go to instead: required with declineReason NOT_AUTHORITY, optional
   * on the core's return action. The server checks that it exists and is not the acting unit.
   */
  suggestedUnitId?: string | null;
}

/** An action offered to a user, with the reasons it cannot be taken yet. */
export interface ActionOption {
  id: string;
  label: LocalizedText;
  to: string;
  requiresReason: boolean;
  requiresNote: boolean;
  /** The outcome of the target state when it is final. */
  outcome: CaseOutcome | null;
  /** Into a DECLINED state: the reason codes to choose from (one is required); empty otherwise. */
  declineReasons: DeclineReason[];
  /** Into a SETTLED_AT_VILLAGE state: the settlement kinds to choose from (one is required); empty otherwise. */
  settlementKinds: SettlementKind[];
  /** Empty when the action can be taken now. */
  blockedBy: LocalizedText[];
}

/** What taking an action will do; the server carries it out in one transaction. */
export interface PlannedTransition {
  actionId: string;
  from: string;
  to: StateDefinition;
  /** Hand the case to the unit found by this route. */
  assign: RouteDefinition | null;
  /** Hand the case back to the previous holder (the core's return action). */
  returnToPrevious: boolean;
  pauseClock: boolean;
  resumeClock: boolean;
  close: CaseOutcome | null;
  actingAs: Membership;
  reason: string | null;
  note: string | null;
  declineReason: DeclineReason | null;
  settlementKind: SettlementKind | null;
  /** To be checked by the server: exists and is not the acting unit. */
  suggestedUnitId: string | null;
}

const RETURN_LABEL: LocalizedText = { id: 'Kembalikan (bukan wewenang)', en: 'Return (not our competence)' };

function documentNames(type: ResolvedServiceType, codes: readonly string[]): string {
  return codes.map((c) => type.requirements.find((r) => r.code === c)?.label.id ?? c).join(', ');
}
function documentNamesEn(type: ResolvedServiceType, codes: readonly string[]): string {
  return codes.map((c) => type.requirements.find((r) => r.code === c)?.label.en ?? c).join(', ');
}

/** The codes among `found` that the guard checks (all of them when it names none). */
function only(codes: readonly string[] | undefined, found: string[]): string[] {
  return codes ? found.filter((c) => codes.includes(c)) : found;
}

function guardFailure(guard: GuardDefinition, type: ResolvedServiceType, c: CaseWorkflowFacts): LocalizedText | null {
  switch (guard.type) {
    case 'documentsComplete': {
      const missing = only(guard.codes, missingDocumentCodes(type, c.documents));
      return missing.length
        ? {
            id: `Dokumen wajib belum lengkap: ${documentNames(type, missing)}.`,
            en: `Required documents are missing: ${documentNamesEn(type, missing)}.`,
          }
        : null;
    }
    case 'documentsVerified': {
      const unverified = only(guard.codes, unverifiedDocumentCodes(type, c.documents));
      return unverified.length
        ? {
            id: `Dokumen wajib belum diverifikasi sah: ${documentNames(type, unverified)}.`,
            en: `Required documents are not yet verified as valid: ${documentNamesEn(type, unverified)}.`,
          }
        : null;
    }
    case 'visitRecorded':
      return c.visits.some((v) => v.kind === guard.kind)
        ? null
        : guard.kind === 'HOME'
          ? { id: 'Kunjungan rumah belum dicatat.', en: 'No home visit has been recorded.' }
          : { id: 'Kunjungan lapangan belum dicatat.', en: 'No field visit has been recorded.' };
  }
}

function appliesTo(action: ActionDefinition, c: CaseWorkflowFacts): boolean {
  return !action.serviceTypes || action.serviceTypes.includes(c.serviceTypeId);
}

function canReturn(principal: Principal, c: CaseWorkflowFacts): Membership | undefined {
  if (c.closed || !c.previousHolderUnitId || c.holderUnitId === c.originUnitId) return undefined;
  return principal.memberships.find((m) => m.orgUnitId === c.holderUnitId && m.role !== 'ADMIN');
}

/** The actions this principal may take on the case now, including the core's return action. */
export function availableActions(registry: PluginRegistry, c: CaseWorkflowFacts, principal: Principal): ActionOption[] {
  if (c.closed) return [];
  const plugin = registry.sector(c.sectorId);
  const type = registry.serviceType(c.sectorId, c.serviceTypeId);
  const options: ActionOption[] = plugin.workflow.actions
    .filter((a) => a.from.includes(c.status) && appliesTo(a, c) && actingMemberships(principal, a.roles, c).length > 0)
    .map((a) => ({
      id: a.id,
      label: a.label,
      to: a.to,
      requiresReason: Boolean(a.requiresReason),
      requiresNote: Boolean(a.requiresNote),
      ...outcomeChoices(a, registry.state(c.sectorId, a.to)),
      blockedBy: (a.guards ?? []).map((g) => guardFailure(g, type, c)).filter((x): x is LocalizedText => x !== null),
    }));
  if (canReturn(principal, c)) {
    options.push({
      id: RETURN_ACTION_ID,
      label: RETURN_LABEL,
      to: c.status,
      requiresReason: true,
      requiresNote: false,
      outcome: null,
      declineReasons: [],
      settlementKinds: [],
      blockedBy: [],
    });
  }
  return options;
}

/** What the user chooses from when the action closes the case with a coded outcome. */
export function outcomeChoices(
  action: ActionDefinition,
  to: StateDefinition,
): { outcome: CaseOutcome | null; declineReasons: DeclineReason[]; settlementKinds: SettlementKind[] } {
  const outcome = to.terminal?.outcome ?? null;
  return {
    outcome,
    declineReasons: outcome === 'DECLINED' ? [...(action.declineReasons ?? DECLINE_REASONS)] : [],
    settlementKinds: outcome === 'SETTLED_AT_VILLAGE' ? [...(action.settlementKinds ?? SETTLEMENT_KINDS)] : [],
  };
}

function chooseCode<T extends string>(
  value: string | null | undefined,
  allowed: readonly T[],
  labels: Readonly<Record<T, LocalizedText>>,
  field: string,
  what: LocalizedText,
): T {
  // An action that offers one code only (e.g. "Nyatakan tidak memenuhi syarat": NOT_ELIGIBLE) implies it.
  const code = value?.trim() || (allowed.length === 1 ? (allowed[0] ?? '') : '');
  const list = {
    id: allowed.map((a) => `${a} (${labels[a].id})`).join(', '),
    en: allowed.map((a) => `${a} (${labels[a].en})`).join(', '),
  };
  if (!code) {
    throw validationFailed([
      {
        field,
        label: what,
        message: { id: `${what.id} wajib dipilih: ${list.id}.`, en: `${what.en} must be chosen: ${list.en}.` },
      },
    ]);
  }
  if (!(allowed as readonly string[]).includes(code)) {
    const message = {
      id: `${what.id} "${code}" tidak dikenal untuk tindakan ini; pilih salah satu: ${list.id}.`,
      en: `${what.en} "${code}" is not known for this action; choose one of: ${list.en}.`,
    };
    throw new DomainError('UNKNOWN_REASON_CODE', message, {
      fields: [{ field, label: what, message }],
      details: { value: code, allowed },
    });
  }
  return code as T;
}

function requireText(value: string | null | undefined, field: string, what: LocalizedText): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed) return trimmed;
  throw validationFailed([{ field, message: { id: `${what.id} wajib diisi.`, en: `${what.en} is required.` } }]);
}

/**
 * Checks that the principal may take `actionId` on the case now and says what
 * it will do. Throws a coded DomainError otherwise; nothing has changed then.
 */
export function planAction(
  registry: PluginRegistry,
  c: CaseWorkflowFacts,
  principal: Principal,
  actionId: string,
  input: ActionInput,
): PlannedTransition {
  const plugin = registry.sector(c.sectorId);
  const current = registry.state(c.sectorId, c.status);
  if (c.closed || current.terminal) {
    throw new DomainError('WRONG_STATE', {
      id: `Kasus sudah selesai (${current.label.id}); tidak ada tindakan lagi.`,
      en: `The case is closed (${current.label.en}); no further action is possible.`,
    });
  }

  if (actionId === RETURN_ACTION_ID) {
    const actingAs = canReturn(principal, c);
    if (!actingAs) {
      throw new DomainError('FORBIDDEN', {
        id: 'Hanya unit yang sedang memegang kasus kiriman yang dapat mengembalikannya.',
        en: 'Only the unit currently holding a forwarded case can return it.',
      });
    }
    const reason = requireText(input.reason, 'input.reason', { id: 'Alasan', en: 'A reason' });
    return {
      actionId,
      from: c.status,
      to: current,
      assign: null,
      returnToPrevious: true,
      pauseClock: false,
      resumeClock: false,
      close: null,
      actingAs,
      reason,
      note: input.note?.trim() || null,
      declineReason: 'NOT_AUTHORITY',
      settlementKind: null,
      suggestedUnitId: input.suggestedUnitId?.trim() || null,
    };
  }

  const action: ActionDefinition | undefined = plugin.workflow.actions.find((a) => a.id === actionId);
  if (!action) {
    throw validationFailed([
      {
        field: 'action',
        message: {
          id: `Tindakan "${actionId}" tidak dikenal di sektor ${plugin.name.id}.`,
          en: `Action "${actionId}" does not exist in sector ${plugin.name.en}.`,
        },
      },
    ]);
  }
  if (!appliesTo(action, c)) {
    // E.g. Trantibumlinmas: a fire is never forwarded to the police; say so, not "invalid input".
    const type = registry.serviceType(c.sectorId, c.serviceTypeId);
    const message = {
      id: `"${action.label.id}" tidak berlaku untuk jenis layanan ${type.name.id}.`,
      en: `"${action.label.en}" does not apply to the service type ${type.name.en}.`,
    };
    throw new DomainError('VALIDATION_FAILED', message, {
      fields: [{ field: 'action', message }],
      details: { serviceType: c.serviceTypeId, only: action.serviceTypes },
    });
  }
  if (!action.from.includes(c.status)) {
    const expected = action.from.map((s) => registry.state(c.sectorId, s));
    throw new DomainError(
      'WRONG_STATE',
      {
        id: `"${action.label.id}" tidak dapat dilakukan saat kasus berstatus ${current.label.id}; status yang diperlukan: ${expected.map((s) => s.label.id).join(' / ')}.`,
        en: `"${action.label.en}" cannot be taken while the case is ${current.label.en}; it needs: ${expected.map((s) => s.label.en).join(' / ')}.`,
      },
      { details: { status: c.status, expected: action.from } },
    );
  }
  const acting = actingMemberships(principal, action.roles, c);
  const actingAs = acting[0];
  if (!actingAs) {
    throw new DomainError(
      'FORBIDDEN',
      {
        id: `"${action.label.id}" hanya dapat dilakukan oleh ${action.roles.map((r) => ROLE_LABELS[r].id).join(' / ')} dari unit yang memegang kasus.`,
        en: `"${action.label.en}" can only be taken by ${action.roles.map((r) => ROLE_LABELS[r].en).join(' / ')} of the unit holding the case.`,
      },
      { details: { roles: action.roles } },
    );
  }
  const type = registry.serviceType(c.sectorId, c.serviceTypeId);
  const failures = (action.guards ?? [])
    .map((g) => guardFailure(g, type, c))
    .filter((x): x is LocalizedText => x !== null);
  if (failures.length) {
    throw new DomainError(
      'GUARD_FAILED',
      { id: failures.map((f) => f.id).join(' '), en: failures.map((f) => f.en).join(' ') },
      { details: { guards: failures } },
    );
  }
  const reason = action.requiresReason
    ? requireText(input.reason, 'input.reason', { id: 'Alasan', en: 'A reason' })
    : input.reason?.trim() || null;
  const note = action.requiresNote
    ? requireText(input.note, 'input.note', { id: 'Catatan tindak lanjut', en: 'A follow-up note' })
    : input.note?.trim() || null;

  const to = registry.state(c.sectorId, action.to);
  const choices = outcomeChoices(action, to);
  const declineReason =
    choices.outcome === 'DECLINED'
      ? chooseCode(input.declineReason, choices.declineReasons, DECLINE_REASON_LABELS, 'input.declineReason', {
          id: 'Kode alasan penolakan',
          en: 'A decline reason code',
        })
      : null;
  const settlementKind =
    choices.outcome === 'SETTLED_AT_VILLAGE'
      ? chooseCode(input.settlementKind, choices.settlementKinds, SETTLEMENT_KIND_LABELS, 'input.settlementKind', {
          id: 'Cara penyelesaian',
          en: 'A settlement kind',
        })
      : null;
  const suggestedUnitId = input.suggestedUnitId?.trim() || null;
  if (declineReason === 'NOT_AUTHORITY' && !suggestedUnitId) {
    throw validationFailed([
      {
        field: 'input.suggestedUnitId',
        message: {
          id: 'Unit yang berwenang wajib disebutkan untuk penolakan "bukan wewenang".',
          en: 'The unit with authority must be named when declining as "not our authority".',
        },
      },
    ]);
  }
  const assignEffect = action.effects?.find((e) => e.type === 'assign');
  return {
    actionId,
    from: c.status,
    to,
    assign: assignEffect ? (plugin.routes.find((r) => r.id === assignEffect.route) ?? null) : null,
    returnToPrevious: false,
    pauseClock: Boolean(to.pausesClock) && !current.pausesClock,
    resumeClock: Boolean(current.pausesClock) && !to.pausesClock,
    close: to.terminal?.outcome ?? null,
    actingAs,
    reason,
    note,
    declineReason,
    settlementKind,
    suggestedUnitId: declineReason === 'NOT_AUTHORITY' ? suggestedUnitId : null,
  };
}
