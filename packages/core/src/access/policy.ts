import { notFound } from '../errors/domain-error.js';
import { isWithinArea } from '../identity/area-code.js';
import type { OrgUnitKind, Role } from '../identity/roles.js';
import type { CaseAccessFacts, Membership, Principal } from './principal.js';

/**
 * The access policy (DESIGN §8), in one place. Every resolver asks here; the
 * server only translates {@link CaseReach} into SQL for lists.
 *
 * Reach by role:
 * - KADER: cases registered at or held by their Posyandu;
 * - VILLAGE_OFFICER, KEPALA_DESA, TRANTIBUM_OFFICER: every case of their desa;
 * - KECAMATAN_OFFICER: every case of their kecamatan;
 * - OPD_OFFICER, POLICE_OFFICER, HEALTH_WORKER: cases routed to their unit, now or before, and cases
 *   a unit under theirs holds now (a Puskesmas sees what its Pustu holds);
 * - besides, cases of a service type that declares `areaReaders`: those roles, held in a unit whose area
 *   covers the case's desa, from registration on (the Pustu follows its desa's home-visit monitoring);
 * - UNIT_HEAD: what the unit's own officers read (cases registered at, routed to or held under it);
 * - SPM_COORDINATOR, REGIONAL_SECRETARY: every case of their kabupaten (they answer for escalations);
 * - ADMIN: manages users, units and calendars, but reads no case.
 */
export interface CaseReach {
  /** Cases registered at, or held (now or before) by, these units. */
  unitIds: string[];
  /** Cases whose desa is one of these. */
  areaCodes: string[];
  /** Cases whose desa lies within one of these (kecamatan codes). */
  areaPrefixes: string[];
  /** Cases held (now or before) by one of these units, or held now by a unit under one of them. */
  routedUnitIds: string[];
  /**
   * The areas the principal's units cover, by role: they reach cases of the service types whose
   * `areaReaders` name that role, in those areas (the server asks its plugin registry which types).
   */
  coveredAreas: Array<{ role: Role; areaCode: string }>;
  /** An API key limited to some sectors: only their cases, whatever else the reach says (null: all). */
  sectorIds?: readonly string[] | null;
}

const VILLAGE_ROLES: ReadonlySet<Role> = new Set(['VILLAGE_OFFICER', 'KEPALA_DESA', 'TRANTIBUM_OFFICER']);
const ROUTED_ROLES: ReadonlySet<Role> = new Set(['OPD_OFFICER', 'POLICE_OFFICER', 'HEALTH_WORKER']);
/** Roles that answer for escalated cases across the whole kabupaten of their unit. */
const KABUPATEN_ROLES: ReadonlySet<Role> = new Set(['SPM_COORDINATOR', 'REGIONAL_SECRETARY']);
/** Roles whose work needs the full NIK (checking documents, paying aid); others see it masked. */
const FULL_NIK_ROLES: ReadonlySet<Role> = new Set([
  'KADER',
  'VILLAGE_OFFICER',
  'KEPALA_DESA',
  'TRANTIBUM_OFFICER',
  'OPD_OFFICER',
  'POLICE_OFFICER',
]);
/**
 * Roles whose work needs the full family card (KK) number: registering and checking
 * a family's documents (kader, village), and matching it with social-aid data (OPD).
 * The Trantibumlinmas section and the police identify a person by NIK; they, the
 * kecamatan and health workers see the KK masked.
 */
const FULL_KK_ROLES: ReadonlySet<Role> = new Set(['KADER', 'VILLAGE_OFFICER', 'KEPALA_DESA', 'OPD_OFFICER']);

