import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { RateLimit } from './limits.js';

export interface Hit {
  /** e.g. `login:ip:203.0.113.7`, `login:user:kader.gombang`, `api:user:<uuid>`. */
  bucket: string;
  limit: RateLimit;
  /** How many requests this counts for (a document with 5 aliased `login` fields counts 5). */
  weight: number;
  /** Named for the client in the RateLimit headers (`api` for the general per-user/per-IP quota). */
  policy?: string;
  /**
   * Counted in this instance's memory while the bucket is well below its limit (the general
   * quota): no database round trip for the ordinary request. Guessing limits (login, trackCase)
   * leave it unset and are counted in the database on every hit.
   */
  localFirst?: boolean;
}

/**
 * The share of a local-first limit one instance counts on its own. Past it, every hit of the
 * bucket goes to the database with what this instance counted since, so the instances' sums meet
 * there. With n instances a client may pass its limit by at most (n − 1) × this share before
 * the shared count refuses it; on one instance the limit is exact.
 */
const LOCAL_SHARE = 0.25;

interface LocalCount {
  windowStart: number;
  windowEnd: number;
  /** The total the database returned at this instance's last write to it. */
  known: number;
  /** Hits counted here since that write. */
  unsent: number;
}

/** What is left of a named quota after this request, for the RateLimit and RateLimit-Policy headers. */
export interface Quota {
  policy: string;
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
}

export interface Verdict {
  allowed: boolean;
  /** The bucket that is over its limit. */
  bucket?: string;
  retryAfterSeconds?: number;
  /** The named quota this request counted against (the last named hit), whether allowed or not. */
  quota?: Quota;
}

/**
 * Fixed-window request counters in PostgreSQL (`rate_limit_counter`), so every
 * API instance behind the load balancer counts the same requests. A request that
 * counts against a guessing limit sends one statement that adds all its hits and
 * returns the totals; the general quota (`localFirst`) is counted in memory until a
 * bucket reaches half its limit, then in the database like the others (issue 18:
 * the ordinary request costs no statement for its rate limit).
 */
export class RateLimiter {
  private readonly local = new Map<string, LocalCount>();

  constructor(
    private readonly orm: MikroORM,
    private readonly log: Logger,
    private readonly now: () => Date,
  ) {}

  /** The hits counted here alone, when all of them may be (every bucket below its local share). */
  private countLocally(hits: readonly Hit[], at: number): Verdict | null {
    const counts: LocalCount[] = [];
    for (const hit of hits) {
      if (!hit.localFirst) return null;
      const windowMs = hit.limit.windowSeconds * 1000;
      const windowStart = Math.floor(at / windowMs) * windowMs;
      let count = this.local.get(hit.bucket);
      if (!count || count.windowStart !== windowStart) {
        count = { windowStart, windowEnd: windowStart + windowMs, known: 0, unsent: 0 };
      }
      if (count.known + count.unsent + hit.weight > hit.limit.max * LOCAL_SHARE) return null;
      counts.push(count);
    }
    let quota: Quota | undefined;
    hits.forEach((hit, i) => {
      const count = counts[i]!;
      count.unsent += hit.weight;
      this.local.set(hit.bucket, count);
      if (hit.policy) {
        quota = {
          policy: hit.policy,
          limit: hit.limit.max,
          windowSeconds: hit.limit.windowSeconds,
          remaining: Math.max(0, hit.limit.max - count.known - count.unsent),
          resetSeconds: Math.max(1, Math.ceil((count.windowEnd - at) / 1000)),
        };
      }
    });
    return { allowed: true, quota };
  }

