import type { EntityManager } from '@mikro-orm/postgresql';
import { apiClientRole, canReadCase, type OrgUnitKind, type PluginRegistry, type Principal } from '@posyandu-spm/core';
import { Case } from '../entities/case.entity.js';
import { accessFacts } from '../services/case-facts.js';

/** A case event as a receiver gets it: ids, codes and states only — never personal data. */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: {
    eventId: string;
    caseId: string;
    caseCode: string;
    sectorId: string;
    serviceType: string;
    eventType: string;
    action: string | null;
    fromStatus: string | null;
    toStatus: string | null;
    status: string;
    holderId: string | null;
    outcome: string | null;
    occurredAt: string;
  };
}

/** `case.action_taken` for ACTION_TAKEN: the event types an endpoint subscribes to. */
export function webhookEventType(caseEventType: string): string {
  return `case.${caseEventType.toLowerCase()}`;
}

interface EndpointRow {
  id: string;
  org_unit_id: string;
  event_types: string[] | null;
  cursor_tx: string;
  cursor_event_id: string;
  kind: OrgUnitKind;
  area_code: string;
}

interface EventRow {
  id: string;
  tx_id: string;
  case_id: string;
  type: string;
  action: string | null;
  from_status: string | null;
  to_status: string | null;
  holder_id: string | null;
  occurred_at: Date;
}

const BATCH = 500;

/**
 * Fans the new case events out to the endpoints whose unit may read the case (the access policy, as
 * for that unit's API key) and that subscribed to the event's type: one `webhook_delivery` per
 * endpoint and event. Events are the transactional outbox — each commits with its change — and are
 * read in (tx_id, id) order below `pg_snapshot_xmin`, so one committing late is never skipped.
 * Endpoints are locked (SKIP LOCKED): instances share the work, and a unique (endpoint, event)
 * keeps a delivery single.
 */
export async function fanOutWebhooks(rootEm: EntityManager, registry: PluginRegistry, now: Date): Promise<number> {
  return rootEm.fork().transactional(async (em) => {
    const trx = em.getTransactionContext();
    const run = <T extends object[]>(sql: string, params: unknown[] = []) =>
      em.getConnection().execute<T>(sql, params, 'all', trx);
    const endpoints = await run<EndpointRow[]>(
      `select e.id, e.org_unit_id, e.event_types, e.cursor_tx::text as cursor_tx, e.cursor_event_id::text as cursor_event_id,
              u.kind, u.area_code
         from webhook_endpoint e join org_unit u on u.id = e.org_unit_id
        where e.disabled_at is null for update of e skip locked`,
    );
    if (!endpoints.length) return 0;
    const [{ xmin }] = (await run<Array<{ xmin: string }>>(
      'select pg_snapshot_xmin(pg_current_snapshot())::text as xmin',
    )) as [{ xmin: string }];
    let made = 0;
    for (const endpoint of endpoints) {
      const events = await run<EventRow[]>(
        `select id::text, tx_id::text, case_id, type, action, from_status, to_status, holder_id, occurred_at
           from case_event
          where (tx_id, id) > (?::xid8, ?::bigint) and tx_id < ?::xid8
          order by case_event.tx_id, case_event.id limit ${BATCH}`,
        [endpoint.cursor_tx, endpoint.cursor_event_id, xmin],
      );
      const role = apiClientRole(endpoint.kind);
      const principal: Principal = {
        userId: endpoint.id,
        memberships: role
          ? [{ orgUnitId: endpoint.org_unit_id, orgUnitKind: endpoint.kind, areaCode: endpoint.area_code, role }]
          : [],
      };
      const cases = new Map(
        (
          await em.find(Case, { id: { $in: [...new Set(events.map((e) => e.case_id))] } }, { populate: ['holder'] })
        ).map((c) => [c.id, c]),
      );
      for (const e of events) {
        const c = cases.get(e.case_id);
        const type = webhookEventType(e.type);
        if (!c || (endpoint.event_types && !endpoint.event_types.includes(type))) continue;
        if (!canReadCase(principal, accessFacts(c, c.holder.getEntity(), registry, null))) continue;
        const payload: WebhookPayload = {
          type,
          timestamp: new Date(e.occurred_at).toISOString(),
          data: {
            eventId: e.id,
            caseId: c.id,
            caseCode: c.code,
            sectorId: c.sectorId,
            serviceType: c.serviceTypeId,
            eventType: e.type,
            action: e.action,
            fromStatus: e.from_status,
            toStatus: e.to_status,
            status: c.status,
            holderId: e.holder_id,
            outcome: c.outcome,
            occurredAt: new Date(e.occurred_at).toISOString(),
          },
        };
        await run(
          `insert into webhook_delivery (id, endpoint_id, event_id, webhook_id, event_type, payload, next_attempt_at, created_at)
           values (gen_random_uuid(), ?, ?, ?, ?, ?::jsonb, ?, ?)
           on conflict (endpoint_id, event_id) do nothing`,
          [endpoint.id, e.id, `evt_${e.id}`, type, JSON.stringify(payload), now, now],
        );
        made += 1;
      }
      // Past the last event read; with a short batch every event below the horizon is read.
      const last = events.at(-1);
      const [tx, id] = events.length < BATCH || !last ? [xmin, '0'] : [last.tx_id, last.id];
      await run(`update webhook_endpoint set cursor_tx = ?::xid8, cursor_event_id = ?::bigint where id = ?`, [
        tx,
        id,
        endpoint.id,
      ]);
    }
    return made;
  });
}
