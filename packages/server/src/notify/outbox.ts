import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { OutboxMessage } from '../entities/outbox-message.entity.js';
import type { NotificationChannel } from './channel.js';

const CLAIM_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

export interface OutboxRun {
  sent: number;
  failed: number;
}

/**
 * Sends what is due. Messages are claimed (FOR UPDATE SKIP LOCKED, then
 * `locked_until`) so instances share the work without sending one twice; a
 * failure is recorded and retried with backoff (1, 2, 4 … 60 minutes).
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
       where sent_at is null and deliver_after <= ? and (locked_until is null or locked_until < ?) and channel in (?)
       order by deliver_after limit 50 for update skip locked`,
      [now, now, [...channels.keys()]],
      'all',
      em.getTransactionContext(),
    );
    const messages = await em.find(OutboxMessage, { id: { $in: rows.map((r) => r.id) } });
    for (const m of messages) m.lockedUntil = new Date(now.getTime() + CLAIM_MS);
    return messages.map((m) => m.id);
  });
  for (const id of claimed) {
    const em = rootEm.fork();
    const message = await em.findOneOrFail(OutboxMessage, { id });
    const channel = channels.get(message.channel) as NotificationChannel;
    try {
      await channel.send(message);
      message.sentAt = now;
      message.lockedUntil = null;
      run.sent += 1;
    } catch (error) {
      message.attempts += 1;
      message.lastError = error instanceof Error ? error.message.slice(0, 1000) : String(error);
      message.deliverAfter = new Date(now.getTime() + Math.min(60_000 * 2 ** (message.attempts - 1), MAX_BACKOFF_MS));
      message.lockedUntil = null;
      run.failed += 1;
      log.warn(
        { outboxId: id, channel: message.channel, attempts: message.attempts, err: error },
        'outbox: send failed; will retry',
      );
    }
    await em.flush();
  }
  return run;
}
