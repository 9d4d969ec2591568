import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import { isDomainError, PluginRegistry } from '@posyandu-spm/core';
import type { SpmPluginModule } from '@posyandu-spm/plugin-api';
import compression from 'compression';
import cors from 'cors';
import express from 'express';
import type { Logger } from 'pino';
import pg from 'pg';
import type { TokenService } from './auth/token.js';
import { serveConsole } from './console-static.js';
import { LocalFileStore, type FileStore } from './files/file-store.js';
import { mountFileRoutes } from './files/files.routes.js';
import { DEFAULT_FILE_LIMITS, type FileLimits } from './files/process-upload.js';
import { assembleServerExtensions } from './extension/assemble-extensions.js';
import { mountDownloadRoutes, mountExtensionRoutes } from './extension/extension-routes.js';
import { reportRoutes } from './reports/report.routes.js';
import { mountOpen311Routes } from './open311/open311.routes.js';
import { pluginServices } from './extension/plugin-services.js';
import { TopicHub } from './extension/topic-hub.js';
import { EventFeed } from './live/event-feed.js';
import { attachWebSocket } from './live/websocket.js';
import type { RequestContext } from './graphql/context.js';
import { createErrorFormatter } from './graphql/errors.js';
import { databaseUnavailableOr, databaseUnavailableStatus } from './graphql/database-unavailable.js';
import { createMetrics } from './metrics.js';
import { readiness } from './readiness.js';
import { noStore } from './graphql/no-store.js';
import { requestLogger } from './graphql/request-logger.js';
import { buildApiSchema } from './graphql/schema.js';
import { CalendarService } from './services/calendar.service.js';
import { ReferenceCache } from './cache/reference-cache.js';
import type { NotificationChannel } from './notify/channel.js';
import { registerCitizenMessages } from './notify/citizen-messages.js';
import { deliverOutbox, type OutboxRun } from './notify/outbox.js';
import { mountStatusCallbacks } from './notify/status-callbacks.js';
import { deliverDueWebhooks, type WebhookRun } from './webhooks/webhook-delivery.js';
import { fanOutWebhooks } from './webhooks/webhook-fanout.js';
import { checkCalendarAtStartup } from './services/calendar-year.service.js';
import { runDeadlineClock, type ClockTick } from './services/deadline-clock.service.js';
import { auditReads } from './security/audit-reads.plugin.js';
import { registerAuditSubscriber } from './security/audit-mutations.js';
import { auditActor, AuditTrail } from './security/audit-trail.js';
import { authenticate, authFailure, credentialsFrom } from './security/authenticate.js';
import { bodyErrorHandler, corsOptions } from './security/http-guards.js';
import { resolveLimits, type ApiLimitsInput } from './security/limits.js';
import { RateLimiter } from './security/rate-limiter.js';
import { requestLimits } from './security/request-limits.plugin.js';
import { pluginContractFaults } from './startup/plugin-contract.check.js';
import { runStartupChecks, type StartupCheck } from './startup/startup-check.js';
import { STARTUP_CHECKS } from './startup/startup-checks.js';
import { StartupError } from './startup/startup-error.js';

export interface ServerOptions {
  orm: MikroORM;
  /**
   * The sectors to serve, each with its server extension if it has one (tables, GraphQL types,
   * downloads). The server knows no plugin of its own: the app that composes it passes them.
   */
  plugins: readonly SpmPluginModule[];
  tokens: TokenService;
  log: Logger;
  production: boolean;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
  /** How often the deadline clock looks for due-soon and overdue cases (0: never by itself). */
  deadlineCheckSeconds?: number;
  /** Gateways for notifications (e-mail, …); messages for a channel not configured wait in the outbox. */
  channels?: readonly NotificationChannel[];
  /** How often the outbox is delivered (0: never by itself). */
  outboxSeconds?: number;
  /** The address citizens reach the console at (PUBLIC_URL), e.g. https://spm.klatenkab.go.id: their messages link to its /lacak. */
  publicUrl?: string;
  /** Abuse limits (depth, cost, aliases, body size, rate limits, CORS, WebSocket caps); unset ones keep the defaults. */
  limits?: ApiLimitsInput;
  /**
   * Signed webhooks: how often they are fanned out and sent (default 10 s; 0: never by itself), and
   * whether private, loopback and link-local targets are allowed (default false; tests, intranets).
   */
  webhooks?: { everySeconds?: number; allowPrivateTargets?: boolean };
  /** How many days back a live subscriber may resume with an event cursor (default 30). */
  eventReplayDays?: number;
  /** The built console to serve at `/` (e.g. apps/console/dist); unset: the API only. */
  consoleDir?: string;
  /** Uploaded documents: where the bytes go (default: a folder under the system's temp dir) and the limits. */
  files?: { store?: FileStore; limits?: Partial<FileLimits> };
  /**
   * The checks of the assembled system before it serves (default: STARTUP_CHECKS). With
   * `warn`, their faults are logged and the server starts anyway (STARTUP_CHECKS=warn, to
   * reach the admin page and fix the org chart); the plugins' own contract is always enforced.
   */
  startupChecks?: { checks?: readonly StartupCheck[]; onFault?: 'refuse' | 'warn' };
}

