/**
 * `pnpm bench live-events`: how fast committed case events reach 1,000 live
 * subscribers, against a raw `ws` broadcast doing the least a fan-out can do.
 *
 * Two real server processes (`apps/api/src/main.ts`, as in production) share one
 * fresh PostgreSQL database; beside them, two raw broadcast processes
 * (raw-broadcast.ts: LISTEN, then write the notification's text to every socket).
 * This process only plays the clients: 1,000 graphql-ws connections subscribed to
 * `caseEvents` (or 1,000 plain ws connections on the raw side) and the producer.
 * For every delivery it records the delay from the event's `occurredAt` (taken
 * inside the writing transaction, so the delay includes the commit) to its arrival.
 *
 * Patterns, each event its own transaction written with SQL on both sides (its
 * `occurred_at` is `clock_timestamp()` just before the commit, so the delay is commit →
 * delivery and the fan-out is what is measured): throughput (BENCH_EVENTS back to back),
 * steady (one a second, BENCH_STEADY_EVENTS of them) and burst (BENCH_BURST at once).
 * Last, the steady pattern through the API (`attachDocument` on instance A), whose
 * `occurredAt` is taken early in the mutation: what a desk sees end to end.
 *
 * Environment: BENCH_SUBSCRIBERS (default 1000), BENCH_EVENTS (default 100),
 * BENCH_STEADY_EVENTS (default 20), BENCH_BURST (default 30), BENCH_TIMEOUT_SECONDS (default 600).
 * Writes test-artifacts/bench-live-events.json. Method and results: docs/performance.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pendidikanInput } from '@posyandu-spm/plugin-pendidikan/fixtures';
import { createTestDatabase, GraphQLClient, startServerProcess, type ServerProcess } from '@posyandu-spm/testing';
import pg from 'pg';
import WebSocket from 'ws';
import setup from '../global-setup.js';
import { envInt, percentile, round } from './bench-utils.js';

const SUBSCRIBERS = envInt('BENCH_SUBSCRIBERS', 1000, 1);
const EVENTS = envInt('BENCH_EVENTS', 100, 1);
const STEADY_EVENTS = envInt('BENCH_STEADY_EVENTS', 20, 1);
const BURST = envInt('BENCH_BURST', 30, 1);
const TIMEOUT_SECONDS = envInt('BENCH_TIMEOUT_SECONDS', 600, 10);
const RAW_CHANNEL = 'bench_raw_events';
/** Warm-up events carry this type: one still on its way when measuring starts is not counted. */
const WARM_UP = 'BENCH_WARMUP';
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

/** BENCH_PORT_BASE: the servers listen on this port and the next ones (default: free ports). */
const PORT_BASE = envInt('BENCH_PORT_BASE', 0, 0);
const portOf = (offset: number) => (PORT_BASE ? PORT_BASE + offset : undefined);
const TRACE_DIR = mkdtempSync(path.join(os.tmpdir(), 'live-trace-'));

async function startInstance(
  name: string,
  databaseUrl: string,
  tokenSecret: string,
  port: number | undefined,
): Promise<Instance> {
  const profileDir = process.env.BENCH_PROFILE_DIR;
  traceFiles[name] = path.join(TRACE_DIR, `${name}.jsonl`);
  const server = await startServerProcess({
    databaseUrl,
    tokenSecret,
    ...(port ? { port } : {}),
    env: {
      // Each event's stages inside the server (packages/server/src/live/live-trace.ts).
      LIVE_TRACE_FILE: traceFiles[name],
      // BENCH_PROFILE_DIR: each server writes a V8 CPU profile there when it stops (cpu-profile-hook.mjs).
      ...(profileDir ? { NODE_OPTIONS: `--import ${path.join(ROOT, 'test/bench/cpu-profile-hook.mjs')}` } : {}),
      // One client process opens every connection: lift the per-IP and per-user WebSocket caps.
      WS_MAX_CONNECTIONS_PER_IP: String(4 * SUBSCRIBERS),
      WS_MAX_CONNECTIONS_PER_USER: String(4 * SUBSCRIBERS),
      // One producer sends every event, one address opens every socket: no rate limits in the way.
      RATE_LIMIT_API_PER_USER: '1000000/60',
      RATE_LIMIT_API_PER_IP: '1000000/60',
      RATE_LIMIT_LOGIN_PER_IP: '1000/60',
    },
  });
  return { name, url: server.url, process: server };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  const closed = error as { code?: number; reason?: string; message?: string; type?: string };
  if (typeof closed?.code === 'number') return `socket closed ${closed.code} ${closed.reason ?? ''}`;
  if (closed?.message) return `${closed.type ?? 'error'}: ${closed.message}`;
  return JSON.stringify(error);
}

