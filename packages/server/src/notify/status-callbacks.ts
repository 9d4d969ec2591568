import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Express } from 'express';
import type { Logger } from 'pino';
import type { DeliveryStatusUpdate, NotificationChannel } from './channel.js';

/** Statuses only move forward (a late `delivered` never hides a `read`); a failure always shows. */
const RANK = `case delivery_status when 'ACCEPTED' then 1 when 'SENT' then 2 when 'DELIVERED' then 3 when 'READ' then 4 else 0 end`;
const RANK_OF: Record<DeliveryStatusUpdate['status'], number> = { SENT: 2, DELIVERED: 3, READ: 4, FAILED: 5 };

/** Records the providers' word on the messages they accepted; a FAILED one is given up and shown to the admin. */
export async function applyDeliveryStatuses(
  em: EntityManager,
  channelId: string,
  updates: readonly DeliveryStatusUpdate[],
  now: Date,
): Promise<number> {
  let changed = 0;
  for (const u of updates) {
    const failed = u.status === 'FAILED';
    const rows = await em.getConnection().execute<Array<{ id: string }>>(
      `update outbox_message set delivery_status = ?, status_at = ?,
          failed_at = case when ? then coalesce(failed_at, ?) else failed_at end,
          last_error = case when ? then ? else last_error end
        where channel = ? and provider_message_id = ? and (? or ${RANK} < ?)
        returning id`,
      [u.status, u.at, failed, now, failed, u.error ?? null, channelId, u.providerMessageId, failed, RANK_OF[u.status]],
    );
    changed += rows.length;
  }
  return changed;
}

/**
 * `/channels/<id>/status` for every channel whose provider reports delivery (WhatsApp's webhook,
 * the SMS gateway's callback): the raw body goes to the channel, which checks the provider's
 * signature and reads the statuses; the answer is the channel's.
 */
export function mountStatusCallbacks(
  app: Express,
  channels: readonly NotificationChannel[],
  rootEm: EntityManager,
  now: () => Date,
  log: Logger,
): void {
  for (const channel of channels) {
    const handle = channel.handleStatusCallback?.bind(channel);
    if (!handle) continue;
    app.all(
      `/channels/${channel.id}/status`,
      express.raw({ type: () => true, limit: '1mb' }),
      async (req, res, next) => {
        try {
          const reply = handle({
            method: req.method,
            headers: Object.fromEntries(
              Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
            ),
            query: Object.fromEntries(
              Object.entries(req.query).map(([k, v]) => [k, typeof v === 'string' ? v : undefined]),
            ),
            rawBody: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
          });
          if (reply.status === 401)
            log.warn({ channel: channel.id, ip: req.ip }, 'status callback with a bad signature refused');
          if (reply.updates.length) await applyDeliveryStatuses(rootEm.fork(), channel.id, reply.updates, now());
          res.status(reply.status).type('text/plain').send(reply.body);
        } catch (error) {
          next(error);
        }
      },
    );
  }
}