export interface ApiServer {
  registry: PluginRegistry;
  /** Runs the deadline clock once now (it also runs every `deadlineCheckSeconds`). */
  tickDeadlines(): Promise<ClockTick>;
  /** Delivers the due outbox messages once now (it also runs every `outboxSeconds`). */
  deliverOutbox(): Promise<OutboxRun>;
  /** Fans new case events out to webhook endpoints and sends the due deliveries once now. */
  deliverWebhooks(): Promise<WebhookRun>;
  httpServer: http.Server;
  listen(port: number, host: string): Promise<{ port: number; url: string }>;
  close(): Promise<void>;
}

/**
 * Runs the plugins' contract check and every start-up check, and refuses to start with all
 * their faults at once (StartupError). Returns the registry of the (valid) plugins.
 */
async function checkAssembledSystem(options: ServerOptions, now: Date): Promise<PluginRegistry> {
  const contract = pluginContractFaults(options.plugins);
  const broken = new Set(contract.map((f) => f.subject));
  const registry = new PluginRegistry(options.plugins.map((m) => m.plugin).filter((p) => !broken.has(p.id)));
  const checked = await runStartupChecks(options.startupChecks?.checks ?? STARTUP_CHECKS, {
    em: options.orm.em.fork(),
    plugins: options.plugins,
    registry,
    now,
  });
  if (checked.length && options.startupChecks?.onFault === 'warn' && !contract.length) {
    for (const fault of checked) options.log.warn({ fault }, `start-up check ${fault.check}: ${fault.message}`);
    return registry;
  }
  if (contract.length || checked.length) throw new StartupError([...contract, ...checked]);
  return registry;
}

/**
 * Assembles the API: validates the plugins (refusing to start on any fault),
 * builds the one schema, and serves GraphQL at /graphql with /healthz and /readyz.
 */
