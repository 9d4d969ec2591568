import type { ApolloServerPlugin } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { RequestContext } from './graphql/context.js';

/**
 * Prometheus metrics of one server (served at /metrics). Each server has its own registry, so
 * several servers in one process (the tests) never mix their series. Names are listed in
 * docs/operations.md; renaming one breaks someone's dashboard.
 */
export interface ServerMetrics {
  registry: Registry;
  /** Counts one live event handed to one subscriber. */
  eventDelivered(): void;
  /** Times a deadline sweep (the deadline clock's run). */
  timeDeadlineSweep<T>(run: () => Promise<T>): Promise<T>;
  /** Per-operation request rate, latency and errors. */
  graphqlPlugin(): ApolloServerPlugin<RequestContext>;
}

/** A client names its operations; a name that is not a plain identifier, or one too many, is counted as `other`. */
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATION_NAMES = 300;

export interface MetricsSources {
  orm: MikroORM;
  log: Logger;
  /** How many live subscriptions are open right now. */
  subscribers: () => number;
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}

/** The ORM's connection pool (knex's tarn pool), or null before the first connection. */
function poolOf(orm: MikroORM): TarnPool | null {
  const knex = orm.em.getConnection().getKnex() as unknown as { client?: { pool?: TarnPool } };
  return knex.client?.pool ?? null;
}

export function createMetrics(sources: MetricsSources): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'posyandu_' });
  const known = new Set<string>();
  const operationLabel = (name: string | null | undefined): string => {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (known.has(name)) return name;
    if (known.size >= MAX_OPERATION_NAMES) return 'other';
    known.add(name);
    return name;
  };

  const requests = new Counter({
    name: 'posyandu_graphql_requests_total',
    help: 'GraphQL operations answered, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'posyandu_graphql_request_duration_seconds',
    help: 'Time to answer a GraphQL operation, by operation name and type.',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'posyandu_graphql_errors_total',
    help: 'Errors returned by GraphQL operations, by operation name and error code.',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });
  const delivered = new Counter({
    name: 'posyandu_events_delivered_total',
    help: 'Live case events handed to subscribers (one per event and subscriber).',
    registers: [registry],
  });
  new Gauge({
    name: 'posyandu_subscribers',
    help: 'Live subscriptions open right now.',
    registers: [registry],
    collect() {
      this.set(sources.subscribers());
    },
  });
  const sweep = new Histogram({
    name: 'posyandu_deadline_sweep_duration_seconds',
    help: 'Time of one deadline sweep (due-soon and overdue notices, escalations).',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const sweepFailures = new Counter({
    name: 'posyandu_deadline_sweep_failures_total',
    help: 'Deadline sweeps that failed (retried at the next tick).',
    registers: [registry],
  });

  // Outbox depth and age: read from the database at each scrape (a few indexed counts).
  const depth = new Gauge({
    name: 'posyandu_outbox_depth',
    help: 'Messages waiting to be sent, by outbox (notification: e-mail and other channels; webhook: deliveries).',
    labelNames: ['outbox'] as const,
    registers: [registry],
  });
  const age = new Gauge({
    name: 'posyandu_outbox_oldest_age_seconds',
    help: 'Age of the oldest message waiting to be sent, by outbox (0 when empty).',
    labelNames: ['outbox'] as const,
    registers: [registry],
  });
  const outboxUp = new Gauge({
    name: 'posyandu_outbox_readable',
    help: '1 when the outbox depth could be read at this scrape, 0 when the database did not answer.',
    registers: [registry],
    async collect() {
      try {
        const rows = (await sources.orm.em.getConnection().execute(
          `select 'notification' as outbox, count(*)::int as depth,
                  coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as age
             from outbox_message where sent_at is null
           union all
           select 'webhook', count(*)::int, coalesce(extract(epoch from now() - min(created_at)), 0)::float8
             from webhook_delivery where delivered_at is null and dead_at is null`,
        )) as Array<{ outbox: string; depth: number; age: number }>;
        for (const row of rows) {
          depth.set({ outbox: row.outbox }, row.depth);
          age.set({ outbox: row.outbox }, Math.max(0, row.age));
        }
        this.set(1);
      } catch (error) {
        sources.log.warn({ err: error }, 'metrics: outbox depth not readable');
        this.set(0);
      }
    },
  });
  void outboxUp;

  new Gauge({
    name: 'posyandu_db_pool_connections',
    help: 'Database pool connections by state: used, free, pending (requests waiting for one), max.',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const pool = poolOf(sources.orm);
      this.set({ state: 'used' }, pool?.numUsed() ?? 0);
      this.set({ state: 'free' }, pool?.numFree() ?? 0);
      this.set({ state: 'pending' }, (pool?.numPendingAcquires() ?? 0) + (pool?.numPendingCreates() ?? 0));
      this.set({ state: 'max' }, pool?.max ?? 0);
    },
  });

  return {
    registry,
    eventDelivered: () => delivered.inc(),
    async timeDeadlineSweep(run) {
      const end = sweep.startTimer();
      try {
        return await run();
      } catch (error) {
        sweepFailures.inc();
        throw error;
      } finally {
        end();
      }
    },
    graphqlPlugin: () => ({
      async requestDidStart() {
        const started = process.hrtime.bigint();
        return {
          async willSendResponse({ operationName, operation, response }) {
            const labels = { operation: operationLabel(operationName), type: operation?.operation ?? 'unknown' };
            requests.inc(labels);
            duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
            if (response.body.kind !== 'single') return;
            for (const error of response.body.singleResult.errors ?? []) {
              const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
              errors.inc({ operation: labels.operation, code });
            }
          },
        };
      },
    }),
  };
}
