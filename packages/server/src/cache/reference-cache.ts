import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from 'pino';

/** The channel the `spm_reference_changed` triggers notify (migration 20261207061800). */
export const REFERENCE_CHANNEL = 'spm_reference_cache';

/** A safety net only: every change is announced, so an entry normally lives until it changes. */
const TTL_MS = 5 * 60_000;
/** Bounds the memory of one instance (sessions are the many entries). */
const MAX_ENTRIES = 50_000;

interface Entry {
  value: Promise<unknown>;
  at: number;
  /** The user a session entry belongs to (`user:<id>` changes drop it). */
  userId?: string;
}

/** What a change names, as the triggers and the local hooks say it. */
export type ReferenceChange = `session:${string}` | `user:${string}` | 'org_unit' | 'calendar' | 'area';

/** Entities whose changes a local flush announces at once (the trigger's NOTIFY follows at commit). */
const ENTITY_CHANGES: Record<string, (entity: Record<string, unknown>) => ReferenceChange> = {
  AuthSession: (e) => `session:${String(e.id)}`,
  User: (e) => `user:${String(e.id)}`,
  Membership: (e) => `user:${idOf(e.user)}`,
  OrgUnit: () => 'org_unit',
  Holiday: () => 'calendar',
  CalendarYear: () => 'calendar',
  CalendarSetting: () => 'calendar',
  Area: () => 'area',
};

function idOf(ref: unknown): string {
  if (ref && typeof ref === 'object' && 'id' in ref) return String((ref as { id: unknown }).id);
  return String(ref);
}

const byConfig = new WeakMap<object, ReferenceCache>();

/**
 * What almost every request reads and almost nothing changes — a login session with its
 * memberships, the working-day calendar (holidays, loaded years, cuti bersama choices), the
 * area table's answers — kept in this instance's memory (issue 18, item 2).
 *
 * Correct across instances: triggers on those tables `pg_notify` the change (delivered when the
 * writer commits) and every instance LISTENs and drops what changed; a change made through this
 * instance is also dropped at once, at flush (the ORM hook) or by the writer (`changed`), so the
 * next request here never sees the old value. While the LISTEN connection is down nothing is
 * cached (every read goes to the database) and everything is dropped when it comes back, so a
 * notification missed in between cannot leave a stale entry.
 */
export class ReferenceCache {
  private readonly entries = new Map<string, Entry>();
  private client: pg.Client | null = null;
  private live = false;
  private closed = false;
  private retry: NodeJS.Timeout | null = null;
  readonly stats = { hits: 0, misses: 0, dropped: 0 };

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
  ) {}

  /** Hooks the cache to an ORM: `ReferenceCache.of(em)` finds it from any fork; local flushes invalidate. */
  attach(orm: MikroORM): this {
    byConfig.set(orm.config, this);
    orm.em.getEventManager().registerSubscriber(flushSubscriber());
    return this;
  }

  /** The cache of the instance an EntityManager belongs to (none in tools and jobs without a server). */
  static of(em: EntityManager): ReferenceCache | undefined {
    return byConfig.get(em.config);
  }

  async start(): Promise<void> {
    if (this.closed || this.client) return;
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'psp-reference-cache' });
    client.on('notification', (n) => this.changed((n.payload ?? '') as ReferenceChange));
    client.on('error', (error) => {
      this.log.warn({ err: error }, 'reference cache: listen connection lost; reading through until it is back');
      this.goDark();
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    });
    try {
      await client.connect();
      await client.query(`listen ${REFERENCE_CHANNEL}`);
    } catch (error) {
      this.log.warn({ err: error }, 'reference cache: cannot listen; reading through');
      await client.end().catch(() => undefined);
      this.scheduleReconnect();
      return;
    }
    this.client = client;
    // Whatever was announced while nobody listened is unknown: start empty.
    this.entries.clear();
    this.live = true;
  }

  private goDark(): void {
    this.live = false;
    this.client = null;
    this.entries.clear();
  }

  private scheduleReconnect(): void {
    if (this.closed || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().catch(() => undefined);
    }, 1000);
    this.retry.unref();
  }

  /**
   * The cached value of `key`, or `load()` kept for the next caller. Concurrent callers share one
   * load; a change announced while it runs drops it, so a value read before a change is not kept.
   */
  get<T>(key: string, load: () => Promise<T>, userId?: string): Promise<T> {
    if (!this.live) return load();
    const entry = this.entries.get(key);
    const now = Date.now();
    if (entry && now - entry.at < TTL_MS) {
      this.stats.hits += 1;
      return entry.value as Promise<T>;
    }
    this.stats.misses += 1;
    if (this.entries.size >= MAX_ENTRIES) {
      // Oldest first: Map keeps insertion order.
      for (const k of [...this.entries.keys()].slice(0, MAX_ENTRIES / 10)) this.entries.delete(k);
    }
    const value = load();
    const fresh: Entry = { value, at: now, ...(userId ? { userId } : {}) };
    this.entries.set(key, fresh);
    value.catch(() => {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
    });
    return value;
  }

  /** Forgets one key (e.g. a session whose token is newer than the kept row). */
  forget(key: string): void {
    this.entries.delete(key);
  }

  /** Drops what a change touches (from a notification, a local flush or a writer). */
  changed(change: ReferenceChange): void {
    this.stats.dropped += 1;
    if (change === 'org_unit') {
      // Memberships carry their unit's kind and area.
      this.dropWhere((key) => key.startsWith('session:'));
    } else if (change === 'calendar') {
      this.entries.delete('calendar');
    } else if (change === 'area') {
      this.dropWhere((key) => key.startsWith('area'));
    } else if (change.startsWith('session:')) {
      this.entries.delete(change);
    } else if (change.startsWith('user:')) {
      const userId = change.slice('user:'.length);
      this.dropWhere((_key, entry) => entry.userId === userId);
    } else {
      // Unknown payload (a newer release's trigger): drop everything rather than guess.
      this.entries.clear();
    }
  }

  private dropWhere(test: (key: string, entry: Entry) => boolean): void {
    for (const [key, entry] of this.entries) if (test(key, entry)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.live = false;
    this.entries.clear();
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}

/** Drops, at flush, what the flushed entities change (this instance; others hear the trigger). */
function flushSubscriber(): EventSubscriber {
  return {
    afterFlush(args: FlushEventArgs) {
      const cache = ReferenceCache.of(args.em as EntityManager);
      if (!cache) return;
      for (const cs of args.uow.getChangeSets()) {
        const change = ENTITY_CHANGES[cs.name];
        if (change) cache.changed(change({ ...(cs.originalEntity ?? {}), ...(cs.entity as object) }));
      }
    },
  };
}

/** Announces a change made with plain SQL through this instance (others hear the trigger). */
export function referenceChanged(em: EntityManager, change: ReferenceChange): void {
  ReferenceCache.of(em)?.changed(change);
}
