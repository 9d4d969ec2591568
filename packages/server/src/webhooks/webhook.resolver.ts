import { randomBytes } from 'node:crypto';
import { apiClientRole, notFound, validationFailed, type FieldProblem } from '@posyandu-spm/core';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { CASE_EVENT_TYPES } from '../entities/case-event.entity.js';
import { OrgUnit } from '../entities/org-unit.entity.js';
import type { RequestContext } from '../graphql/context.js';
import { inAdminAreas, requireAdmin, unitInAdminArea } from '../security/admin.js';
import { noteOnMutation } from '../security/audit-mutations.js';
import { isUuid } from '../services/ids.js';
import { checkUrlShape, resolveTarget } from './ssrf-guard.js';
import { webhookEventType } from './webhook-fanout.js';
import {
  CreatedWebhookEndpointType,
  WebhookDeliveryStatusEnum,
  WebhookDeliveryType,
  WebhookEndpointType,
  type WebhookDeliveryStatus,
} from './webhook.types.js';

/** The event types an endpoint may subscribe to: `case.registered`, `case.action_taken`, … */
export const WEBHOOK_EVENT_TYPES = CASE_EVENT_TYPES.map(webhookEventType);

interface EndpointRow {
  id: string;
  org_unit_id: string;
  url: string;
  description: string;
  event_types: string[] | null;
  created_at: Date;
  disabled_at: Date | null;
  pending: number;
  dead: number;
}

const ENDPOINTS = `select e.id, e.org_unit_id, e.url, e.description, e.event_types, e.created_at, e.disabled_at,
    (select count(*)::int from webhook_delivery d where d.endpoint_id = e.id and d.delivered_at is null and d.dead_at is null) as pending,
    (select count(*)::int from webhook_delivery d where d.endpoint_id = e.id and d.dead_at is not null) as dead
  from webhook_endpoint e`;

async function toView(ctx: RequestContext, row: EndpointRow): Promise<WebhookEndpointType> {
  return {
    id: row.id,
    orgUnit: await ctx.em.findOneOrFail(OrgUnit, { id: row.org_unit_id }),
    url: row.url,
    description: row.description,
    eventTypes: row.event_types,
    createdAt: new Date(row.created_at),
    disabledAt: row.disabled_at ? new Date(row.disabled_at) : null,
    pendingCount: row.pending,
    deadCount: row.dead,
  };
}

/** The endpoint, if it exists and its unit lies in the admin's area (NOT_FOUND otherwise). */
async function endpointInArea(ctx: RequestContext, id: string): Promise<EndpointRow> {
  const { areaCodes } = requireAdmin(ctx.principal);
  const rows = isUuid(id)
    ? await ctx.em.getConnection().execute<EndpointRow[]>(`${ENDPOINTS} where e.id = ?`, [id])
    : [];
  const row = rows[0];
  const unit = row ? await ctx.em.findOne(OrgUnit, { id: row.org_unit_id }) : null;
  if (!row || !unit || !inAdminAreas(areaCodes, unit.area.code)) {
    throw notFound({ id: 'Webhook', en: 'Webhook endpoint' });
  }
  return row;
}

/** Admins configure where each unit's system is told of its cases' events (signed, retried, logged). */
@Resolver()
export class WebhookResolver {
  @Query(() => [String], { description: 'Admin: the event types an endpoint may subscribe to (case.registered, …)' })
  webhookEventTypes(@Ctx() ctx: RequestContext): string[] {
    requireAdmin(ctx.principal);
    return [...WEBHOOK_EVENT_TYPES];
  }

  @Query(() => [WebhookEndpointType], { description: 'Admin: webhook endpoints of the units in your area' })
  async webhookEndpoints(@Ctx() ctx: RequestContext): Promise<WebhookEndpointType[]> {
    const { areaCodes } = requireAdmin(ctx.principal);
    const rows = await ctx.em.getConnection().execute<EndpointRow[]>(`${ENDPOINTS} order by e.created_at, e.id`);
    const views = await Promise.all(rows.map((r) => toView(ctx, r)));
    return views.filter((v) => inAdminAreas(areaCodes, v.orgUnit.area.code));
  }

