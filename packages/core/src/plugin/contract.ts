import type { LocalizedText } from '../errors/domain-error.js';
import type { OrgUnitKind, Role } from '../identity/roles.js';
import type { SpmMapping, SpmServiceDefinition } from './spm-services.js';
import type { CaseOutcome, DeclineReason, SettlementKind } from '../workflow/outcomes.js';

/**
 * The plugin API version this core implements, `major.minor`. A plugin names the
 * version it was written against in `requiresCoreApi`; it loads when the major
 * is the same and its minor is not newer than the core's.
 *
 * 1.1: document guards may name the documents they check (`codes`); a service type may
 * require the applicant's KK number (`applicantKkRequired`).
 * 1.2: a service type may name roles that read its cases by area from registration (`areaReaders`).
 * 1.3: a text fact may say what its answer looks like (`format`: a person's name, a number of digits);
 * a server extension may declare the files it ships and reads at run time (`assets`), checked at start-up.
 * 1.4: outcomes (`workflow/outcomes.ts`): a final state declares one of COMPLETED, DECLINED, SETTLED_AT_VILLAGE,
 * WITHDRAWN, CANNOT_BE_SERVED (before: RESOLVED = COMPLETED, REJECTED = DECLINED); an action into a DECLINED
 * state asks a decline reason code (`declineReasons` limits them), into a SETTLED_AT_VILLAGE state a settlement
 * kind (`settlementKinds`); a complaint without identity or contact may start in `workflow.anonymousIntakeState`;
 * a service type may seal its beneficiaries like the reporter (`confidentialBeneficiaries`).
 * 1.5: a plugin declares its SPM jenis pelayanan dasar (`spmServices`) and maps every service type to
 * one of them and a penerima category (`serviceTypes[].spm`); in a plugin declaring 1.5 or newer, a
 * service type without it fails the check (an older plugin's cases are reported as not mapped).
 *
 * Each feature and its version is listed in `api-features.ts` (and the plugin API's
 * `extension-features.ts`): a plugin using a feature newer than it declares is refused.
 */
export const CORE_PLUGIN_API_VERSION = '1.5';

/**
 * A document a sector asks for, e.g. a KK copy or photos of a house.
 *
 * @example
 * { code: 'kk', label: { id: 'Fotokopi KK', en: 'Family card (KK) copy' }, minFiles: 1, maxFiles: 2 }
 */
export interface DocumentRequirement {
  /** Unique within the plugin, lower-kebab-case. */
  code: string;
  label: LocalizedText;
  description?: LocalizedText;
  /** How many files make this document complete, e.g. 3 for photos of a house from 3 sides. */
  minFiles: number;
  maxFiles: number;
}

/** A question the intake form asks for a service type. */
export interface FactDefinition {
  /** Unique within the service type, camelCase. */
  id: string;
  label: LocalizedText;
  /**
   * `locations`: one or more points, each `{ lat, lng, description }` inside Indonesia
   * (e.g. the construction points of a public-works request).
   */
  type: 'text' | 'number' | 'boolean' | 'date' | 'choice' | 'locations';
  required: boolean;
  /** For `choice`: the allowed values. */
  options?: ReadonlyArray<{ value: string; label: LocalizedText }>;
  /** For `text`: the longest answer accepted (default 500). */
  maxLength?: number;
  /** For `text` (API 1.3): what the answer must look like, checked by the server and the form alike. */
  format?: TextFormat;
  /** For `locations`: at most this many points (default 20). */
  maxItems?: number;
}

/**
 * What a `text` answer must look like (API 1.3).
 * - `personName`: a name as written on a KTP — letters of any script, spaces and . , ' - ( ); no digits.
 * - `digits`: exactly `length` digits, e.g. a BPJS card number (13); spaces, dots and dashes typed
 *   between digit groups are dropped, letters are refused (never silently cut).
 *
 * @example
 * { id: 'bpjsCardNumber', label: { id: 'Nomor kartu BPJS', en: 'BPJS card number' }, type: 'text',
 *   required: false, format: { kind: 'digits', length: 13 } }
 */
export type TextFormat = { kind: 'personName' } | { kind: 'digits'; length: number };

/** A point named in an answer of type `locations`. */
export interface GeoPoint {
  lat: number;
  lng: number;
  description: string;
}

/**
 * One kind of request or complaint of a sector.
 *
 * @example
 * {
 *   id: 'biaya-paud',
 *   name: { id: 'Bantuan biaya PAUD', en: 'Early-childhood school-cost aid' },
 *   documents: [{ code: 'ktp', required: true }, { code: 'kk', required: true }],
 *   facts: [{ id: 'schoolName', label: { id: 'Nama sekolah', en: 'School name' }, type: 'text', required: true }],
 * }
 */
