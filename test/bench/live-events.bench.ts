/**
 * `pnpm bench live-events`: how fast committed case events reach 1,000 live
 * subscribers, with every subscriber on one server instance and split over two.
 *
 * Two real server processes (`apps/api/src/main.ts`, as in
 * production) share one fresh PostgreSQL database. This process only plays the
 * clients: 1,000 graphql-ws connections subscribed to `caseEvents`, and one
 * producer that attaches documents to demo cases on instance A, one after the
 * other. For every delivery it records the delay from the event's
 * `occurredAt` (taken inside the writing transaction, so the delay includes the
 * commit) to its arrival at the subscriber.
 *
 * Environment: BENCH_SUBSCRIBERS (default 1000), BENCH_EVENTS (events per
 * scenario, default 100), BENCH_TIMEOUT_SECONDS (default 300).
 * Writes test-artifacts/bench-live-events.json. Method and results: docs/performance.md.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { createTestDatabase, GraphQLClient, startServerProcess, type ServerProcess } from '@posyandu-spm/testing';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import setup from '../global-setup.js';
import { envInt, percentile, round } from './bench-utils.js';

const SUBSCRIBERS = envInt('BENCH_SUBSCRIBERS', 1000, 1);
const EVENTS = envInt('BENCH_EVENTS', 100, 1);
const TIMEOUT_SECONDS = envInt('BENCH_TIMEOUT_SECONDS', 300, 10);
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACT = path.join(ROOT, 'test-artifacts/bench-live-events.json');
/** Users who all may read every Desa Gombang case, so each subscriber gets every event. */
const READERS = ['kader.gombang', 'perangkat.gombang', 'kades.gombang', 'camat.cawas'];
const PASSWORD = 'posyandu-demo-2026';

const SUBSCRIPTION = 'subscription { caseEvents { cursor caseId event { type occurredAt } } }';
const ATTACH = `mutation ($id: ID!, $d: DocumentInput!) { attachDocument(caseId: $id, document: $d) { version } }`;
const REGISTER = 'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id } }';

interface Instance {
  name: string;
  url: string;
  process: ServerProcess;
}

async function startInstance(name: string, databaseUrl: string, tokenSecret: string): Promise<Instance> {
  const process = await startServerProcess({
    databaseUrl,
    tokenSecret,
    env: {
      // One client process opens every connection: lift the per-IP and per-user WebSocket caps.
      WS_MAX_CONNECTIONS_PER_IP: String(4 * SUBSCRIBERS),
      WS_MAX_CONNECTIONS_PER_USER: String(4 * SUBSCRIBERS),
      // One producer sends every event, one address opens every socket: no rate limits in the way.
      RATE_LIMIT_API_PER_USER: '1000000/60',
      RATE_LIMIT_API_PER_IP: '1000000/60',
      RATE_LIMIT_LOGIN_PER_IP: '1000/60',
    },
  });
  return { name, url: process.url, process };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  const closed = error as { code?: number; reason?: string; message?: string; type?: string };
  if (typeof closed?.code === 'number') return `socket closed ${closed.code} ${closed.reason ?? ''}`;
  if (closed?.message) return `${closed.type ?? 'error'}: ${closed.message}`;
  return JSON.stringify(error);
}

interface Delivery {
  type: string;
  delayMs: number;
}

/** One subscriber: a graphql-ws connection with one `caseEvents` subscription. */
class Subscriber {
  readonly deliveries: Delivery[] = [];
  private readonly client: Client;
  private dispose: () => void = () => undefined;
  error: unknown = null;

  constructor(
    readonly instance: string,
    url: string,
    token: string,
    private readonly onDelivery: () => void,
  ) {
    this.client = createClient({
      url: url.replace(/^http/, 'ws') + '/graphql',
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: (error) => (this.error = error),
    });
  }