  async hit(hits: readonly Hit[]): Promise<Verdict> {
    if (!hits.length) return { allowed: true };
    const at = this.now().getTime();
    const counted = this.countLocally(hits, at);
    if (counted) return counted;
    const rows = new Map<
      string,
      { bucket: string; window_start: string; hits: number; expires_at: string; hit: Hit }
    >();
    for (const hit of hits) {
      const windowMs = hit.limit.windowSeconds * 1000;
      const start = Math.floor(at / windowMs) * windowMs;
      const bucket = hit.bucket.slice(0, 200);
      const row = rows.get(bucket);
      // What this instance counted alone goes to the database with this hit.
      const pending = hit.localFirst ? this.takeUnsent(hit.bucket, start) : 0;
      if (row) row.hits += hit.weight + pending;
      else
        rows.set(bucket, {
          bucket,
          window_start: new Date(start).toISOString(),
          hits: hit.weight + pending,
          expires_at: new Date(start + windowMs).toISOString(),
          hit,
        });
    }
    let totals: Array<{ bucket: string; hits: number }>;
    try {
      totals = await this.orm.em.getConnection().execute<Array<{ bucket: string; hits: number }>>(
        `insert into rate_limit_counter (bucket, window_start, hits, expires_at)
           select bucket, window_start, hits, expires_at
             from jsonb_to_recordset(?::jsonb) as r(bucket text, window_start timestamptz, hits int, expires_at timestamptz)
         on conflict (bucket, window_start) do update set hits = rate_limit_counter.hits + excluded.hits
         returning bucket, hits`,
        [JSON.stringify([...rows.values()].map(({ hit: _hit, ...row }) => row))],
        'all',
      );
    } catch (error) {
      // The counters are a guard, not a dependency: with the database failing, the request fails on its own.
      this.log.warn({ err: error }, 'rate limiter: counters unavailable, request let through');
      return { allowed: true };
    }
    for (const total of totals) {
      const row = rows.get(total.bucket);
      if (row?.hit.localFirst) {
        const windowStart = Date.parse(row.window_start);
        const windowEnd = Date.parse(row.expires_at);
        const count = this.local.get(row.hit.bucket);
        // Hits counted here while the statement ran stay unsent.
        const unsent = count?.windowStart === windowStart ? count.unsent : 0;
        this.local.set(row.hit.bucket, { windowStart, windowEnd, known: total.hits, unsent });
      }
    }
    const secondsLeft = (expiresAt: string) => Math.max(1, Math.ceil((Date.parse(expiresAt) - at) / 1000));
    let quota: Quota | undefined;
    for (const total of totals) {
      const row = rows.get(total.bucket);
      if (!row?.hit.policy) continue;
      quota = {
        policy: row.hit.policy,
        limit: row.hit.limit.max,
        windowSeconds: row.hit.limit.windowSeconds,
        remaining: Math.max(0, row.hit.limit.max - total.hits),
        resetSeconds: secondsLeft(row.expires_at),
      };
    }
    for (const total of totals) {
      const row = rows.get(total.bucket);
      if (row && total.hits > row.hit.limit.max) {
        return { allowed: false, bucket: row.hit.bucket, retryAfterSeconds: secondsLeft(row.expires_at), quota };
      }
    }
    return { allowed: true, quota };
  }

  /** Takes what this instance counted alone in the bucket's current window (it is about to be sent). */
  private takeUnsent(bucket: string, windowStart: number): number {
    const count = this.local.get(bucket);
    if (!count || count.windowStart !== windowStart) return 0;
    const unsent = count.unsent;
    count.unsent = 0;
    return unsent;
  }

  /**
   * Drops the windows that have ended. The server runs it on a timer (every instance, about once a
   * minute), never inside a request, so a request's statements are the same every time.
   */
  sweep(): void {
    const at = this.now().getTime();
    for (const [bucket, count] of this.local) if (count.windowEnd <= at) this.local.delete(bucket);
    this.orm.em
      .getConnection()
      .execute('delete from rate_limit_counter where expires_at < ?', [this.now().toISOString()])
      .catch((error: unknown) => this.log.warn({ err: error }, 'rate limiter: sweep failed'));
  }
}

/**
 * The IETF httpapi RateLimit headers (draft-ietf-httpapi-ratelimit-headers, structured fields):
 * `RateLimit-Policy: "api";q=600;w=60` (the quota and its window in seconds) and
 * `RateLimit: "api";r=598;t=37` (what remains, and the seconds until the window resets).
 */
export function rateLimitHeaders(quota: Quota | undefined): Record<string, string> {
  if (!quota) return {};
  return {
    'ratelimit-policy': `"${quota.policy}";q=${quota.limit};w=${quota.windowSeconds}`,
    ratelimit: `"${quota.policy}";r=${quota.remaining};t=${quota.resetSeconds}`,
  };
}