/** One client socket of a scenario: what arrived (delay from `occurredAt`, ms) and why it failed. */
interface Sink {
  readonly instance: string;
  /** Delays of the measured events (warm-up events are only counted in `seen`). */
  readonly deliveries: number[];
  /** Event id and arrival time (ms, with a fraction) of each measured event (API side). */
  readonly arrivals?: Array<[string, number]>;
  seen: number;
  error: unknown;
  start(): void;
  close(): Promise<void>;
}

/**
 * One subscriber: a graphql-ws (graphql-transport-ws) connection with one `caseEvents`
 * subscription, spoken by hand on `ws` so that each message costs the client what a raw one
 * does (one JSON.parse): with 1,000 full graphql-ws clients in one process the clients, not
 * the server, set the pace on a 2-core machine.
 */
class Subscriber implements Sink {
  readonly deliveries: number[] = [];
  readonly arrivals: Array<[string, number]> = [];
  seen = 0;
  error: unknown = null;
  private socket: WebSocket | null = null;

  constructor(
    readonly instance: string,
    private readonly url: string,
    private readonly token: string,
    private readonly onDelivery: () => void,
  ) {}

  start(): void {
    const socket = new WebSocket(this.url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
    socket.on('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${this.token}` } })),
    );
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as {
        type: string;
        payload?: {
          data?: { caseEvents: { cursor: string; event: { type: string; occurredAt: string } } };
          errors?: unknown;
        };
      };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIPTION } }));
        return;
      }
      if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
        return;
      }
      if (message.type !== 'next') {
        this.error = new Error(`unexpected ${message.type} message: ${JSON.stringify(message.payload)}`);
        return;
      }
      const event = message.payload?.data?.caseEvents.event;
      if (!event) {
        this.error = message.payload?.errors ?? new Error('a notice without data');
        return;
      }
      this.seen += 1;
      if (event.type === WARM_UP) return;
      const at = performance.timeOrigin + performance.now();
      this.deliveries.push(Date.now() - Date.parse(event.occurredAt));
      const cursor = message.payload?.data?.caseEvents.cursor ?? '';
      this.arrivals.push([Buffer.from(cursor, 'base64url').toString('utf8').split(':')[2] ?? '', at]);
      this.onDelivery();
    });
    socket.on('close', (code, reason) => {
      if (code !== 1000 && code !== 1005) this.error = { code, reason: reason.toString() };
    });
    socket.on('error', (error) => (this.error = error));
    this.socket = socket;
  }

  async close(): Promise<void> {
    const socket = this.socket;
    if (!socket || socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.close(1000);
    });
  }
}

/** One raw subscriber: a plain ws connection that parses every message as JSON. */
class RawSubscriber implements Sink {
  readonly deliveries: number[] = [];
  seen = 0;
  error: unknown = null;
  private socket: WebSocket | null = null;

  constructor(
    readonly instance: string,
    private readonly url: string,
    private readonly onDelivery: () => void,
  ) {}

  start(): void {
    const socket = new WebSocket(this.url);
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as {
        payload: { data: { caseEvents: { event: { type: string; occurredAt: string } } } };
      };
      const event = message.payload.data.caseEvents.event;
      this.seen += 1;
      if (event.type === WARM_UP) return;
      this.deliveries.push(Date.now() - Date.parse(event.occurredAt));
      this.onDelivery();
    });
    socket.on('error', (error) => (this.error = error));
    this.socket = socket;
  }

  async close(): Promise<void> {
    const socket = this.socket;
    if (!socket || socket.readyState === WebSocket.CLOSED) return;
    await new Promise<void>((resolve) => {
      socket.once('close', () => resolve());
      socket.close();
    });
  }
}

interface RawInstance {
  name: string;
  url: string;
  process: ChildProcess;
}

function startRaw(name: string, databaseUrl: string, port: number | undefined): Promise<RawInstance> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(ROOT, 'test/bench/raw-broadcast.ts'), databaseUrl, String(port ?? 0)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const port = out.match(/port (\d+)/)?.[1];
      if (port) resolve({ name, url: `ws://127.0.0.1:${port}`, process: child });
    });
    child.once('exit', (code) => reject(new Error(`raw broadcast ${name} exited with ${code}`)));
  });
}

