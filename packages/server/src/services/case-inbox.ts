import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '@posyandu-spm/core';
import DataLoader from 'dataloader';
import type { Case } from '../entities/case.entity.js';

/**
 * The inbox of a unit cases are routed to (kecamatan, OPD, police, Pustu; issue 6):
 * the open cases one of the viewer's units holds now, or that the deadline clock
 * escalated to it because they went overdue under the unit below.
 */
export type InboxReason = 'HELD' | 'ESCALATED';

export interface InboxEntry {
  reason: InboxReason;
  /** The viewer's unit the case is in the inbox of. */
  unitId: string;
  /** When it arrived: the start of the holding, or the overdue event that escalated it. */
  since: Date;
  /** Who handed it over (HELD); null for an escalation or the unit that registered it. */
  receivedFromId: string | null;
  /** A member of that unit has changed the case since it arrived; false: a new arrival. */
  actedOn: boolean;
}

/** The units whose inbox the viewer sees: every unit of a case-working membership (not admin). */
export function inboxUnitIds(principal: Principal): string[] {
  return [...new Set(principal.memberships.filter((m) => m.role !== 'ADMIN').map((m) => m.orgUnitId))];
}

/** The `inbox: true` list filter as a database condition. */
export function inboxCondition(principal: Principal): FilterQuery<Case> {
  const unitIds = inboxUnitIds(principal);
  if (!unitIds.length) return { id: { $in: [] } };
  return { $or: [{ holder: { $in: unitIds } }, { escalatedTo: { $in: unitIds } }] };
}

interface InboxRow {
  case_id: string;
  reason: InboxReason;
  unit_id: string;
  since: Date;
  received_from_id: string | null;
  acted_on: boolean;
}

// "Acted on": an event after the arrival whose actor is a member of the receiving unit (the unit may
// have worked on the case before it arrived, e.g. a village officer checking documents for the kader),
// or that the unit's own system took with its API key.
const ACTED_ON = `exists (
  select 1 from case_event e
  where e.case_id = x.case_id and e.occurred_at > x.since
    and (exists (select 1 from membership m where m.user_id = e.actor_id and m.org_unit_id = x.unit_id)
      or exists (select 1 from api_key k where k.id = e.api_key_id and k.org_unit_id = x.unit_id)))`;

/** A uuid[] literal: uuids need no quoting, and a literal is not expanded into a list of parameters. */
function pgArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

/** One statement for a batch of cases: their holding by, or escalation to, one of the units. */
async function loadEntries(
  em: EntityManager,
  unitIds: readonly string[],
  caseIds: readonly string[],
): Promise<Map<string, InboxEntry>> {
  const rows = await em.getConnection().execute<InboxRow[]>(
    `with held as (
       select h.case_id, 'HELD' as reason, h.org_unit_id as unit_id, h.since, h.received_from_id
       from case_holding h
       where h.case_id = any(?::uuid[]) and h.until is null and h.org_unit_id = any(?::uuid[])
     ), escalated as (
       select c.id as case_id, 'ESCALATED' as reason, c.escalated_to_id as unit_id,
              (select max(e.occurred_at) from case_event e where e.case_id = c.id and e.type in ('DEADLINE_OVERDUE', 'ESCALATED')) as since,
              null::uuid as received_from_id
       from spm_case c
       where c.id = any(?::uuid[]) and c.escalated_to_id = any(?::uuid[])
         and c.id not in (select case_id from held)
     ), x as (select * from held union all select * from escalated where since is not null)
     select x.*, ${ACTED_ON} as acted_on from x`,
    [pgArray(caseIds), pgArray(unitIds), pgArray(caseIds), pgArray(unitIds)],
    'all',
  );
  const entries = new Map<string, InboxEntry>();
  for (const r of rows) {
    entries.set(r.case_id, {
      reason: r.reason,
      unitId: r.unit_id,
      since: new Date(r.since),
      receivedFromId: r.received_from_id,
      actedOn: r.acted_on,
    });
  }
  return entries;
}

// One loader per unit of work (a request, or one live event) and viewer: a list asks once for all its cases.
const loaders = new WeakMap<EntityManager, WeakMap<Principal, DataLoader<string, InboxEntry | null>>>();

/** The viewer's inbox entry for the case, or null when none of the viewer's units holds it or was escalated to. */
export function inboxEntry(em: EntityManager, principal: Principal, caseId: string): Promise<InboxEntry | null> {
  const unitIds = inboxUnitIds(principal);
  if (!unitIds.length) return Promise.resolve(null);
  let byViewer = loaders.get(em);
  if (!byViewer) loaders.set(em, (byViewer = new WeakMap()));
  let loader = byViewer.get(principal);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const found = await loadEntries(em, unitIds, ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    byViewer.set(principal, loader);
  }
  return loader.load(caseId);
}
