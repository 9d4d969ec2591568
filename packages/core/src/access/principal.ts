import type { OrgUnitKind, Role } from '../identity/roles.js';

/** A role held in one org unit, with what the policy needs to know of the unit. */
export interface Membership {
  orgUnitId: string;
  orgUnitKind: OrgUnitKind;
  /** The unit's area code (a desa for a Posyandu, a kabupaten for an OPD, …). */
  areaCode: string;
  role: Role;
}

/** Who is asking: a logged-in user or an API client, with all their memberships. */
export interface Principal {
  userId: string;
  memberships: readonly Membership[];
}

/** What the policy needs to know of a case to decide who may see or act on it. */
export interface CaseAccessFacts {
  /** The desa/kelurahan the case belongs to. */
  areaCode: string;
  /** The unit where the case was registered (a Posyandu, a village Trantibumlinmas section, …). */
  originUnitId: string;
  holderUnitId: string;
  /** The holder and its parents, nearest first: whoever acts must be a member of one of them. */
  holderChain: readonly string[];
  /** Every unit that has held the case, now or before. */
  heldByUnitIds: readonly string[];
  /** The reporter's identity is confidential (e.g. a public-order complaint). */
  confidentialReporter: boolean;
  /**
   * Users who asked for time-limited access to the confidential reporter's identity, with a
   * reason, and whose access has not expired (DESIGN §8). Each grant is on the case's timeline.
   */
  reporterAccessUserIds?: readonly string[];
  /**
   * Roles that read the case by area from registration, as its service type declares
   * (`ServiceTypeDefinition.areaReaders`, e.g. the desa's Pustu on a home-visit monitoring case); absent for most.
   */
  areaReaders?: { roles: readonly Role[]; recordVisits: boolean } | null;
}