interface Figures {
  scenario: string;
  side: 'api' | 'raw';
  pattern: 'throughput' | 'steady' | 'burst';
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
  /** The raw broadcast in the same pattern (API rows only). */
  raw?: { deliveriesPerSecond: number; delayMs: { p50: number; p99: number } };
  /** Where the time went, per stage (API rows, from the servers' LIVE_TRACE_FILE): p50/p99 ms. */
  stages?: Record<string, { p50: number; p99: number; max: number }>;
  /** Reads that found nothing before the one that returned an event (held back by the xmin horizon). */
  emptyReads?: { events: number; withEmptyReads: number; max: number };
}

/** Trace files of the API instances (LIVE_TRACE_FILE), by instance name. */
const traceFiles: Record<string, string> = {};
const traceSize = (file: string) => (existsSync(file) ? statSync(file).size : 0);

/**
 * The stages of each measured event on each instance, from the trace lines written since `from`
 * and the clients' arrivals: commit → NOTIFY received → feed read done → fan-out took it →
 * every group executed → frames written → last client parsed it.
 */
function breakdown(
  from: Record<string, number>,
  sinks: readonly Sink[],
): Pick<Figures, 'stages' | 'emptyReads'> | Record<string, never> {
  const stages: Record<string, number[]> = {};
  const add = (name: string, ms: number | null) => {
    if (ms !== null && Number.isFinite(ms)) (stages[name] ??= []).push(ms);
  };
  let events = 0;
  let withEmpty = 0;
  let maxEmpty = 0;
  for (const [instance, file] of Object.entries(traceFiles)) {
    const text = existsSync(file) ? readFileSync(file, 'utf8').slice(from[instance] ?? 0) : '';
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, number | string | null>);
    const arrivals = new Map<string, number[]>();
    for (const s of sinks) {
      if (s.instance !== instance) continue;
      for (const [id, at] of s.arrivals ?? []) {
        const list = arrivals.get(id) ?? [];
        list.push(at);
        arrivals.set(id, list);
      }
    }
    for (const l of lines) {
      const got = arrivals.get(String(l.id));
      if (!got) continue; // a warm-up event
      events += 1;
      const n = (k: string) => (typeof l[k] === 'number' ? (l[k] as number) : null);
      const occurred = n('occurredAt') as number;
      // A NOTIFY older than the event's commit woke an earlier read, not this one's.
      const notified = (n('notified') ?? -Infinity) >= occurred ? n('notified') : null;
      add('executions per event', n('executions') ?? 0);
      const emptyReads = n('emptyReads') ?? 0;
      if (emptyReads > 0) withEmpty += 1;
      maxEmpty = Math.max(maxEmpty, emptyReads);
      add('commit → NOTIFY received', notified !== null ? notified - occurred : null);
      add('NOTIFY → feed read done', notified !== null ? (n('readEnd') as number) - notified : null);
      add('feed read (one query)', (n('readEnd') as number) - (n('readStart') as number));
      add('read → fan-out took it', (n('dispatched') ?? NaN) - (n('readEnd') as number));
      add('fan-out → views read', (n('viewsRead') ?? NaN) - (n('dispatched') ?? NaN));
      add('fan-out → first group executed', (n('firstExecuted') ?? NaN) - (n('dispatched') ?? NaN));
      add('fan-out → every group executed', (n('executed') ?? NaN) - (n('dispatched') ?? NaN));
      add('executed → frames written', (n('written') ?? NaN) - (n('executed') ?? NaN));
      const sorted = got.sort((x, y) => x - y);
      add('written → last client parsed', (sorted.at(-1) as number) - (n('written') ?? NaN));
      add('commit → last client parsed (server clock)', (sorted.at(-1) as number) - occurred);
    }
  }
  if (!events) return {};
  const out: Record<string, { p50: number; p99: number; max: number }> = {};
  for (const [name, values] of Object.entries(stages)) {
    values.sort((x, y) => x - y);
    out[name] = {
      p50: round(percentile(values, 50), 1),
      p99: round(percentile(values, 99), 1),
      max: round(values.at(-1) as number, 1),
    };
  }
  return { stages: out, emptyReads: { events, withEmptyReads: withEmpty, max: maxEmpty } };
}

/**
 * Opens the sockets, sends warm-up events until every one has received one (graphql-ws does
 * not acknowledge a subscribe), then runs `pattern`, which writes `events` events, and waits
 * until every socket has each of them.
 */