  start(): void {
    this.dispose = this.client.subscribe<{
      caseEvents: { event: { type: string; occurredAt: string } };
    }>(
      { query: SUBSCRIPTION },
      {
        next: (value) => {
          const event = value.data?.caseEvents.event;
          if (!event) {
            this.error = value.errors ?? new Error('a notice without data');
            return;
          }
          this.deliveries.push({ type: event.type, delayMs: Date.now() - Date.parse(event.occurredAt) });
          this.onDelivery();
        },
        error: (error) => (this.error = error),
        complete: () => undefined,
      },
    );
  }

  async close(): Promise<void> {
    this.dispose();
    await this.client.dispose();
  }
}

interface ScenarioFigures {
  scenario: string;
  subscribers: Record<string, number>;
  events: number;
  deliveries: number;
  expectedDeliveries: number;
  /** Every subscriber received each measured event once. */
  exactlyOnce: boolean;
  seconds: number;
  deliveriesPerSecond: number;
  eventsPerSecond: number;
  delayMs: { p50: number; p99: number; max: number; byInstance: Record<string, { p50: number; p99: number }> };
}

async function scenario(
  name: string,
  placement: Array<{ instance: Instance; count: number }>,
  producer: Instance,
  caseIds: string[],
  tokens: { reader: string[]; kader: GraphQLClient },
): Promise<ScenarioFigures> {
  let delivered = 0;
  let waiting: { target: number; resolve: () => void } | null = null;
  const onDelivery = () => {
    delivered += 1;
    if (waiting && delivered >= waiting.target) waiting.resolve();
  };
  const until = (target: number, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      if (delivered >= target) return resolve();
      const timer = setTimeout(
        () => reject(new Error(`${name}: ${delivered} of ${target} deliveries after ${timeoutMs} ms`)),
        timeoutMs,
      );
      waiting = {
        target,
        resolve: () => {
          clearTimeout(timer);
          waiting = null;
          resolve();
        },
      };
    });

  const subscribers: Subscriber[] = [];
  for (const { instance, count } of placement) {
    for (let i = 0; i < count; i += 1) {
      const token = tokens.reader[subscribers.length % tokens.reader.length] as string;
      subscribers.push(new Subscriber(instance.name, instance.url, token, onDelivery));
    }
  }
  for (const s of subscribers) s.start();
  const total = subscribers.length;

  // A subscription is live once it has received a warm-up event; graphql-ws does not
  // acknowledge a subscribe, so send warm-up events until every subscriber has one.
  const attach = (i: number) =>
    tokens.kader.request(ATTACH, {
      id: caseIds[i % caseIds.length],
      d: { code: 'poverty-statement', fileNames: [`bench-${name}-${i}.pdf`] },
    });
  let sent = 0;
  while (subscribers.some((s) => !s.deliveries.length)) {
    if (sent >= 30) throw new Error(`${name}: subscribers not all live after ${sent} warm-up events`);
    const failed = subscribers.filter((s) => s.error);
    if (failed.length) throw new Error(`${name}: ${failed.length} subscribers failed: ${describe(failed[0]?.error)}`);
    await attach(sent);
    sent += 1;
    await until(delivered + 1, 1000).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 1000));
  }
  for (const s of subscribers) s.deliveries.length = 0;
  delivered = 0;

  const started = Date.now();
  for (let i = 0; i < EVENTS; i += 1) await attach(sent + i);
  await until(total * EVENTS, 120_000);
  const seconds = (Date.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 500)); // anything extra would arrive now
  const exactlyOnce = subscribers.every((s) => s.deliveries.length === EVENTS);
  await Promise.all(subscribers.map((s) => s.close()));
  await new Promise((r) => setTimeout(r, 1000)); // let the servers see the sockets go

  const all = subscribers.flatMap((s) => s.deliveries.map((d) => d.delayMs)).sort((x, y) => x - y);
  const byInstance: Record<string, { p50: number; p99: number }> = {};
  const counts: Record<string, number> = {};
  for (const { instance } of placement) {
    const mine = subscribers
      .filter((s) => s.instance === instance.name)
      .flatMap((s) => s.deliveries.map((d) => d.delayMs))
      .sort((x, y) => x - y);
    counts[instance.name] = subscribers.filter((s) => s.instance === instance.name).length;
    byInstance[instance.name] = { p50: percentile(mine, 50), p99: percentile(mine, 99) };
  }
  return {
    scenario: name,
    subscribers: counts,
    events: EVENTS,
    deliveries: all.length,
    expectedDeliveries: total * EVENTS,
    exactlyOnce,
    seconds: round(seconds, 2),
    deliveriesPerSecond: round(all.length / seconds, 0),
    eventsPerSecond: round(EVENTS / seconds, 1),
    delayMs: { p50: percentile(all, 50), p99: percentile(all, 99), max: all.at(-1) ?? NaN, byInstance },
  };
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  process.env.TEST_LOG_LEVEL ??= 'silent';
  const teardown = await setup();
  const db = await createTestDatabase();
  const instances: Instance[] = [];
  const cleanup = async () => {
    await Promise.all(instances.map((i) => i.process.stop()));
    await db.drop().catch((e: unknown) => console.error('dropping the bench database:', e));
    await teardown().catch((e: unknown) => console.error('dropping the template database:', e));
  };
  const timer = setTimeout(() => {
    console.error(`bench: still running after ${TIMEOUT_SECONDS} s; giving up`);
    void cleanup().finally(() => process.exit(1));
  }, TIMEOUT_SECONDS * 1000);
  timer.unref();
  try {
    const secret = randomBytes(32).toString('hex');
    const [a, b] = await Promise.all([startInstance('A', db.url, secret), startInstance('B', db.url, secret)]);
    instances.push(a, b);
    const kader = await GraphQLClient.login(a.url, 'kader.gombang', PASSWORD);
    const reader: string[] = [];
    for (const username of READERS) reader.push((await GraphQLClient.login(a.url, username, PASSWORD)).token as string);
    const caseIds: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      caseIds.push(
        (await kader.request<{ registerCase: { id: string } }>(REGISTER, { input: pendidikanInput() })).registerCase.id,
      );
    }
    console.log(
      `live events: ${SUBSCRIBERS} subscribers, ${EVENTS} events per scenario, producer on A; ` +
        `Node ${process.version}, ${os.cpus().length} CPUs\n`,
    );

    const half = Math.floor(SUBSCRIBERS / 2);
    const results = [
      await scenario('one instance', [{ instance: a, count: SUBSCRIBERS }], a, caseIds, { reader, kader }),
      await scenario(
        'two instances',
        [
          { instance: a, count: SUBSCRIBERS - half },
          { instance: b, count: half },
        ],
        a,
        caseIds,
        { reader, kader },
      ),
    ];

    console.log(
      `${'scenario'.padEnd(16)}${'deliveries/s'.padStart(14)}${'events/s'.padStart(10)}` +
        `${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}  per instance p50/p99 ms`,
    );
    console.log('-'.repeat(96));
    for (const r of results) {
      const per = Object.entries(r.delayMs.byInstance)
        .map(([k, v]) => `${k} ${v.p50}/${v.p99}`)
        .join(', ');
      console.log(
        `${r.scenario.padEnd(16)}${String(r.deliveriesPerSecond).padStart(14)}${String(r.eventsPerSecond).padStart(10)}` +
          `${String(r.delayMs.p50).padStart(9)}${String(r.delayMs.p99).padStart(9)}  ${per}`,
      );
    }
    const complete = results.every((r) => r.exactlyOnce && r.deliveries === r.expectedDeliveries);
    console.log(`\nevery subscriber got every event exactly once: ${complete ? 'OK' : 'NO'}`);

    const report = {
      benchmark: 'live-events',
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? null, node: process.version },
      settings: { subscribers: SUBSCRIBERS, events: EVENTS },
      results,
      totalSeconds: round((Date.now() - startedAt) / 1000, 1),
    };
    mkdirSync(path.dirname(ARTIFACT), { recursive: true });
    writeFileSync(ARTIFACT, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written ${ARTIFACT} (${report.totalSeconds} s in all)`);
    return complete ? 0 : 1;
  } finally {
    clearTimeout(timer);
    await cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