export interface ServiceTypeDefinition {
  /** Unique within the plugin, lower-kebab-case. */
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** Which of the plugin's documents this service type asks for. */
  documents: ReadonlyArray<{ code: string; required: boolean }>;
  facts: readonly FactDefinition[];
  /**
   * Warn the officers (the case is still registered) when the applicant's NIK or
   * family card already has a case of this sector closed with `outcome` — e.g.
   * housing aid received before, against a statement that it never was.
   */
  /**
   * The applicant's family card (KK) number must be given (API 1.1), e.g. when
   * `priorCaseWarning` must also match the family, not only the person.
   */
  applicantKkRequired?: boolean;
  /**
   * Roles that read cases of this type from the moment they are registered, without holding them,
   * when their unit's area covers the case's desa (API 1.2) — e.g. the desa's Pustu and the
   * kecamatan's Puskesmas follow the home-visit monitoring the Posyandu's kader do. With
   * `recordVisits`, they may also record visits on them. They take no workflow action until the
   * case is routed to them, and see the NIK and KK as their role does elsewhere.
   *
   * @example
   * { roles: ['HEALTH_WORKER'], recordVisits: true }
   */
  areaReaders?: AreaReaders;
  /**
   * Where its cases count in the SPM report (API 1.5): a jenis pelayanan dasar of the plugin's
   * `spmServices` and a penerima category, or one per option of a choice fact. In a plugin declaring
   * API 1.5 or newer every service type needs one: the plugin check fails without it.
   *
   * @example
   * { service: 'pendidikan-dasar', penerima: 'CHILD' }
   */
  spm?: SpmMapping;
  /**
   * (API 1.4, with `confidentialReporter`) The people the case is for — e.g. the victim of domestic
   * violence — are sealed like the reporter: whoever may not see the reporter sees only their relation.
   */
  confidentialBeneficiaries?: boolean;
  priorCaseWarning?: {
    outcome: CaseOutcome;
    /** Limit to these service types of the sector (default: all). */
    serviceTypes?: readonly string[];
    message: LocalizedText;
  };
}

/** See {@link ServiceTypeDefinition.areaReaders}. */
export interface AreaReaders {
  roles: readonly Role[];
  recordVisits?: boolean;
}

/**
 * Outcome of a final state (see `workflow/outcomes.ts`).
 * @deprecated since API 1.4: use {@link CaseOutcome}.
 */
export type TerminalOutcome = CaseOutcome;

/**
 * A state of a sector's workflow.
 *
 * @example
 * { id: 'verifikasi', label: { id: 'Verifikasi', en: 'Verification' },
 *   citizenLabel: { id: 'Sedang diperiksa', en: 'Being checked' }, allowsVisits: true }
 */
export interface StateDefinition {
  /** Unique within the workflow, lower-kebab-case. */
  id: string;
  /** Internal name, shown to officers. */
  label: LocalizedText;
  /** Plain wording shown to the citizen who tracks the case. */
  citizenLabel: LocalizedText;
  /**
   * A final state, with how the case ended (API 1.4: COMPLETED, DECLINED, SETTLED_AT_VILLAGE, WITHDRAWN,
   * CANNOT_BE_SERVED). Each outcome a sector can reach is its own state, so reports never count a refusal
   * as service.
   */
  terminal?: { outcome: CaseOutcome };
  /** While a case is here, its deadline clock stands still (e.g. waiting for the applicant's documents). */
  pausesClock?: boolean;
  /** Home or field visits may be recorded in this state. */
  allowsVisits?: boolean;
}

/** A condition that must hold before an action may be taken. */
export type GuardDefinition =
  /**
   * Every required document has been received (or waived with a reason); with
   * `codes` (API 1.1), only those of them — for a step that comes before a
   * document can exist, e.g. the village's own letter at the kader's step.
   */
  | { type: 'documentsComplete'; codes?: readonly string[] }
  /** Every required document (or, with `codes`, those) has been checked as valid or waived with a reason. */
  | { type: 'documentsVerified'; codes?: readonly string[] }
  /** A visit of this kind has been recorded on the case. */
  | { type: 'visitRecorded'; kind: VisitKind };

export const VISIT_KINDS = ['HOME', 'FIELD'] as const;
/** HOME (kunjungan rumah) or FIELD (kunjungan lapangan). */
export type VisitKind = (typeof VISIT_KINDS)[number];

/** What an action does besides moving the case to its target state. */
export type EffectDefinition =
  /** Hand the case to the org unit found by the named route (see {@link RouteDefinition}). */
  { type: 'assign'; route: string };

/**
 * A step a user may take on a case.
 *
 * @example
 * { id: 'ajukan-ke-desa', label: { id: 'Ajukan ke desa', en: 'Submit to the village' },
 *   from: ['layak'], to: 'diajukan-ke-desa', roles: ['KADER'],
 *   effects: [{ type: 'assign', route: 'pemerintah-desa' }] }
 */
