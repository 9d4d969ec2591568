import { EventEmitter } from 'node:events';
import { DomainError, type CaseAccessFacts, type PluginRegistry } from '@posyandu-spm/core';
import pg from 'pg';
import type { Logger } from 'pino';
import { START, comparePositions, type EventPosition } from './event-cursor.js';
import { LiveTrace, now } from './live-trace.js';

/** A committed case event with what the access policy needs to know of its case now. */
export interface FeedEvent {
  position: EventPosition;
  caseId: string;
  sectorId: string;
  type: string;
  occurredAt: Date;
  access: CaseAccessFacts;
  /** Users who got an in-app notification for this event (same transaction). */
  notifiedUserIds: string[];
}

const CHANNEL = 'case_events';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Default replay window of `caseEvents(after:)` and `notificationAdded(after:)`. */
export const DEFAULT_REPLAY_DAYS = 30;

const COLUMNS = `e.id::text as id, e.tx_id::text as tx_id, e.case_id, e.type, e.occurred_at,
         c.sector_id, c.service_type_id, c.area_code, c.origin_unit_id, c.holder_id, c.held_by_unit_ids,
         c.confidential_reporter, h.ancestor_ids,
         array(select n.user_id from notification n where n.event_id = e.id) as notified_user_ids`;

/**
 * The horizon below which every committed event is final: the oldest transaction still running
 * (at the statement's snapshot) that may write to this database's `case_event`, or the snapshot's
 * xmax when there is none. Events are read in (tx_id, id) order, so an event of a later transaction
 * waits until every older one of this database has ended; a transaction of another database on the
 * same cluster (another application's, or another test's) cannot write here and is not waited for —
 * `pg_snapshot_xmin` alone would wait for it too. A running transaction is known to belong to another
 * database only when `pg_stat_activity` shows its backend there (superuser or `pg_read_all_stats`, or
 * the same role); one that is not shown (finished since, a prepared transaction, another role's
 * session) counts as this database's: never early, at worst as before.
 */
const HORIZON = `(select coalesce(min(x), pg_snapshot_xmax(pg_current_snapshot()))
    from pg_snapshot_xip(pg_current_snapshot()) x
    where not exists (select 1 from pg_stat_activity a
      where a.backend_xid = xid(x) and a.datid <> (select oid from pg_database where datname = current_database())))`;

const FROM = `
  from case_event e
  join spm_case c on c.id = e.case_id
  join org_unit h on h.id = c.holder_id
  where (e.tx_id, e.id) > ($1::text::xid8, $2::bigint)
    and e.tx_id < (select horizon from horizon)`;
const SELECT = `with horizon as materialized (select ${HORIZON} as horizon)
  select ${COLUMNS} ${FROM} order by e.tx_id, e.id limit $3`;

/**
 * The live head's read: the same rows, and whether committed events after the head are held back
 * because an older transaction of this database is still running. Their own NOTIFY came and went;
 * when the older transaction ends it may send none (it wrote no event), so the feed reads again soon
 * instead of waiting for the poll. One statement, one round trip.
 */
const LIVE_SELECT = `with horizon as materialized (select ${HORIZON} as horizon)
  select held.back as held_back, r.* from (
    select exists(select 1 from case_event
      where (tx_id, id) > ($1::text::xid8, $2::bigint) and tx_id >= (select horizon from horizon)) as back
  ) held left join lateral (
    select ${COLUMNS}, e.tx_id as tx_order, e.id as id_order ${FROM} order by e.tx_id, e.id limit $3
  ) r on true
  order by r.tx_order, r.id_order`;

/** Re-reads while events are held back: 2 ms, then ×1.5 up to 100 ms (a long transaction elsewhere). */
const HELD_BACK_FIRST_MS = 2;
const HELD_BACK_MAX_MS = 100;

interface Row {
  id: string;
  tx_id: string;
  case_id: string;
  type: string;
  occurred_at: Date;
  sector_id: string;
  service_type_id: string;
  area_code: string;
  origin_unit_id: string;
  holder_id: string;
  held_by_unit_ids: string[];
  confidential_reporter: boolean;
  ancestor_ids: string[];
  notified_user_ids: string[];
}

