import { areaCodeAt, isWithinArea } from '../identity/area-code.js';
import type { OrgUnitKind, Role } from '../identity/roles.js';
import type { Principal } from './principal.js';

/**
 * Which SPM recaps (counts only, no names) a principal reads (issue 15 item 7):
 * - an OPD its sectors (the services its unit lists) across its kabupaten — Dinas Kesehatan reads
 *   the kesehatan recap of the kabupaten, whoever held the cases;
 * - the kecamatan every sector of its villages;
 * - a Puskesmas, Pustu or police unit the sectors it follows — routed to its kind of unit, or read
 *   as area readers (kesehatan for the Pustu and Puskesmas, trantibumlinmas for the police) — in its area;
 * - desa units (Posyandu, village government, Trantibumlinmas section) every sector of their desa;
 * - the kabupaten's admin, its SPM coordinator (Tim Penerapan SPM) and the Sekda/Bupati level
 *   everything in the kabupaten; a unit head what the unit's officers read.
 * An API key reads no more than its sectors.
 */
export interface ReportGrant {
  /** The area the grant covers: a desa, a kecamatan or a kabupaten code. */
  areaCode: string;
  /** The sectors read there; null for every sector. */
  sectorIds: readonly string[] | null;
}

/** Roles that read a whole kabupaten's recap: its admin, the SPM coordination team, the Sekda/Bupati level. */
export const SPM_COORDINATOR_ROLES: ReadonlySet<Role> = new Set<Role>([
  'ADMIN',
  'SPM_COORDINATOR',
  'REGIONAL_SECRETARY',
]);

const DESA_ROLES: ReadonlySet<Role> = new Set<Role>(['KADER', 'VILLAGE_OFFICER', 'KEPALA_DESA', 'TRANTIBUM_OFFICER']);

/** What the server knows of the units and sectors, for {@link reportGrants}. */
export interface ReportGrantFacts {
  /** The installed sectors. */
  sectorIds: readonly string[];
  /** The services an OPD unit lists (sector ids among them), by unit id. */
  unitServices: ReadonlyMap<string, readonly string[]>;
  /**
   * The sectors whose cases a role in a kind of unit follows: routes lead to that kind (PUSTU →
   * kesehatan, POLICE → trantibumlinmas) or its service types name the role as area readers.
   */
  sectorsFollowedBy: (kind: OrgUnitKind, role: Role) => readonly string[];
}

export function reportGrants(principal: Principal, facts: ReportGrantFacts): ReportGrant[] {
  const { sectorIds, unitServices } = facts;
  const installed = new Set(sectorIds);
  const only = (ids: readonly string[]) => ids.filter((id) => installed.has(id));
  const grants: ReportGrant[] = [];
  for (const m of principal.memberships) {
    if (SPM_COORDINATOR_ROLES.has(m.role) && m.orgUnitKind !== 'OPD') {
      grants.push({ areaCode: areaCodeAt(m.areaCode, 'KABUPATEN'), sectorIds: null });
    } else if ((m.role === 'OPD_OFFICER' || m.role === 'UNIT_HEAD') && m.orgUnitKind === 'OPD') {
      grants.push({ areaCode: m.areaCode, sectorIds: only(unitServices.get(m.orgUnitId) ?? []) });
    } else if (m.role === 'KECAMATAN_OFFICER' || (m.role === 'UNIT_HEAD' && m.orgUnitKind === 'KECAMATAN')) {
      grants.push({ areaCode: m.areaCode, sectorIds: null });
    } else if (
      m.role === 'HEALTH_WORKER' ||
      m.role === 'POLICE_OFFICER' ||
      (m.role === 'UNIT_HEAD' &&
        (m.orgUnitKind === 'PUSKESMAS' || m.orgUnitKind === 'PUSTU' || m.orgUnitKind === 'POLICE'))
    ) {
      grants.push({ areaCode: m.areaCode, sectorIds: only(facts.sectorsFollowedBy(m.orgUnitKind, m.role)) });
    } else if (DESA_ROLES.has(m.role)) {
      grants.push({ areaCode: m.areaCode, sectorIds: null });
    }
  }
  const keySectors = principal.apiClient?.sectorIds;
  return grants
    .map((g) => {
      const base = g.sectorIds ?? sectorIds;
      return { areaCode: g.areaCode, sectorIds: keySectors ? base.filter((s) => keySectors.includes(s)) : g.sectorIds };
    })
    .filter((g) => g.sectorIds === null || g.sectorIds.length > 0);
}

/**
 * The sectors a principal reads in `areaCode`: those of every grant whose area covers it; an empty
 * list when no grant does (the area is outside their reach, or wider than it).
 */
export function reportSectorsIn(
  grants: readonly ReportGrant[],
  areaCode: string,
  sectorIds: readonly string[],
): string[] {
  const read = new Set<string>();
  for (const g of grants) {
    if (!isWithinArea(areaCode, g.areaCode)) continue;
    for (const s of g.sectorIds ?? sectorIds) read.add(s);
  }
  return sectorIds.filter((s) => read.has(s));
}
