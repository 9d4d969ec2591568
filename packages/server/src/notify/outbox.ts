import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { OutboxMessage } from '../entities/outbox-message.entity.js';
import { ChannelError, type NotificationChannel } from './channel.js';

const CLAIM_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;
/** Attempts before a message is given up and shown to the admin: 1, 2, 4 … 60 minutes apart, about 4 hours. */
export const OUTBOX_MAX_ATTEMPTS = 10;

export interface OutboxRun {
  sent: number;
  failed: number;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 1000);
}

/**
 * Sends what is due. Messages are claimed (FOR UPDATE SKIP LOCKED, then
 * `locked_until`) so instances share the work without sending one twice; a
 * failure is recorded and retried with backoff (1, 2, 4 … 60 minutes). After
 * OUTBOX_MAX_ATTEMPTS, or at once when the provider refuses it for good (a
 * permanent ChannelError), the message is given up (`failed_at`): the admin sees
 * it with its reason and may send it again.
 */
export async function deliverOutbox(
  rootEm: EntityManager,
  channels: ReadonlyMap<string, NotificationChannel>,
  now: Date,
  log: Logger,
): Promise<OutboxRun> {
  const run: OutboxRun = { sent: 0, failed: 0 };
  if (!channels.size) return run;
  const claimed = await rootEm.fork().transactional(async (em) => {
    const rows = await em.getConnection().execute<Array<{ id: string }>>(
      `select id from outbox_message
       where sent_at is null and failed_at is null and deliver_after <= ?
         and (locked_until is null or locked_until < ?) and channel in (?)
       order by deliver_after, created_at, event_id nulls first, id limit 50 for update skip locked`,
      [now, now, [...channels.keys()]],
      'all',
      em.getTransactionContext(),
    );
    const messages = await em.find(OutboxMessage, { id: { $in: rows.map((r) => r.id) } });
    for (const m of messages) m.lockedUntil = new Date(now.getTime() + CLAIM_MS);
    // In the claim's order: a citizen reads the receipt before the first status change.
    return rows.map((r) => r.id);
  });
  for (const id of claimed) {
    const em = rootEm.fork();
    const message = await em.findOneOrFail(OutboxMessage, { id });
    const channel = channels.get(message.channel) as NotificationChannel;
    try {
      const receipt = await channel.send({
        id: message.id,
        recipient: message.recipient,
        subject: message.subject,
        body: message.body,
        template: message.template,
      });
      message.sentAt = now;
      message.lockedUntil = null;
      message.attempts += 1;
      if (receipt?.providerMessageId) {
        message.providerMessageId = receipt.providerMessageId;
        message.deliveryStatus = 'ACCEPTED';
        message.statusAt = now;
      }
      run.sent += 1;
    } catch (error) {
      message.attempts += 1;
      message.lastError = describe(error);
      message.deliverAfter = new Date(now.getTime() + Math.min(60_000 * 2 ** (message.attempts - 1), MAX_BACKOFF_MS));
      message.lockedUntil = null;
      const permanent = error instanceof ChannelError && error.permanent;
      if (permanent || message.attempts >= OUTBOX_MAX_ATTEMPTS) message.failedAt = now;
      run.failed += 1;
      log.warn(
        {
          outboxId: id,
          channel: message.channel,
          attempts: message.attempts,
          givenUp: Boolean(message.failedAt),
          err: error,
        },
        message.failedAt ? 'outbox: send failed; given up, shown to the admin' : 'outbox: send failed; will retry',
      );
    }
    await em.flush();
  }
  return run;
}
