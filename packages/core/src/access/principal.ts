import type { OrgUnitKind, Role } from '../identity/roles.js';

/** A role held in one org unit, with what the policy needs to know of the unit. */
export interface Membership {
  orgUnitId: string;
  orgUnitKind: OrgUnitKind;
  /** The unit's area code (a desa for a Posyandu, a kabupaten for an OPD, …). */
  areaCode: string;
  role: Role;
}

/** What an API key may do: `READ` reads its unit's cases; `ACT` also does what an officer of the unit may do. */
export type ApiKeyScope = 'READ' | 'ACT';

/** An OPD's (or another unit's) information system calling with an API key. */
export interface ApiClient {
  keyId: string;
  scope: ApiKeyScope;
  /** The sectors the key is limited to (an OPD serving several); null: every sector its unit reaches. */
  sectorIds: readonly string[] | null;
  /** The admin who made the key: answerable for what it changes (the audit log names both). */
  createdByUserId: string;
}

/** Who is asking: a logged-in user or an API client, with all their memberships. */
export interface Principal {
  userId: string;
  memberships: readonly Membership[];
  /** Set when the caller is an API client (its one membership is the key's unit, with that unit's role). */
  apiClient?: ApiClient;
}

/** What the policy needs to know of a case to decide who may see or act on it. */
export interface CaseAccessFacts {
  /** The desa/kelurahan the case belongs to. */
  areaCode: string;
  /** The case's sector: an API key limited to some sectors reaches only their cases. */
  sectorId?: string;
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