  @Mutation(() => CreatedWebhookEndpointType, {
    description:
      'Admin: tell a unit’s system of the events of the cases it reaches (as its API key). The URL must not reach a private, loopback or link-local address (WEBHOOK_TARGET_REFUSED). The signing secret is returned once',
  })
  async createWebhookEndpoint(
    @Arg('orgUnitId', () => ID) orgUnitId: string,
    @Arg('url', () => String) url: string,
    @Arg('description', () => String) description: string,
    @Ctx() ctx: RequestContext,
    @Arg('eventTypes', () => [String], { nullable: true }) eventTypes?: string[] | null,
  ): Promise<CreatedWebhookEndpointType> {
    const { principal, areaCodes } = requireAdmin(ctx.principal);
    const unit = await unitInAdminArea(ctx.em, areaCodes, orgUnitId);
    const problems: FieldProblem[] = [];
    const text = description.trim();
    if (text.length < 3 || text.length > 200) {
      problems.push({
        field: 'description',
        message: { id: 'Keterangan harus 3–200 karakter.', en: 'The description must be 3 to 200 characters.' },
      });
    }
    if (url.length > 2000) {
      problems.push({ field: 'url', message: { id: 'Alamat terlalu panjang.', en: 'The URL is too long.' } });
    }
    const types = eventTypes ? [...new Set(eventTypes)] : null;
    if (types && (!types.length || types.some((t) => !WEBHOOK_EVENT_TYPES.includes(t)))) {
      problems.push({
        field: 'eventTypes',
        message: {
          id: `Jenis peristiwa yang dikenal: ${WEBHOOK_EVENT_TYPES.join(', ')}.`,
          en: `Known event types: ${WEBHOOK_EVENT_TYPES.join(', ')}.`,
        },
      });
    }
    if (!apiClientRole(unit.kind)) {
      problems.push({
        field: 'orgUnitId',
        message: {
          id: 'Webhook hanya untuk unit yang boleh memiliki kunci API (OPD, kepolisian, Puskesmas, Pustu, Posyandu).',
          en: 'Webhooks are only for units that may hold API keys (OPD, police, Puskesmas, Pustu, Posyandu).',
        },
      });
    }
    if (problems.length) throw validationFailed(problems);
    // The address is checked now (and again before every delivery, as DNS may change).
    await resolveTarget(checkUrlShape(url), { allowPrivate: ctx.integrations?.allowPrivateWebhookTargets ?? false });
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const [row] = await ctx.em.getConnection().execute<Array<{ id: string }>>(
      `insert into webhook_endpoint (id, org_unit_id, url, description, event_types, secret, created_by_id, created_at)
       values (gen_random_uuid(), ?, ?, ?, ?::text[], ?, ?, ?) returning id`,
      [unit.id, url, text, types ? `{${types.join(',')}}` : null, secret, principal.userId, ctx.now()],
    );
    noteOnMutation({ webhookEndpointId: row?.id });
    return { endpoint: await toView(ctx, await endpointInArea(ctx, row?.id as string)), secret };
  }