export async function createApiServer(options: ServerOptions): Promise<ApiServer> {
  const { orm, tokens, log } = options;
  const now = options.now ?? (() => new Date());
  const registry = await checkAssembledSystem(options, now());
  const extensions = assembleServerExtensions(
    options.plugins.flatMap((m) => (m.server ? [m.server] : [])),
    registry.plugins,
  );
  const schema = await buildApiSchema(extensions);
  registerAuditSubscriber(orm);
  registerCitizenMessages(orm, registry, options.publicUrl);
  await checkCalendarAtStartup(orm.em, now(), log);
  const app = express();
  const httpServer = http.createServer(app);
  const pool = new pg.Pool({ connectionString: orm.config.get('clientUrl'), max: 3 });
  // An idle connection dropped by the database (restart, failover) must not bring the server down.
  pool.on('error', (error) => log.warn({ err: error }, 'event feed: idle database connection lost'));
  // The feed counts deliveries into the metrics; the metrics read the feed's subscribers at each scrape.
  const metrics = createMetrics({ orm, log, subscribers: () => feed.subscribers });
  const feed = new EventFeed(pool, log, {
    replayDays: options.eventReplayDays,
    registry,
    onDelivered: metrics.eventDelivered,
  });
  const topics = new TopicHub(orm.config.get('clientUrl') as string, log);
  await feed.start();
  const references = new ReferenceCache(orm.config.get('clientUrl') as string, log).attach(orm);
  await references.start();
  const formatError = createErrorFormatter(log, !options.production);
  const limits = resolveLimits(options.limits);
  const production = options.production;
  const ws = attachWebSocket({
    httpServer,
    schema,
    orm,
    registry,
    tokens,
    feed,
    topics,
    log,
    now,
    formatError,
    limits,
    production,
  });
  const rateLimiter = new RateLimiter(orm, log, now);
  const webhookPolicy = { allowPrivate: options.webhooks?.allowPrivateTargets ?? false };
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: limits.maxTokens },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No cache hints anywhere: its per-field work bought only the no-store header (graphql/no-store.ts).
      ApolloServerPluginCacheControlDisabled(),
      noStore(),
      requestLogger(log),
      metrics.graphqlPlugin(),
      databaseUnavailableStatus(),
      auditReads(),
      requestLimits(limits, rateLimiter),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // gzip: GraphQL answers and the console's files shrink several times, which matters on 3G.
  app.use(compression());
  app.set('trust proxy', limits.trustProxy);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  const ready = readiness({ orm, log, registry, installed: options.plugins.map((m) => m.plugin.id) });
  app.get('/readyz', async (_req, res) => {
    const answer = await ready();
    if (answer.status !== 'ready') res.status(503).set('retry-after', '5');
    res.json(answer);
  });
  app.get('/metrics', async (_req, res) => {
    res.set('content-type', metrics.registry.contentType);
    res.send(await metrics.registry.metrics());
  });
  app.use(
    '/graphql',
    cors(corsOptions(limits, production)),
    express.json({ limit: limits.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext> => {
        const em = orm.em.fork();
        const clientIp = req.ip ?? req.socket.remoteAddress ?? 'unknown';
        let who;
        try {
          who = await authenticate(em, tokens, credentialsFrom(req.headers), now(), clientIp);
        } catch (error) {
          if (isDomainError(error)) throw authFailure(error);
          throw databaseUnavailableOr(error);
        }
        const principal = who?.principal ?? null;
        const auth = who?.auth ?? null;
        return {
          em,
          principal,
          auth,
          audit: new AuditTrail(auditActor(principal, auth, clientIp), now),
          registry,
          calendars: new CalendarService(em, references),
          tokens,
          log,
          now,
          clientIp,
          spm: pluginServices({ registry, topics, principal: () => principal, now }),
          integrations: { allowPrivateWebhookTargets: webhookPolicy.allowPrivate },
        };
      },
    }),
    bodyErrorHandler(limits, log),
  );
  const fileStore =
    options.files?.store ?? new LocalFileStore(path.join(os.tmpdir(), 'posyandu-spm-files', String(process.pid)));
  if (!options.files?.store)
    log.warn({ store: fileStore.description }, 'no file store configured; uploads are temporary');
  mountFileRoutes(app, {
    orm,
    registry,
    tokens,
    log,
    now,
    limits,
    production,
    store: fileStore,
    fileLimits: { ...DEFAULT_FILE_LIMITS, ...options.files?.limits },
    rateLimiter,
  });
  const downloads = { orm, registry, tokens, topics, log, now, limits, production, rateLimiter };
  mountExtensionRoutes(app, extensions, downloads);
  mountDownloadRoutes(
    app,
    '/reports',
    'reports',
    reportRoutes(registry, { maxExportRows: limits.maxExportRows }),
    downloads,
  );
  mountOpen311Routes(app, { orm, registry, tokens, log, now, limits, rateLimiter });
  mountStatusCallbacks(app, options.channels ?? [], orm.em, now, log);
  if (options.consoleDir) serveConsole(app, options.consoleDir, log);

  const tickDeadlines = (): Promise<ClockTick> =>
    metrics.timeDeadlineSweep(() => runDeadlineClock(orm.em, registry, now()));
  const checkEvery = options.deadlineCheckSeconds ?? 60;
  const clockTimer =
    checkEvery > 0
      ? setInterval(() => {
          tickDeadlines().catch((error: unknown) => log.error({ err: error }, 'deadline clock failed; will retry'));
        }, checkEvery * 1000)
      : null;
  clockTimer?.unref();
  const channels = new Map((options.channels ?? []).map((c) => [c.id, c]));
  const deliver = (): Promise<OutboxRun> => deliverOutbox(orm.em, channels, now(), log);
  const outboxEvery = options.outboxSeconds ?? 30;
  const outboxTimer =
    outboxEvery > 0 && channels.size
      ? setInterval(() => {
          deliver().catch((error: unknown) => log.error({ err: error }, 'outbox delivery failed; will retry'));
        }, outboxEvery * 1000)
      : null;
  outboxTimer?.unref();
  const deliverHooks = async (): Promise<WebhookRun> => {
    const fannedOut = await fanOutWebhooks(orm.em, registry, now());
    return { fannedOut, ...(await deliverDueWebhooks(orm.em, now(), webhookPolicy, log)) };
  };
  const hooksEvery = options.webhooks?.everySeconds ?? 10;
  const hooksTimer =
    hooksEvery > 0
      ? setInterval(() => {
          deliverHooks().catch((error: unknown) => log.error({ err: error }, 'webhook delivery failed; will retry'));
        }, hooksEvery * 1000)
      : null;
  hooksTimer?.unref();
  const rateSweepTimer = setInterval(() => rateLimiter.sweep(), 60_000);
  rateSweepTimer.unref();

  return {
    registry,
    tickDeadlines,
    deliverOutbox: deliver,
    deliverWebhooks: deliverHooks,
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' ? '127.0.0.1' : host;
          resolve({ port: address.port, url: `http://${shownHost}:${address.port}` });
        });
      }),
    close: async () => {
      if (clockTimer) clearInterval(clockTimer);
      if (outboxTimer) clearInterval(outboxTimer);
      if (hooksTimer) clearInterval(hooksTimer);
      clearInterval(rateSweepTimer);
      await ws.dispose();
      await apollo.stop();
      await feed.close();
      await references.close();
      await topics.close();
      await pool.end();
      for (const channel of channels.values()) await channel.close?.();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