export interface ActionDefinition {
  /** Unique within the workflow, lower-kebab-case. `return-not-competent` is reserved by the core. */
  id: string;
  label: LocalizedText;
  /** States the action can be taken from. */
  from: readonly string[];
  to: string;
  /** Roles allowed, held in the case's holder org unit or one of its parents. */
  roles: readonly Role[];
  /** Only for cases of these service types (default: all), when service types take different paths. */
  serviceTypes?: readonly string[];
  guards?: readonly GuardDefinition[];
  effects?: readonly EffectDefinition[];
  /**
   * The user must give a reason (always true when `to` pauses the clock, declines or cannot be served:
   * the reason is told to the citizen).
   */
  requiresReason?: boolean;
  /**
   * For an action into a DECLINED state (API 1.4): the decline reason codes the user may choose from
   * (default: all of DECLINE_REASONS). The user must choose one; NOT_AUTHORITY also names the suggested unit.
   */
  declineReasons?: readonly DeclineReason[];
  /**
   * For an action into a SETTLED_AT_VILLAGE state (API 1.4): the settlement kinds the user may choose from
   * (default: MUSYAWARAH and DIRECT_HELP). The user must choose one.
   */
  settlementKinds?: readonly SettlementKind[];
  /** The user must write a note, e.g. what the OPD did. */
  requiresNote?: boolean;
}

export interface WorkflowDefinition {
  initialState: string;
  /**
   * (API 1.4, with `reporterIdentityOptional`) Where a case whose reporter gave neither identity nor
   * contact starts instead of `initialState`: a "perlu keputusan" state that pauses the clock until an
   * officer decides, with a reason, to process it or set it aside.
   */
  anonymousIntakeState?: string;
  states: readonly StateDefinition[];
  actions: readonly ActionDefinition[];
}

/**
 * Where a case goes when it is escalated: the org unit of `unitKind` that serves
 * the case's area (its desa, kecamatan or kabupaten, by the kind's level) and,
 * when `service` is set, lists that service (e.g. the kabupaten's education OPD).
 *
 * @example
 * { id: 'opd-pendidikan', label: { id: 'Dinas Pendidikan', en: 'Education agency' },
 *   unitKind: 'OPD', service: 'pendidikan' }
 */
export interface RouteDefinition {
  id: string;
  label: LocalizedText;
  unitKind: OrgUnitKind;
  service?: string;
}

/** A sector plugin: everything the core needs to serve one SPM sector. */
export interface SpmPluginDefinition {
  /** Unique sector id, lower-kebab-case, e.g. `pendidikan`. Used as a prefix for its tables and types. */
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  /** The plugin's own version (semver). */
  version: string;
  /** Core plugin API version the plugin was written against, `major.minor`. */
  requiresCoreApi: string;
  /** Org unit kinds whose members register this sector's cases (default: POSYANDU). */
  intakeUnitKinds?: readonly OrgUnitKind[];
  /** Roles that may register this sector's cases (default: KADER). */
  intakeRoles?: readonly Role[];
  /** The reporter's identity is confidential (e.g. public-order complaints). */
  confidentialReporter?: boolean;
  /**
   * The reporter may withhold name, identity number and contact. A case with
   * neither identity nor contact is still recorded, with the warning
   * MAY_BE_DISREGARDED (the deck: "pengaduan dapat diabaikan").
   */
  reporterIdentityOptional?: boolean;
  documents: readonly DocumentRequirement[];
  serviceTypes: readonly ServiceTypeDefinition[];
  /**
   * The sector's jenis pelayanan dasar, from its SPM regulation (API 1.5), plus any supporting
   * service the desk handles (`spm: false`). Every service type maps to one (`serviceTypes[].spm`).
   */
  spmServices?: readonly SpmServiceDefinition[];
  workflow: WorkflowDefinition;
  routes: readonly RouteDefinition[];
}

/** A plugin as the core holds it: its definition, frozen. */
export type SpmPlugin = Readonly<SpmPluginDefinition> & { readonly __kind: 'SpmPlugin' };

/**
 * Declares a sector plugin. The definition is checked when the server
 * assembles its plugins ({@link assemblePlugins}), not here, so that every
 * fault of every plugin is reported at once.
 *
 * @example
 * export const pendidikanPlugin = defineSpmPlugin({
 *   id: 'pendidikan', name: { id: 'Pendidikan', en: 'Education' }, version: '1.0.0',
 *   requiresCoreApi: '1.0', documents: [...], serviceTypes: [...], workflow: {...}, routes: [...],
 * });
 */
export function defineSpmPlugin(definition: SpmPluginDefinition): SpmPlugin {
  return Object.freeze({ ...definition, __kind: 'SpmPlugin' as const });
}

/** Action id the core adds to every workflow: return a case that is not the holder's competence. */
export const RETURN_ACTION_ID = 'return-not-competent';