function reachOf(memberships: readonly Membership[]): CaseReach {
  const reach: CaseReach = { unitIds: [], areaCodes: [], areaPrefixes: [], routedUnitIds: [], coveredAreas: [] };
  for (const m of memberships) {
    if (m.role !== 'ADMIN') reach.coveredAreas.push({ role: m.role, areaCode: m.areaCode });
    if (m.role === 'KADER') reach.unitIds.push(m.orgUnitId);
    else if (VILLAGE_ROLES.has(m.role)) reach.areaCodes.push(m.areaCode);
    else if (m.role === 'KECAMATAN_OFFICER') reach.areaPrefixes.push(m.areaCode);
    else if (ROUTED_ROLES.has(m.role)) reach.routedUnitIds.push(m.orgUnitId);
    else if (m.role === 'UNIT_HEAD') {
      reach.unitIds.push(m.orgUnitId);
      reach.routedUnitIds.push(m.orgUnitId);
    } else if (KABUPATEN_ROLES.has(m.role)) reach.areaPrefixes.push(m.areaCode);
  }
  return reach;
}

/**
 * Reaches worked out once per principal and per membership: a list page asks the policy several
 * times per case (read, reporter identity, full NIK, full KK), and a principal does not change
 * (its memberships are read-only; a new login or a membership change makes a new principal).
 */
const reachOfPrincipal = new WeakMap<Principal, Readonly<CaseReach>>();
const reachOfMembership = new WeakMap<Membership, Readonly<CaseReach>>();

export function caseReach(principal: Principal): Readonly<CaseReach> {
  let kept = reachOfPrincipal.get(principal);
  if (!kept) {
    const reach = reachOf(principal.memberships);
    kept = principal.apiClient?.sectorIds ? { ...reach, sectorIds: principal.apiClient.sectorIds } : reach;
    reachOfPrincipal.set(principal, kept);
  }
  return kept;
}

function membershipReach(m: Membership): Readonly<CaseReach> {
  let kept = reachOfMembership.get(m);
  if (!kept) reachOfMembership.set(m, (kept = reachOf([m])));
  return kept;
}

export function isReachEmpty(reach: Readonly<CaseReach>): boolean {
  return !reach.unitIds.length && !reach.areaCodes.length && !reach.areaPrefixes.length && !reach.routedUnitIds.length;
}

function reaches(reach: Readonly<CaseReach>, c: CaseAccessFacts): boolean {
  if (reach.sectorIds && !(c.sectorId && reach.sectorIds.includes(c.sectorId))) return false;
  return (
    reach.unitIds.some((u) => u === c.originUnitId || c.heldByUnitIds.includes(u)) ||
    reach.areaCodes.includes(c.areaCode) ||
    reach.areaPrefixes.some((p) => isWithinArea(c.areaCode, p)) ||
    reach.routedUnitIds.some((u) => c.heldByUnitIds.includes(u) || c.holderChain.includes(u)) ||
    reachesAsAreaReader(reach, c)
  );
}

function reachesAsAreaReader(reach: Readonly<CaseReach>, c: CaseAccessFacts): boolean {
  const readers = c.areaReaders?.roles ?? [];
  return reach.coveredAreas.some((a) => readers.includes(a.role) && isWithinArea(c.areaCode, a.areaCode));
}

export function canReadCase(principal: Principal, c: CaseAccessFacts): boolean {
  return reaches(caseReach(principal), c);
}

/**
 * Whether the principal may open every case of the area (a kabupaten), whichever unit holds it:
 * what an escalation target must be able to do (the SPM coordination unit, the Sekda).
 */
export function readsEveryCaseOf(principal: Principal, areaCode: string): boolean {
  const reach = caseReach(principal);
  return reach.areaPrefixes.some((p) => isWithinArea(areaCode, p));
}

/** Whether an API client may change anything: only a key with the `ACT` scope (a person always may try). */
export function mayChange(principal: Principal): boolean {
  return !principal.apiClient || principal.apiClient.scope === 'ACT';
}

/**
 * A confidential reporter's identity is seen only by the village's
 * Trantibumlinmas section, the kepala desa, and the units the case was
 * forwarded to — and, until it expires, by a reader who asked for
 * time-limited access with a reason ({@link mayRequestReporterAccess}).
 */
export function canSeeReporterIdentity(principal: Principal, c: CaseAccessFacts): boolean {
  if (!canReadCase(principal, c)) return false;
  if (!c.confidentialReporter) return true;
  // Only a case with grants asks who the reader is (a shared live notice is per class otherwise).
  if (c.reporterAccessUserIds?.length && c.reporterAccessUserIds.includes(principal.userId)) return true;
  return seesReporterByRole(principal, c);
}

