import type { Role } from '../gql/graphql';

/** Roles whose work arrives from others (routed, forwarded or escalated): their home page is the inbox. */
const ROUTED_ROLES: ReadonlySet<Role> = new Set([
  'KECAMATAN_OFFICER',
  'OPD_OFFICER',
  'POLICE_OFFICER',
  'HEALTH_WORKER',
]);
/** Village roles: overdue cases of the Posyandu escalate to them, shown as their own group in the queue. */
const VILLAGE_ROLES: ReadonlySet<Role> = new Set(['VILLAGE_OFFICER', 'KEPALA_DESA', 'TRANTIBUM_OFFICER']);

interface WithRoles {
  memberships: readonly { role: Role }[];
}

/** True when every case-working role of the user is a routed unit's (a kader who is also an OPD officer keeps the queue). */
export function worksFromInbox(me: WithRoles | null | undefined): boolean {
  const roles = (me?.memberships ?? []).map((m) => m.role).filter((r) => r !== 'ADMIN');
  return roles.length > 0 && roles.every((r) => ROUTED_ROLES.has(r));
}

export function hasInbox(me: WithRoles | null | undefined): boolean {
  return (me?.memberships ?? []).some((m) => ROUTED_ROLES.has(m.role));
}

export function isVillageStaff(me: WithRoles | null | undefined): boolean {
  return (me?.memberships ?? []).some((m) => VILLAGE_ROLES.has(m.role));
}

/** Roles that answer for escalated cases across the kabupaten: their page is the "Eskalasi" queue. */
const ESCALATION_ROLES: ReadonlySet<Role> = new Set(['SPM_COORDINATOR', 'REGIONAL_SECRETARY']);

export function hasEscalations(me: WithRoles | null | undefined): boolean {
  return (me?.memberships ?? []).some((m) => ESCALATION_ROLES.has(m.role));
}

/** True when every case-working role of the user answers for escalations (the coordinator, the Sekda). */
export function worksFromEscalations(me: WithRoles | null | undefined): boolean {
  const roles = (me?.memberships ?? []).map((m) => m.role).filter((r) => r !== 'ADMIN');
  return roles.length > 0 && roles.every((r) => ESCALATION_ROLES.has(r));
}
