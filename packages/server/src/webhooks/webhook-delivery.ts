import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { sendWebhook } from './webhook-sender.js';
import type { TargetPolicy } from './ssrf-guard.js';

export interface WebhookRun {
  fannedOut: number;
  delivered: number;
  failed: number;
  dead: number;
}

/** Retries go on for a day after the first try; then the delivery is a dead letter the admin can replay. */
export const RETRY_WINDOW_MS = 24 * 60 * 60_000;
const CLAIM_MS = 2 * 60_000;
const BASE_MS = 30_000;
const MAX_BACKOFF_MS = 2 * 60 * 60_000;

/**
 * Exponential backoff with jitter after the `attempts`-th failure: 30 s, 1, 2, 4 … minutes, at most
 * 2 hours, each between half and all of that (so many receivers failing together do not retry in step).
 */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const full = Math.min(BASE_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
  return Math.round(full / 2 + random() * (full / 2));
}

interface DueRow {
  id: string;
  url: string;
  secret: string;
  webhook_id: string;
  payload: unknown;
  attempts: number;
  created_at: Date;
}

/**
 * Sends the due deliveries: claimed with SKIP LOCKED (then `locked_until`) so instances never send one
 * twice at once; each attempt is logged; 2xx marks it delivered; a failure backs off, and after a day
 * of failures the delivery is dead (kept, with its log, for the admin's replay). At-least-once: a
 * receiver deduplicates by `webhook-id`, which stays the same on every retry and replay.
 */
export async function deliverDueWebhooks(
  rootEm: EntityManager,
  now: Date,
  policy: TargetPolicy,
  log: Logger,
): Promise<Omit<WebhookRun, 'fannedOut'>> {
  const run = { delivered: 0, failed: 0, dead: 0 };
  const em = rootEm.fork();
  const conn = em.getConnection();
  const due = await conn.execute<DueRow[]>(
    `update webhook_delivery d set locked_until = ?
       from webhook_endpoint e
      where e.id = d.endpoint_id and d.id in (
        select id from webhook_delivery
         where delivered_at is null and dead_at is null and next_attempt_at <= ?
           and (locked_until is null or locked_until < ?)
         order by next_attempt_at, event_id limit 50 for update skip locked)
      returning d.id, e.url, e.secret, d.webhook_id, d.payload, d.attempts, d.created_at`,
    [new Date(now.getTime() + CLAIM_MS), now, now],
  );
  for (const d of due.sort((a, b) => a.webhook_id.localeCompare(b.webhook_id, 'en', { numeric: true }))) {
    const body = JSON.stringify(d.payload);
    const result = await sendWebhook(d.url, d.secret, d.webhook_id, body, policy);
    await conn.execute(
      'insert into webhook_attempt (delivery_id, attempted_at, status, error, duration_ms) values (?, ?, ?, ?, ?)',
      [d.id, now, result.status, result.error, result.durationMs],
    );
    const attempts = d.attempts + 1;
    if (!result.error) {
      await conn.execute(
        `update webhook_delivery set delivered_at = ?, attempts = ?, last_status = ?, last_error = null,
           locked_until = null where id = ?`,
        [now, attempts, result.status, d.id],
      );
      run.delivered += 1;
      continue;
    }
    const giveUp = now.getTime() - new Date(d.created_at).getTime() >= RETRY_WINDOW_MS;
    await conn.execute(
      `update webhook_delivery set attempts = ?, last_status = ?, last_error = ?, locked_until = null,
         next_attempt_at = ?, dead_at = ? where id = ?`,
      [attempts, result.status, result.error, new Date(now.getTime() + backoffMs(attempts)), giveUp ? now : null, d.id],
    );
    if (giveUp) run.dead += 1;
    else run.failed += 1;
    log.warn(
      { deliveryId: d.id, webhookId: d.webhook_id, attempts, status: result.status, error: result.error, dead: giveUp },
      giveUp ? 'webhook: gave up after a day; dead letter' : 'webhook: delivery failed; will retry',
    );
  }
  return run;
}
