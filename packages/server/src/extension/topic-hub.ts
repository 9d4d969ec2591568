import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { Logger } from 'pino';

const CHANNEL = 'spm_plugin_topics';
/** A NOTIFY payload is at most 8000 bytes; topics and keys are ids, far below that. */
const MAX_PART = 200;

/**
 * Wake-ups for plugins' live views (e.g. an open day's board), across server
 * instances: `signal` runs `pg_notify` in the writer's transaction, so it is
 * delivered only if that commits; one LISTEN connection per instance, opened
 * on first use, fans it out. A lost wake-up costs a stale view until the next
 * one: subscribers always re-read the state from the tables, never the payload.
 */
export class TopicHub {
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private readonly listeners = new Map<string, Set<() => void>>();
  private closed = false;

  constructor(
    private readonly connectionString: string,
    private readonly log: Logger,
  ) {}

  static checkTopic(topic: string, key: string): void {
    if (!/^[a-z0-9-]+\.[a-zA-Z0-9.-]+$/.test(topic) || topic.length > MAX_PART || !key || key.length > MAX_PART) {
      throw new Error(`invalid plugin topic "${topic}" or key: a topic is "<sectorId>.<name>"`);
    }
  }

  async signal(em: EntityManager, topic: string, key: string): Promise<void> {
    TopicHub.checkTopic(topic, key);
    await em
      .getConnection()
      .execute('select pg_notify(?, ?)', [CHANNEL, JSON.stringify([topic, key])], 'all', em.getTransactionContext());
  }

  private async connect(): Promise<void> {
    if (this.client || this.closed) return;
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.connectionString });
      client.on('error', (error) => {
        this.log.warn({ err: error }, 'plugin topics: listen connection lost; reconnecting on next subscription');
        this.client = null;
        this.connecting = null;
      });
      client.on('notification', (n) => {
        try {
          const [topic, key] = JSON.parse(n.payload ?? '[]') as [string, string];
          for (const wake of this.listeners.get(`${topic}\u0000${key}`) ?? []) wake();
        } catch {
          this.log.warn({ payload: n.payload }, 'plugin topics: unreadable notification ignored');
        }
      });
      await client.connect();
      await client.query(`listen ${CHANNEL}`);
      this.client = client;
    })();
    try {
      await this.connecting;
    } finally {
      this.connecting = null;
    }
  }

  async *listen(topic: string, key: string, signal: AbortSignal): AsyncIterable<void> {
    TopicHub.checkTopic(topic, key);
    await this.connect();
    const id = `${topic}\u0000${key}`;
    let pending = false;
    let wakeUp: (() => void) | null = null;
    const wake = (): void => {
      pending = true;
      wakeUp?.();
    };
    const set = this.listeners.get(id) ?? new Set();
    set.add(wake);
    this.listeners.set(id, set);
    const onAbort = (): void => wakeUp?.();
    signal.addEventListener('abort', onAbort);
    try {
      while (!signal.aborted && !this.closed) {
        if (!pending) await new Promise<void>((resolve) => (wakeUp = resolve));
        wakeUp = null;
        if (signal.aborted || this.closed) return;
        // Several wake-ups while the subscriber was busy collapse into one re-read.
        pending = false;
        yield;
      }
    } finally {
      signal.removeEventListener('abort', onAbort);
      set.delete(wake);
      if (!set.size) this.listeners.delete(id);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const set of this.listeners.values()) for (const wake of set) wake();
    await this.connecting?.catch(() => undefined);
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }
}