  @Mutation(() => WebhookEndpointType, { description: 'Admin: stop announcing to an endpoint (its log is kept)' })
  async disableWebhookEndpoint(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookEndpointType> {
    const row = await endpointInArea(ctx, id);
    await ctx.em
      .getConnection()
      .execute('update webhook_endpoint set disabled_at = coalesce(disabled_at, ?) where id = ?', [ctx.now(), row.id]);
    return toView(ctx, await endpointInArea(ctx, id));
  }

  @Query(() => [WebhookDeliveryType], {
    description: 'Admin: the delivery log of an endpoint, newest first, each with its attempts',
  })
  async webhookDeliveries(
    @Arg('endpointId', () => ID) endpointId: string,
    @Ctx() ctx: RequestContext,
    @Arg('status', () => WebhookDeliveryStatusEnum, { nullable: true }) status?: WebhookDeliveryStatus,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
  ): Promise<WebhookDeliveryType[]> {
    const endpoint = await endpointInArea(ctx, endpointId);
    const where = {
      PENDING: 'and d.delivered_at is null and d.dead_at is null',
      DELIVERED: 'and d.delivered_at is not null',
      DEAD: 'and d.dead_at is not null',
    }[status ?? 'PENDING'];
    return loadDeliveries(
      ctx,
      `d.endpoint_id = ? ${status ? where : ''}`,
      [endpoint.id],
      Math.min(Math.max(first, 1), 200),
    );
  }

  @Mutation(() => WebhookDeliveryType, {
    description: 'Admin: send a dead letter again (the same webhook-id), retried for another day',
  })
  async replayWebhookDelivery(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WebhookDeliveryType> {
    requireAdmin(ctx.principal);
    const rows = isUuid(id)
      ? await ctx.em
          .getConnection()
          .execute<Array<{ endpoint_id: string; dead_at: Date | null }>>(
            'select endpoint_id, dead_at from webhook_delivery where id = ?',
            [id],
          )
      : [];
    const found = rows[0];
    if (!found) throw notFound({ id: 'Pengiriman webhook', en: 'Webhook delivery' });
    await endpointInArea(ctx, found.endpoint_id);
    if (!found.dead_at) {
      throw validationFailed([
        {
          field: 'id',
          message: {
            id: 'Hanya pengiriman yang gagal total (DEAD) yang dapat dikirim ulang.',
            en: 'Only a dead delivery can be replayed.',
          },
        },
      ]);
    }
    const now = ctx.now();
    await ctx.em
      .getConnection()
      .execute(
        'update webhook_delivery set dead_at = null, next_attempt_at = ?, created_at = ?, locked_until = null where id = ?',
        [now, now, id],
      );
    return (await loadDeliveries(ctx, 'd.id = ?', [id], 1))[0] as WebhookDeliveryType;
  }
}

interface DeliveryRow {
  id: string;
  webhook_id: string;
  event_type: string;
  attempts: number;
  created_at: Date;
  next_attempt_at: Date;
  delivered_at: Date | null;
  dead_at: Date | null;
  last_status: number | null;
  last_error: string | null;
  log: Array<{ attemptedAt: string; status: number | null; error: string | null; durationMs: number }>;
}

async function loadDeliveries(
  ctx: RequestContext,
  where: string,
  params: unknown[],
  limit: number,
): Promise<WebhookDeliveryType[]> {
  const rows = await ctx.em.getConnection().execute<DeliveryRow[]>(
    `select d.*, coalesce((select json_agg(json_build_object('attemptedAt', a.attempted_at, 'status', a.status,
        'error', a.error, 'durationMs', a.duration_ms) order by a.id) from webhook_attempt a where a.delivery_id = d.id), '[]') as log
       from webhook_delivery d where ${where} order by d.created_at desc, d.event_id desc limit ${limit}`,
    params,
  );
  return rows.map((r) => ({
    id: r.id,
    webhookId: r.webhook_id,
    eventType: r.event_type,
    status: r.delivered_at ? 'DELIVERED' : r.dead_at ? 'DEAD' : 'PENDING',
    attempts: r.attempts,
    createdAt: new Date(r.created_at),
    nextAttemptAt: r.delivered_at || r.dead_at ? null : new Date(r.next_attempt_at),
    deliveredAt: r.delivered_at ? new Date(r.delivered_at) : null,
    deadAt: r.dead_at ? new Date(r.dead_at) : null,
    lastStatus: r.last_status,
    lastError: r.last_error,
    attemptLog: r.log.map((a) => ({ ...a, attemptedAt: new Date(a.attemptedAt) })),
  }));
}