async function measure(
  scenario: string,
  side: Figures['side'],
  pattern: Figures['pattern'],
  makeSinks: (onDelivery: () => void) => Sink[],
  warmUp: (i: number) => Promise<void>,
  run: () => Promise<void>,
  events: number,
): Promise<Figures> {
  const name = `${side} ${scenario}`;
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

  const sinks = makeSinks(onDelivery);
  for (const s of sinks) s.start();
  const total = sinks.length;
  let sent = 0;
  while (sinks.some((s) => !s.seen)) {
    if (sent >= 30) throw new Error(`${name}: subscribers not all live after ${sent} warm-up events`);
    const failed = sinks.filter((s) => s.error);
    if (failed.length) throw new Error(`${name}: ${failed.length} subscribers failed: ${describe(failed[0]?.error)}`);
    await warmUp(sent);
    sent += 1;
    // Let this warm-up event reach everyone it will reach before sending the next (at most 10 s).
    for (let last = -1, end = Date.now() + 10_000; seen(sinks) !== last && Date.now() < end;) {
      last = seen(sinks);
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  // Measured events must not queue behind warm-up ones: wait until nothing arrives for 2 s (at most 60 s).
  for (let last = -1, end = Date.now() + 60_000; seen(sinks) !== last && Date.now() < end;) {
    last = seen(sinks);
    await new Promise((r) => setTimeout(r, 2000));
  }
  delivered = 0;

  const traceFrom = Object.fromEntries(Object.entries(traceFiles).map(([k, f]) => [k, traceSize(f)]));
  const started = Date.now();
  await run();
  await until(total * events, 180_000);
  const seconds = (Date.now() - started) / 1000;
  await new Promise((r) => setTimeout(r, 500)); // anything extra would arrive now
  const exactlyOnce = sinks.every((s) => s.deliveries.length === events);
  await Promise.all(sinks.map((s) => s.close()));
  await new Promise((r) => setTimeout(r, 1000)); // let the servers see the sockets go

  const all = sinks.flatMap((s) => s.deliveries).sort((x, y) => x - y);
  const traced = side === 'api' ? breakdown(traceFrom, sinks) : {};
  const byInstance: Record<string, { p50: number; p99: number }> = {};
  const counts: Record<string, number> = {};
  for (const instance of new Set(sinks.map((s) => s.instance))) {
    const mine = sinks
      .filter((s) => s.instance === instance)
      .flatMap((s) => s.deliveries)
      .sort((x, y) => x - y);
    counts[instance] = sinks.filter((s) => s.instance === instance).length;
    byInstance[instance] = { p50: percentile(mine, 50), p99: percentile(mine, 99) };
  }
  return {
    scenario,
    side,
    pattern,
    subscribers: counts,
    events,
    deliveries: all.length,
    expectedDeliveries: total * events,
    exactlyOnce,
    seconds: round(seconds, 2),
    deliveriesPerSecond: round(all.length / seconds, 0),
    eventsPerSecond: round(events / seconds, 1),
    delayMs: { p50: percentile(all, 50), p99: percentile(all, 99), max: all.at(-1) ?? NaN, byInstance },
    ...traced,
  };
}

function seen(sinks: readonly Sink[]): number {
  return sinks.reduce((n, s) => n + s.seen, 0);
}

/** `count` events at one a second, starting now. */
async function steadily(count: number, produce: (i: number) => Promise<void>): Promise<void> {
  const start = Date.now();
  const pending: Array<Promise<void>> = [];
  for (let i = 0; i < count; i += 1) {
    const wait = start + i * 1000 - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(produce(i));
  }
  await Promise.all(pending);
}

async function main(): Promise<number> {
  const startedAt = Date.now();
  process.env.TEST_LOG_LEVEL ??= 'silent';
  const teardown = await setup();
  const db = await createTestDatabase();
  const instances: Instance[] = [];
  const raws: RawInstance[] = [];
  const pool = new pg.Pool({ connectionString: db.url, max: BURST });
  const cleanup = async () => {
    await pool.end().catch(() => undefined);
    for (const r of raws) r.process.kill('SIGTERM');
    rmSync(TRACE_DIR, { recursive: true, force: true });
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
    const [a, b] = await Promise.all([
      startInstance('A', db.url, secret, portOf(0)),
      startInstance('B', db.url, secret, portOf(1)),
    ]);
    instances.push(a, b);
    await pool.query('create table bench_raw_event (id bigserial primary key, occurred_at timestamptz not null)');
    raws.push(await startRaw('A', db.url, portOf(2)), await startRaw('B', db.url, portOf(3)));
    const [rawA, rawB] = raws as [RawInstance, RawInstance];
    const kader = await GraphQLClient.login(a.url, 'kader.gombang', PASSWORD);
    const reader: string[] = [];
    for (const username of READERS) reader.push((await GraphQLClient.login(a.url, username, PASSWORD)).token as string);
    const caseIds: string[] = [];
    for (let i = 0; i < Math.max(5, BURST); i += 1) {
      caseIds.push(
        (await kader.request<{ registerCase: { id: string } }>(REGISTER, { input: pendidikanInput() })).registerCase.id,
      );
    }
    console.log(
      `live events: ${SUBSCRIBERS} subscribers; throughput ${EVENTS} events, steady ${STEADY_EVENTS} at 1/s, ` +
        `burst ${BURST}; Node ${process.version}, ${os.cpus().length} CPUs\n`,
    );

    let attached = 0;
    const attach = (caseIndex: number) =>
      kader
        .request(ATTACH, {
          id: caseIds[caseIndex % caseIds.length],
          d: { code: 'poverty-statement', fileNames: [`bench-${(attached += 1)}.pdf`] },
        })
        .then(() => undefined);
    // Throughput: events written straight to case_event, each its own transaction (what the fan-out reads).
    const sqlEventOf = (type: string) => (i: number) =>
      pool
        .query(
          `insert into case_event (case_id, type, payload, occurred_at) values ($1, $2, '{}'::jsonb, clock_timestamp())`,
          [caseIds[i % caseIds.length], type],
        )
        .then(() => undefined);
    const sqlEvent = sqlEventOf('BENCH_EVENT');
    // The raw side: the finished message, built in the writing transaction, delivered by NOTIFY on commit.
    const rawEventOf = (type: string) => (i: number) =>
      pool
        .query(
          `with e as (insert into bench_raw_event (occurred_at) values (clock_timestamp()) returning id, occurred_at)
           select pg_notify($1, json_build_object('id', $2::text, 'type', 'next', 'payload', json_build_object('data',
             json_build_object('caseEvents', json_build_object('cursor', 'ZTE6' || e.id, 'caseId', $3::text,
               'event', json_build_object('type', $4::text, 'occurredAt', e.occurred_at)))))::text) from e`,
          [RAW_CHANNEL, randomBytes(16).toString('hex'), caseIds[i % caseIds.length], type],
        )
        .then(() => undefined);
    const rawEvent = rawEventOf('BENCH_EVENT');
    const backToBack = (produce: (i: number) => Promise<void>) => async () => {
      for (let i = 0; i < EVENTS; i += 1) await produce(i);
    };
    const burst = (produce: (i: number) => Promise<void>) => async () => {
      await Promise.all(Array.from({ length: BURST }, (_, i) => produce(i)));
    };

    const half = Math.floor(SUBSCRIBERS / 2);
    const api = (placement: Array<{ instance: Instance; count: number }>) => (onDelivery: () => void) => {
      const sinks: Sink[] = [];
      for (const { instance, count } of placement) {
        for (let i = 0; i < count; i += 1) {
          const token = reader[sinks.length % reader.length] as string;
          sinks.push(new Subscriber(instance.name, instance.url, token, onDelivery));
        }
      }
      return sinks;
    };
    const raw = (placement: Array<{ instance: RawInstance; count: number }>) => (onDelivery: () => void) =>
      placement.flatMap(({ instance, count }) =>
        Array.from({ length: count }, () => new RawSubscriber(instance.name, instance.url, onDelivery)),
      );
    const apiOne = api([{ instance: a, count: SUBSCRIBERS }]);
    const apiTwo = api([
      { instance: a, count: SUBSCRIBERS - half },
      { instance: b, count: half },
    ]);
    const rawOne = raw([{ instance: rawA, count: SUBSCRIBERS }]);
    const rawTwo = raw([
      { instance: rawA, count: SUBSCRIBERS - half },
      { instance: rawB, count: half },
    ]);

    const only = process.env.BENCH_LIVE_ONLY; // e.g. "throughput" to profile one pattern
    const pairs: Array<[Figures, Figures]> = [];
    const pair = async (
      scenario: string,
      pattern: Figures['pattern'],
      sinks: [(d: () => void) => Sink[], (d: () => void) => Sink[]],
      runs: [() => Promise<void>, () => Promise<void>],
      events: number,
    ) => {
      if (only && only !== pattern) return;
      const apiFigures = await measure(scenario, 'api', pattern, sinks[0], sqlEventOf(WARM_UP), runs[0], events);
      const rawFigures = await measure(scenario, 'raw', pattern, sinks[1], rawEventOf(WARM_UP), runs[1], events);
      apiFigures.raw = { deliveriesPerSecond: rawFigures.deliveriesPerSecond, delayMs: rawFigures.delayMs };
      pairs.push([apiFigures, rawFigures]);
    };
    await pair(
      'throughput, one instance',
      'throughput',
      [apiOne, rawOne],
      [backToBack(sqlEvent), backToBack(rawEvent)],
      EVENTS,
    );
    await pair(
      'throughput, two instances',
      'throughput',
      [apiTwo, rawTwo],
      [backToBack(sqlEvent), backToBack(rawEvent)],
      EVENTS,
    );
    await pair(
      'steady 1/s, two instances',
      'steady',
      [apiTwo, rawTwo],
      [() => steadily(STEADY_EVENTS, sqlEvent), () => steadily(STEADY_EVENTS, rawEvent)],
      STEADY_EVENTS,
    );
    await pair(
      `burst of ${BURST}, two instances`,
      'burst',
      [apiTwo, rawTwo],
      [burst(sqlEvent), burst(rawEvent)],
      BURST,
    );
    // The same through the API: what a desk sees, including the mutation's own work before its commit.
    const steadyAttach =
      only && only !== 'steady'
        ? null
        : await measure(
            'steady 1/s via attachDocument, two instances',
            'api',
            'steady',
            apiTwo,
            sqlEventOf(WARM_UP),
            () => steadily(STEADY_EVENTS, attach),
            STEADY_EVENTS,
          );

    console.log(
      `${'scenario'.padEnd(28)}${'side'.padEnd(6)}${'deliveries/s'.padStart(14)}${'ratio'.padStart(8)}` +
        `${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}  per instance p50/p99 ms`,
    );
    console.log('-'.repeat(110));
    for (const [apiFigures, rawFigures] of pairs) {
      for (const r of [apiFigures, rawFigures]) {
        const per = Object.entries(r.delayMs.byInstance)
          .map(([k, v]) => `${k} ${v.p50}/${v.p99}`)
          .join(', ');
        const ratio = r.side === 'api' ? `${round(r.deliveriesPerSecond / rawFigures.deliveriesPerSecond, 2)}×` : '';
        console.log(
          `${r.scenario.padEnd(28)}${r.side.padEnd(6)}${String(r.deliveriesPerSecond).padStart(14)}${ratio.padStart(8)}` +
            `${String(r.delayMs.p50).padStart(9)}${String(r.delayMs.p99).padStart(9)}  ${per}`,
        );
      }
    }
    if (steadyAttach) {
      console.log(
        `${steadyAttach.scenario}: p50 ${steadyAttach.delayMs.p50} ms, p99 ${steadyAttach.delayMs.p99} ms ` +
          '(from occurredAt, taken early in the mutation, to arrival)',
      );
    }
    const results = [...pairs.map(([apiFigures]) => apiFigures), ...(steadyAttach ? [steadyAttach] : [])];
    for (const r of results) {
      if (!r.stages) continue;
      console.log(`\n${r.scenario} (API): where the time goes, per event and instance, p50 / p99 / max ms`);
      for (const [stage, v] of Object.entries(r.stages)) {
        console.log(
          `  ${stage.padEnd(44)}${String(v.p50).padStart(9)}${String(v.p99).padStart(9)}${String(v.max).padStart(9)}`,
        );
      }
      const e = r.emptyReads;
      if (e)
        console.log(
          `  events read only after empty reads: ${e.withEmptyReads} of ${e.events} (at most ${e.max} empty reads)`,
        );
    }
    const complete = [...pairs.flat(), ...(steadyAttach ? [steadyAttach] : [])].every(
      (r) => r.exactlyOnce && r.deliveries === r.expectedDeliveries,
    );
    console.log(`\nevery subscriber got every event exactly once: ${complete ? 'OK' : 'NO'}`);

    const report = {
      benchmark: 'live-events',
      at: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? null,
        node: process.version,
        load: os.loadavg(),
      },
      settings: { subscribers: SUBSCRIBERS, events: EVENTS, steadyEvents: STEADY_EVENTS, burst: BURST },
      results,
      rawResults: pairs.map(([, rawFigures]) => rawFigures),
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
