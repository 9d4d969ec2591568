import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { SpmPlugin } from '@posyandu-spm/core';
import { asPluginModule, type SpmPluginModule } from '@posyandu-spm/plugin-api';
import {
  DEMO_PASSWORD,
  LocalFileStore,
  createApiServer,
  createLogger,
  createTokenService,
  openOrm,
  type ApiLimitsInput,
  type ApiServer,
  type FileLimits,
  type FileStore,
  type NotificationChannel,
} from '@posyandu-spm/server';
import pg from 'pg';
import { createTestDatabase } from './database.js';
import { GraphQLClient } from './graphql-client.js';
import { subscribe, type TestSubscription } from './subscription-client.js';

/** A clock tests can set: deadlines and events use it instead of the system time. */
export class TestClock {
  private current: Date;
  constructor(start: Date | string = new Date()) {
    this.current = new Date(start);
  }
  now = (): Date => new Date(this.current);
  set(at: Date | string): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestServerOptions {
  /**
   * The sectors to boot with, and nothing else (as Backstage's startTestBackend): a plugin
   * module (with its server extension) or a bare plugin without one. Tests of the whole
   * distribution pass `loadInstalledPlugins()` from @posyandu-spm/api.
   */
  plugins: ReadonlyArray<SpmPluginModule | SpmPlugin>;
  clock?: TestClock;
  /** Join another test server's database, as a second instance of one system (it is not dropped on close). */
  sameDatabaseAs?: TestServer;
  /** Use this existing, migrated database (e.g. a benchmark's data set); it is not dropped on close. */
  databaseUrl?: string;
  /** Notification gateways (e.g. emailChannel to a test SMTP server); run them with server.deliverOutbox(). */
  channels?: readonly NotificationChannel[];
  /**
   * Abuse limits. Rate limits default to effectively none here (tests log in and
   * register many times under a clock that stands still); pass them to test them.
   */
  limits?: ApiLimitsInput;
  /** Run as NODE_ENV=production does: no introspection, no stack traces, strict CORS defaults. */
  production?: boolean;
  /** Serve a built console from this folder at `/` (e.g. apps/console/dist). */
  consoleDir?: string;
  /** Upload limits (size, image downscaling); files go to a temporary folder removed on close. */
  fileLimits?: Partial<FileLimits>;
  /**
   * Webhook targets on private, loopback and link-local addresses (the tests' local receivers) are
   * refused unless this is true; run deliveries with server.deliverWebhooks().
   */
  allowPrivateWebhookTargets?: boolean;
  /** The public address citizens' messages link to (PUBLIC_URL). */
  publicUrl?: string;
  /** Store uploads here instead of the temporary folder (e.g. an S3FileStore against startS3Server()); the caller closes it. */
  fileStore?: FileStore;
  /** A read replica's URL (DATABASE_REPLICA_URL): lists, counts and reports are read through it. */
  replicaUrl?: string;
  /** `warn`: start even when the start-up checks find faults (a benchmark's data set without escalation chains). */
  startupChecks?: { onFault: 'refuse' | 'warn' };
}

const UNLIMITED = { max: 1_000_000, windowSeconds: 60 };
const TEST_LIMITS: ApiLimitsInput = {
  rate: {
    loginPerIp: UNLIMITED,
    loginPerUser: UNLIMITED,
    trackPerIp: UNLIMITED,
    apiPerUser: UNLIMITED,
    apiPerIp: UNLIMITED,
  },
  ws: { maxConnectionsPerUser: 100, maxConnectionsPerIp: 1000 },
};

export interface TestServer {
  url: string;
  orm: MikroORM;
  server: ApiServer;
  clock: TestClock;
  /** The folder the uploaded files of this server are stored in (unused when `fileStore` was given). */
  filesDir: string;
  /** Plain SQL on the test database, for asserting what was written. */
  sql: pg.Pool;
  databaseUrl: string;
  /** Opens a graphql-ws subscription as this user token (null: no token). */
  subscribe<T>(token: string | null, query: string, variables?: Record<string, unknown>): TestSubscription<T>;
  /** Every SQL statement the ORM sent, in order; clear it before measuring. */
  statements: string[];
  anonymous(): GraphQLClient;
  /** Logs in a demo user (password DEMO_PASSWORD unless given) and returns a client acting as them. */
  as(username: string, password?: string): Promise<GraphQLClient>;
  close(): Promise<void>;
}

/**
 * Boots the real server with exactly the plugins you pass, on its own fresh
 * PostgreSQL database copied from the migrated, seeded template (Desa Gombang demo).
 */
export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const plugins = options.plugins.map(asPluginModule);
  const existingUrl = options.sameDatabaseAs?.databaseUrl ?? options.databaseUrl;
  const db = existingUrl ? { url: existingUrl, drop: async () => undefined } : await createTestDatabase();
  const statements: string[] = [];
  const orm = await openOrm({
    clientUrl: db.url,
    ...(options.replicaUrl ? { replicaUrl: options.replicaUrl } : {}),
    extensions: plugins.flatMap((m) => (m.server ? [m.server] : [])),
    sectors: plugins.map((m) => m.plugin),
    onQuery: (message) => {
      if (message.includes('[query]')) statements.push(message);
    },
    poolMax: 5,
  });
  const clock = options.clock ?? new TestClock();
  const filesDir = mkdtempSync(path.join(os.tmpdir(), 'psp-files-'));
  let server: ApiServer;
  try {
    server = await createApiServer({
      orm,
      plugins,
      tokens: createTokenService('test-secret-that-is-long-enough-for-hs256', 60),
      log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
      production: options.production ?? false,
      now: clock.now,
      // Tests move time themselves and run the clock with server.tickDeadlines().
      deadlineCheckSeconds: 0,
      channels: options.channels ?? [],
      outboxSeconds: 0,
      publicUrl: options.publicUrl,
      webhooks: { everySeconds: 0, allowPrivateTargets: options.allowPrivateWebhookTargets ?? false },
      consoleDir: options.consoleDir,
      ...(options.startupChecks ? { startupChecks: options.startupChecks } : {}),
      files: { store: options.fileStore ?? new LocalFileStore(filesDir), limits: options.fileLimits },
      limits: {
        ...TEST_LIMITS,
        ...options.limits,
        rate: { ...TEST_LIMITS.rate, ...options.limits?.rate },
        ws: { ...TEST_LIMITS.ws, ...options.limits?.ws },
      },
    });
  } catch (error) {
    // A server that refuses to start (e.g. a broken plugin) leaves no database behind.
    await orm.close();
    await db.drop();
    rmSync(filesDir, { recursive: true, force: true });
    throw error;
  }
  const { url } = await server.listen(0, '127.0.0.1');
  const sql = new pg.Pool({ connectionString: db.url, max: 2 });
  // Dropping the database ends its connections with 57P01; an idle client still closing must not
  // turn that into an uncaught error of the test run.
  sql.on('error', () => undefined);
  return {
    url,
    orm,
    server,
    clock,
    sql,
    filesDir,
    databaseUrl: db.url,
    statements,
    subscribe: (token, query, variables = {}) => subscribe(url, token, query, variables),
    anonymous: () => new GraphQLClient(url),
    as: (username, password = DEMO_PASSWORD) => GraphQLClient.login(url, username, password),
    async close() {
      await server.close();
      await orm.close();
      await sql.end();
      await db.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
