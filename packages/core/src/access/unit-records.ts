import { isWithinArea } from '../identity/area-code.js';
import type { Role } from '../identity/roles.js';
import type { Principal } from './principal.js';

/**
 * Records an org unit keeps about people outside any case — e.g. a Posyandu's
 * open-day measurements (DESIGN §8: health and children's data are specific
 * personal data). The unit itself, and only the roles a plugin names whose unit
 * covers the record's area, may read them; nobody else, and never an admin.
 */
export interface UnitRecordFacts {
  /** The unit that keeps the records (a Posyandu, …). */
  unitId: string;
  /** The unit's area (a desa code for a Posyandu). */
  areaCode: string;
}

/**
 * Who besides the unit's own members may read its records: roles held in a unit
 * whose area contains the record's area (a desa's Pustu, the kecamatan's
 * Puskesmas, the desa's government).
 *
 * @example
 * // a Posyandu's measurements: its kader, and health workers of the Pustu/Puskesmas covering the desa
 * const personal: UnitRecordReaders = { roles: ['HEALTH_WORKER'] };
 * // its recap: also the village government
 * const recap: UnitRecordReaders = { roles: ['HEALTH_WORKER', 'VILLAGE_OFFICER', 'KEPALA_DESA'] };
 */
export interface UnitRecordReaders {
  roles: readonly Role[];
}

/** The same reach as {@link canReadUnitRecords}, for lists translated into SQL. */
export interface UnitRecordReach {
  /** Records kept by these units. */
  unitIds: string[];
  /** Records whose area lies within one of these. */
  areaPrefixes: string[];
}

export function unitRecordReach(principal: Principal, readers: UnitRecordReaders): UnitRecordReach {
  const reach: UnitRecordReach = { unitIds: [], areaPrefixes: [] };
  for (const m of principal.memberships) {
    if (m.role === 'ADMIN') continue;
    reach.unitIds.push(m.orgUnitId);
    if (readers.roles.includes(m.role)) reach.areaPrefixes.push(m.areaCode);
  }
  return reach;
}

export function canReadUnitRecords(
  principal: Principal,
  records: UnitRecordFacts,
  readers: UnitRecordReaders,
): boolean {
  const reach = unitRecordReach(principal, readers);
  return reach.unitIds.includes(records.unitId) || reach.areaPrefixes.some((p) => isWithinArea(records.areaCode, p));
}

/**
 * Whether the principal works for the unit itself in one of `roles` (e.g. the
 * Posyandu's own kader writing its open-day records).
 */
export function isUnitMember(principal: Principal, unitId: string, roles: readonly Role[]): boolean {
  return principal.memberships.some((m) => m.orgUnitId === unitId && roles.includes(m.role));
}

/** Whether the principal holds one of `roles` in a unit covering `areaCode` (e.g. the desa's Pustu). */
export function coversArea(principal: Principal, areaCode: string, roles: readonly Role[]): boolean {
  return principal.memberships.some((m) => roles.includes(m.role) && isWithinArea(areaCode, m.areaCode));
}