function toEvent(r: Row, registry: PluginRegistry): FeedEvent {
  return {
    position: { txId: r.tx_id, id: r.id },
    caseId: r.case_id,
    sectorId: r.sector_id,
    type: r.type,
    occurredAt: r.occurred_at,
    access: {
      areaCode: r.area_code,
      originUnitId: r.origin_unit_id,
      holderUnitId: r.holder_id,
      holderChain: [r.holder_id, ...r.ancestor_ids],
      heldByUnitIds: r.held_by_unit_ids,
      confidentialReporter: r.confidential_reporter,
      areaReaders: registry.areaReaders(r.sector_id, r.service_type_id),
    },
    notifiedUserIds: r.notified_user_ids,
  };
}

/**
 * The stream of committed case events for one server instance. A trigger
 * NOTIFYs `case_events` when a transaction that wrote events commits (on any
 * instance); the feed then reads the new rows from the table — NOTIFY is only a
 * wake-up, so a missed one costs at most `pollMs` of delay, never an event.
 */
export class EventFeed {
  private readonly emitter = new EventEmitter();
  private listener: pg.Client | null = null;
  private head: EventPosition = START;
  private reading: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** LIVE_TRACE_FILE: where each event's time goes (the bench's breakdown); null in production. */
  readonly trace = LiveTrace.fromEnv();
  private firstNotified: number | null = null;
  private emptyReads = 0;
  private heldBackDelay = 0;
  private heldBackTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private readonly log: Logger,
    private readonly options: {
      registry: PluginRegistry;
      pollMs?: number;
      replayDays?: number;
      /** Called once per event handed to one subscriber (the metrics count them). */
      onDelivered?: () => void;
    },
  ) {
    this.emitter.setMaxListeners(0);
  }

  async start(): Promise<void> {
    const latest = await this.pool.query<{ tx_id: string; id: string }>(
      // Qualified: an unqualified ORDER BY name means the text alias, and '999' sorts after '1000'.
      `select tx_id::text as tx_id, id::text as id from case_event
       where tx_id < pg_snapshot_xmin(pg_current_snapshot())
       order by case_event.tx_id desc, case_event.id desc limit 1`,
    );
    this.head = latest.rows[0] ? { txId: latest.rows[0].tx_id, id: latest.rows[0].id } : START;
    await this.listen();
    this.timer = setInterval(() => this.wake(), this.options.pollMs ?? 2000);
    this.timer.unref();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client(this.pool.options);
    client.on('notification', () => {
      if (this.trace) this.firstNotified ??= now();
      this.wake();
    });
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'event feed: LISTEN connection lost; reconnecting');
      this.listener = null;
      if (!this.closed) this.relisten();
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    this.listener = client;
    this.wake();
  }

  /** Listens again after a lost connection, every second until the database answers (polling covers the gap). */
  private relisten(): void {
    setTimeout(() => {
      if (this.closed) return;
      this.listen().catch(() => this.relisten());
    }, 1000).unref();
  }

  /** How many subscribers receive live batches right now. */
  get subscribers(): number {
    return this.emitter.listenerCount('events');
  }

  /** Counts one event handed to one subscriber. */
  delivered(): void {
    this.options.onDelivered?.();
  }

  /** Reads what committed since the head and hands it to the subscribers, in order. */
  wake(): void {
    if (this.closed) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.drain()
      .catch((error: unknown) => this.log.warn({ err: error }, 'event feed: read failed; will retry'))
      .finally(() => {
        this.reading = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const readStart = this.trace ? now() : 0;
      const { batch, heldBack } = await this.readLive(this.head, 500);
      if (this.trace) this.traceRead(batch, readStart);
      if (batch.length) {
        this.head = (batch.at(-1) as FeedEvent).position;
        this.emitter.emit('events', batch);
      }
      if (batch.length < 500) {
        if (heldBack) this.retryHeldBack();
        else this.heldBackDelay = 0;
        return;
      }
    }
  }

  /** Reads again shortly: what is held back is released when the older transaction ends. */
  private retryHeldBack(): void {
    if (this.heldBackTimer || this.closed) return;
    this.heldBackDelay = this.heldBackDelay ? Math.min(HELD_BACK_MAX_MS, this.heldBackDelay * 1.5) : HELD_BACK_FIRST_MS;
    this.heldBackTimer = setTimeout(() => {
      this.heldBackTimer = null;
      this.wake();
    }, this.heldBackDelay);
    this.heldBackTimer.unref();
  }

  private async readLive(position: EventPosition, limit: number): Promise<{ batch: FeedEvent[]; heldBack: boolean }> {
    const res = await this.pool.query<Row & { held_back: boolean }>(LIVE_SELECT, [position.txId, position.id, limit]);
    const rows = res.rows.filter((r) => r.id !== null);
    return {
      batch: rows.map((r) => toEvent(r, this.options.registry)),
      heldBack: res.rows[0]?.held_back ?? false,
    };
  }

  private traceRead(batch: readonly FeedEvent[], readStart: number): void {
    if (!batch.length) {
      this.emptyReads += 1;
      return;
    }
    const readEnd = now();
    for (const e of batch) {
      this.trace?.begin({
        id: e.position.id,
        occurredAt: e.occurredAt.getTime(),
        notified: this.firstNotified,
        emptyReads: this.emptyReads,
        readStart,
        readEnd,
      });
    }
    this.firstNotified = null;
    this.emptyReads = 0;
  }

  /** Committed events after `position`, oldest first (for replays and the live head). */
  async readAfter(position: EventPosition, limit: number): Promise<FeedEvent[]> {
    const res = await this.pool.query<Row>(SELECT, [position.txId, position.id, limit]);
    return res.rows.map((r) => toEvent(r, this.options.registry));
  }

  /** How far back a subscriber may resume from a cursor. */
  get replayDays(): number {
    return this.options.replayDays ?? DEFAULT_REPLAY_DAYS;
  }

  /**
   * Refuses a cursor the feed will not replay from: one whose event is older than
   * the replay window (at `now`), or that names no event of this system. The
   * client should refetch its lists and subscribe again without `after`.
   */
  async assertReplayable(position: EventPosition, now: Date): Promise<void> {
    const res = await this.pool.query<{ occurred_at: Date }>(
      'select occurred_at from case_event where id = $1::bigint and tx_id = $2::text::xid8',
      [position.id, position.txId],
    );
    const occurredAt = res.rows[0]?.occurred_at;
    if (occurredAt && now.getTime() - occurredAt.getTime() <= this.replayDays * DAY_MS) return;
    throw new DomainError(
      'CURSOR_EXPIRED',
      {
        id:
          `Kursor ini sudah kedaluwarsa (lebih dari ${this.replayDays} hari) atau tidak dikenal. ` +
          'Muat ulang daftar kasus, lalu berlangganan lagi tanpa `after`.',
        en:
          `This cursor has expired (older than ${this.replayDays} days) or is unknown. ` +
          'Refetch the case lists, then subscribe again without `after`.',
      },
      { details: { replayDays: this.replayDays } },
    );
  }

  get position(): EventPosition {
    return this.head;
  }

  /** Live batches from now on; returns the unsubscribe function. */
  onEvents(listener: (events: FeedEvent[]) => void): () => void {
    this.emitter.on('events', listener);
    return () => this.emitter.off('events', listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.heldBackTimer) clearTimeout(this.heldBackTimer);
    await this.reading;
    await this.listener?.end().catch(() => undefined);
  }
}