/**
 * Who may ask for time-limited access to a confidential reporter's identity: a person (not an
 * API client) who reads the case but does not see the reporter by their role.
 */
export function mayRequestReporterAccess(principal: Principal, c: CaseAccessFacts): boolean {
  return c.confidentialReporter && canReadCase(principal, c) && !seesReporterByRole(principal, c);
}

function seesReporterByRole(principal: Principal, c: CaseAccessFacts): boolean {
  return principal.memberships.some(
    (m) =>
      ((m.role === 'TRANTIBUM_OFFICER' || m.role === 'KEPALA_DESA') && m.areaCode === c.areaCode) ||
      (m.orgUnitId !== c.originUnitId && c.heldByUnitIds.includes(m.orgUnitId) && m.role !== 'KADER') ||
      (m.orgUnitId === c.originUnitId && m.role === 'TRANTIBUM_OFFICER'),
  );
}

/** Full NIK only for roles that need it and reach the case by that role. */
export function canSeeFullNik(principal: Principal, c: CaseAccessFacts): boolean {
  return principal.memberships.some((m) => FULL_NIK_ROLES.has(m.role) && reaches(membershipReach(m), c));
}

/** Full KK number only for roles that need it and reach the case by that role. */
export function canSeeFullKk(principal: Principal, c: CaseAccessFacts): boolean {
  return principal.memberships.some((m) => FULL_KK_ROLES.has(m.role) && reaches(membershipReach(m), c));
}

/**
 * The role an API client (an OPD's or another routed unit's information system)
 * holds in the org unit its key is bound to; null for units that may not have keys.
 * Units cases are routed to get keys, and a Posyandu (the intake desk) for a reporting tool
 * that registers cases there (Open311); the village government, its Trantibumlinmas section
 * (confidential reporters) and the kecamatan work in the console.
 */
export function apiClientRole(kind: OrgUnitKind): Role | null {
  switch (kind) {
    case 'POSYANDU':
      return 'KADER';

    case 'OPD':
      return 'OPD_OFFICER';
    case 'POLICE':
      return 'POLICE_OFFICER';
    case 'PUSKESMAS':
    case 'PUSTU':
      return 'HEALTH_WORKER';
    default:
      return null;
  }
}

/** The memberships through which the principal may take an action allowed to `roles`. */
export function actingMemberships(
  principal: Principal,
  roles: readonly Role[],
  c: Pick<CaseAccessFacts, 'holderChain'>,
): Membership[] {
  return principal.memberships.filter((m) => roles.includes(m.role) && c.holderChain.includes(m.orgUnitId));
}

export function isAdmin(principal: Principal): boolean {
  return principal.memberships.some((m) => m.role === 'ADMIN');
}

/**
 * Throws NOT_FOUND unless the principal can read the case: a case out of reach
 * is indistinguishable from one that does not exist, so codes and ids cannot be probed.
 */
export function assertCanReadCase(principal: Principal, c: CaseAccessFacts): void {
  if (!canReadCase(principal, c)) throw notFound({ id: 'Kasus', en: 'Case' });
}

/**
 * Whether the principal works on the case now (attach or review documents, record
 * visits): a non-admin member of the holder or of one of its parents.
 */
export function workingMembership(
  principal: Principal,
  c: Pick<CaseAccessFacts, 'holderChain'>,
): Membership | undefined {
  return principal.memberships.find((m) => m.role !== 'ADMIN' && c.holderChain.includes(m.orgUnitId));
}

/**
 * Whether the principal may record a home or field visit on the case: they work on it now
 * ({@link workingMembership}), or its service type lets its area readers record visits and
 * they are one (the Pustu's note on a home-visit monitoring case the kader holds).
 */
export function canRecordVisit(principal: Principal, c: CaseAccessFacts): boolean {
  if (workingMembership(principal, c)) return true;
  if (!c.areaReaders?.recordVisits) return false;
  return reachesAsAreaReader(reachOf(principal.memberships), c);
}