/**
 * Every event after `after` visible to `accept`, then live ones: no gap, no
 * duplicate. Live batches are buffered from the moment of subscribing while the
 * replay reads the table, and delivered only past the last replayed position.
 */
export async function* eventsFrom(
  feed: EventFeed,
  after: EventPosition | null,
  accept: (event: FeedEvent) => boolean,
  signal: AbortSignal,
): AsyncGenerator<FeedEvent> {
  const buffer: FeedEvent[] = [];
  let notify: (() => void) | null = null;
  const unsubscribe = feed.onEvents((events) => {
    buffer.push(...events);
    notify?.();
  });
  const aborted = new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
  try {
    let last = after ?? feed.position;
    if (after) {
      const target = feed.position;
      for (;;) {
        const batch = await feed.readAfter(last, 500);
        for (const event of batch) {
          last = event.position;
          if (accept(event)) {
            feed.delivered();
            yield event;
          }
        }
        if (batch.length < 500 && comparePositions(last, target) >= 0) break;
        if (!batch.length) break;
      }
    }
    while (!signal.aborted) {
      while (buffer.length) {
        const event = buffer.shift() as FeedEvent;
        if (comparePositions(event.position, last) <= 0) continue;
        last = event.position;
        if (accept(event)) {
          feed.delivered();
          yield event;
        }
      }
      await Promise.race([new Promise<void>((resolve) => (notify = resolve)), aborted]);
      notify = null;
    }
  } finally {
    unsubscribe();
  }
}
