import type { IncomingMessage, Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { PluginRegistry, Principal } from '@posyandu-spm/core';
import {
  createSourceEventStream,
  getOperationAST,
  GraphQLError,
  Kind,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  subscribe,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { decodeJwt } from 'jose';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import type { TokenService } from '../auth/token.js';
import type { RequestContext } from '../graphql/context.js';
import { originAllowed } from '../security/http-guards.js';
import { limitError } from '../security/limit-errors.js';
import type { ApiLimits } from '../security/limits.js';
import { nulCharacterError, operationLimitError } from '../security/operation-limits.js';
import { CalendarService } from '../services/calendar.service.js';
import { auditActor, AuditTrail, insertAuditForActors, type AuditActor } from '../security/audit-trail.js';
import { authenticateSocket, type AuthInfo } from '../security/authenticate.js';
import { pluginServices } from '../extension/plugin-services.js';
import type { TopicHub } from '../extension/topic-hub.js';
import { prefetchEventViews } from './case-events.resolver.js';
import type { EventFeed } from './event-feed.js';
import { CLOSE_TOO_SLOW, FanoutHub, FEED_FIELDS } from './fanout-hub.js';
import { LiveSource } from './live-iterator.js';
import type { LiveIdentity } from './visibility-class.js';

interface Options {
  httpServer: Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  registry: PluginRegistry;
  tokens: TokenService;
  feed: EventFeed;
  topics: TopicHub;
  log: Logger;
  now: () => Date;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  limits: ApiLimits;
  production: boolean;
}

/**
 * Close codes: 4403 Forbidden (graphql-ws's own) for a bad, expired or revoked login; 4429 for too many
 * sockets; 4413 for a subscriber that stopped reading (its send buffer passed `WS_MAX_BUFFERED_KB`).
 */
export const CLOSE_TOO_MANY_CONNECTIONS = 4429;
export { CLOSE_TOO_SLOW };

/** How often an open socket checks that its user still exists and is active (and picks up role changes). */
const RECHECK_MS = 60_000;

/** The client IP of an upgrade request, read like Express does for HTTP under TRUST_PROXY. */
export function clientIpOf(request: IncomingMessage, trustProxy: ApiLimits['trustProxy']): string {
  const socketIp = request.socket.remoteAddress ?? 'unknown';
  if (trustProxy === false || trustProxy === 0) return socketIp;
  const header = request.headers['x-forwarded-for'];
  const chain = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!chain.length) return socketIp;
  if (trustProxy === true) return chain[0] ?? socketIp;
  // A number is how many proxies to trust; a named list (e.g. "loopback") is taken as one proxy.
  const hops = typeof trustProxy === 'number' ? trustProxy : 1;
  return chain[Math.max(0, chain.length - hops)] ?? socketIp;
}

function bump(map: Map<string, number>, key: string, by: number): number {
  const next = (map.get(key) ?? 0) + by;
  if (next <= 0) map.delete(key);
  else map.set(key, next);
  return next;
}

/**
 * graphql-ws on the same port and path as HTTP GraphQL. The token goes in
 * `connection_init` ({ authorization: 'Bearer …' }); without a valid one the
 * socket closes with 4403 Forbidden, and so it does the moment the token
 * expires or the user is deactivated.
 *
 * Only subscriptions run here: queries and mutations go over HTTP, where the
 * rate limits, the request-size limit and CSRF prevention apply (a socket would
 * be a way around all three, and the console needs nothing over it but live
 * events). Every subscription passes the same checks as an HTTP operation:
 * graphql-js's standard rules, the depth, alias and cost limits, and no
 * introspection in production. The upgrade is refused for a browser page whose
 * Origin CORS does not allow, and sockets and subscriptions are capped per user,
 * per IP and per connection.
 */
export function attachWebSocket(options: Options): { dispose(): Promise<void> } {
  const { orm, tokens, log, limits } = options;
  const perIp = new Map<string, number>();
  const perUser = new Map<string, number>();
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: limits.ws.maxPayloadBytes,
    verifyClient: ({ origin, req }, done) => {
      if (!originAllowed(origin || undefined, req.headers.host, limits.corsOrigins, options.production)) {
        log.warn({ origin }, 'websocket upgrade refused: origin not allowed');
        done(false, 403, 'Origin not allowed');
        return;
      }
      const ip = clientIpOf(req, limits.trustProxy);
      if ((perIp.get(ip) ?? 0) >= limits.ws.maxConnectionsPerIp) {
        done(false, 429, 'Too many connections');
        return;
      }
      done(true);
    },
  });
  const principals = new WeakMap<object, Principal>();
  const auths = new WeakMap<object, AuthInfo>();
  /** Per connection: the user counted against the per-user cap, and the timers that end its session. */
  const sessions = new WeakMap<object, { userId: string; timers: NodeJS.Timeout[] }>();
  const endSession = (extra: object): void => {
    const session = sessions.get(extra);
    if (!session) return;
    sessions.delete(extra);
    session.timers.forEach(clearTimeout);
    bump(perUser, session.userId, -1);
  };
  const validationRules = options.production ? [...specifiedRules, NoSchemaIntrospectionCustomRule] : specifiedRules;

  /** A resolver's context for one execution: its own unit of work, run as `who`, auditing as `actor`. */
  const buildContext = (who: {
    principal: () => Principal | null;
    auth: AuthInfo | null;
    clientIp: () => string;
    actor: AuditActor;
  }): RequestContext => {
    const em = orm.em.fork();
    return {
      em,
      auth: who.auth,
      audit: new AuditTrail(who.actor, options.now),
      // Read at each use: a recheck that finds the user's roles changed applies to running subscriptions too.
      get principal() {
        return who.principal();
      },
      registry: options.registry,
      calendars: new CalendarService(em),
      tokens,
      log,
      now: options.now,
      // A getter: a shared live execution notices when a resolver asks for the address (visibility-class.ts).
      get clientIp() {
        return who.clientIp();
      },
      live: { feed: options.feed, fork: () => orm.em.fork() },
      spm: pluginServices({
        registry: options.registry,
        topics: options.topics,
        principal: who.principal,
        now: options.now,
      }),
    };
  };
  const identityOf = (extra: { request: IncomingMessage }): LiveIdentity | null => {
    const principal = principals.get(extra);
    if (!principal) return null;
    return { principal, auth: auths.get(extra) ?? null, clientIp: clientIpOf(extra.request, limits.trustProxy) };
  };
  const hub = new FanoutHub({
    schema: options.schema,
    feed: options.feed,
    log,
    context: (identity, actor) =>
      buildContext({
        principal: () => identity.principal,
        auth: identity.auth,
        clientIp: () => identity.clientIp,
        actor,
      }),
    audit: (actors, entries) => insertAuditForActors(orm.em.fork(), actors, entries),
    flushAudit: (ctx) => ctx.audit.flush(orm.em.fork()),
    formatError: (e) => withoutHttp(options.formatError(e.toJSON(), e)),
    maxBufferedBytes: limits.ws.maxBufferedBytes,
    prefetch: (events) => prefetchEventViews(events, orm.em.fork()),
  });
  /** Subscriptions of the event feed, by their execution arguments: the hub serves them. */
  const feedSubscriptions = new WeakMap<
    ExecutionArgs,
    { extra: { socket: WebSocket; request: IncomingMessage }; id: string; query: string }
  >();

  const cleanup = useServer<Record<string, unknown>>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization;
        const token = typeof header === 'string' ? header.replace(/^Bearer\s+/i, '') : null;
        const ip = clientIpOf(ctx.extra.request, limits.trustProxy);
        // The same check as every HTTP request: a live login session (or an API key), the user active.
        const who = token ? await authenticateSocket(orm.em.fork(), tokens, token, options.now(), ip) : null;
        const principal = who?.principal ?? null;
        if (!who || !principal || !token) return false;
        auths.set(ctx.extra, who.auth);
        if ((perUser.get(principal.userId) ?? 0) >= limits.ws.maxConnectionsPerUser) {
          ctx.extra.socket.close(CLOSE_TOO_MANY_CONNECTIONS, 'Too many connections');
          return false;
        }
        principals.set(ctx.extra, principal);
        const socket = ctx.extra.socket;
        const forbid = (reason: string): void => {
          log.info({ userId: principal.userId, reason }, 'websocket closed: session ended');
          socket.close(CloseCode.Forbidden, reason);
        };
        const timers: NodeJS.Timeout[] = [];
        // The token's own expiry (tokens are signed on the system clock, so this timer uses it too).
        const exp = who.auth.kind === 'session' ? decodeJwt(token).exp : undefined;
        if (typeof exp === 'number') {
          // setTimeout holds at most ~24.8 days; a longer token is rechecked below anyway.
          const ms = Math.min(exp * 1000 - Date.now(), 2 ** 31 - 1);
          timers.push(setTimeout(() => forbid('Token expired'), Math.max(0, ms)));
        }
        // A deactivated user (or revoked session) stops receiving events; role changes take effect.
        const recheck = async (): Promise<void> => {
          const still = (await authenticateSocket(orm.em.fork(), tokens, token, options.now(), ip))?.principal;
          if (!still) forbid('Session revoked');
          else {
            principals.set(ctx.extra, still);
            hub.refresh(socket);
          }
        };
        const interval = setInterval(() => {
          recheck().catch((error: unknown) => log.warn({ err: error }, 'websocket session recheck failed'));
        }, RECHECK_MS);
        timers.push(interval);
        timers.forEach((t) => t.unref());
        sessions.set(ctx.extra, { userId: principal.userId, timers });
        bump(perUser, principal.userId, 1);
        socket.once('close', () => endSession(ctx.extra));
        return true;
      },
      onClose: (ctx) => endSession(ctx.extra),
      onSubscribe: (ctx, id, payload): ExecutionArgs | readonly GraphQLError[] => {
        if (Object.keys(ctx.subscriptions).length > limits.ws.maxSubscriptionsPerConnection) {
          return [
            limitError(
              'TOO_MANY_SUBSCRIPTIONS',
              {
                id: `Terlalu banyak langganan pada satu koneksi (paling banyak ${limits.ws.maxSubscriptionsPerConnection}).`,
                en: `Too many subscriptions on one connection (at most ${limits.ws.maxSubscriptionsPerConnection}).`,
              },
              { details: { max: limits.ws.maxSubscriptionsPerConnection } },
            ),
          ];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          const message = error instanceof GraphQLError ? error.message : 'Permintaan tidak valid.';
          return [
            new GraphQLError(message, {
              extensions: {
                code: 'GRAPHQL_PARSE_FAILED',
                messages: { id: `Permintaan tidak dapat dibaca: ${message}`, en: message },
              },
            }),
          ];
        }
        const invalid = validate(options.schema, document, validationRules);
        if (invalid.length) {
          return invalid.map((e) =>
            e.extensions.code
              ? e
              : new GraphQLError(e.message, {
                  nodes: e.nodes,
                  extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
                }),
          );
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation?.operation !== 'subscription') {
          return [
            limitError('OPERATION_NOT_ALLOWED', {
              id: 'Hanya langganan (subscription) lewat WebSocket; gunakan HTTP untuk query dan mutation.',
              en: 'Only subscriptions run over WebSocket; use HTTP for queries and mutations.',
            }),
          ];
        }
        const variables = payload.variables ?? {};
        const refused =
          operationLimitError(limits, options.schema, document, operation, variables) ??
          nulCharacterError(document, variables);
        if (refused) return [refused];
        const args: ExecutionArgs = {
          schema: options.schema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
        };
        const root = operation.selectionSet.selections[0];
        if (root?.kind === Kind.FIELD && FEED_FIELDS.has(root.name.value)) {
          feedSubscriptions.set(args, { extra: ctx.extra, id, query: payload.query });
        }
        return args;
      },
      // The same coded, bilingual errors as over HTTP; nothing internal leaks.
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => withoutHttp(options.formatError(e.toJSON(), e))),
      // Feed subscriptions are fanned out by the hub; the rest (plugins' live views) run here, one per socket.
      subscribe: async (args) => {
        const feedSubscription = feedSubscriptions.get(args);
        if (!feedSubscription) return subscribe(args);
        const source = await createSourceEventStream(args);
        if (!(source instanceof LiveSource)) return 'errors' in source ? source : subscribe(args);
        const { extra, id, query } = feedSubscription;
        return hub.join({
          socket: extra.socket,
          id,
          query,
          args,
          source,
          identity: () => identityOf(extra),
          actor: () => (args.contextValue as RequestContext).audit.actor,
        });
      },
      onNext: async (ctx, _id, _payload, args, result) => {
        // A socket that stopped reading is closed rather than buffered for without end (as in the hub).
        if (ctx.extra.socket.bufferedAmount > limits.ws.maxBufferedBytes) {
          ctx.extra.socket.close(CLOSE_TOO_SLOW, 'Too slow: send buffer over limit');
        }
        // Sensitive reads in this event (full NIK or KK, a reporter's identity) are audited before it is sent.
        const audit = (args.contextValue as RequestContext).audit;
        if (audit.pending) {
          try {
            await audit.flush(orm.em.fork());
          } catch (error) {
            log.error({ err: error }, 'audit: could not record sensitive reads; event withheld');
            return {
              errors: [new GraphQLError('Audit unavailable', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
            };
          }
        }
        return result.errors
          ? { ...result, errors: result.errors.map((e) => withoutHttp(options.formatError(e.toJSON(), e))) }
          : undefined;
      },
      context: (ctx): RequestContext => {
        const auth = auths.get(ctx.extra) ?? null;
        const clientIp = clientIpOf(ctx.extra.request, limits.trustProxy);
        return buildContext({
          principal: () => principals.get(ctx.extra) ?? null,
          auth,
          clientIp: () => clientIp,
          actor: auditActor(principals.get(ctx.extra) ?? null, auth, clientIp),
        });
      },
    },
    wsServer,
  );
  // Registered after graphql-ws's own listener, so it can replace that one's `error` handler.
  wsServer.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    const ip = clientIpOf(request, limits.trustProxy);
    bump(perIp, ip, 1);
    socket.once('close', () => bump(perIp, ip, -1));
    // A protocol error (e.g. a message over maxPayload) is the client's doing: \`ws\` has already closed the
    // socket with the right code (1009); graphql-ws would print it to the console as an internal error.
    socket.removeAllListeners('error');
    socket.on('error', (error: Error & { code?: string }) => {
      log.warn({ ip, code: error.code, message: error.message }, 'websocket protocol error; socket closed');
    });
  });
  return {
    dispose: async () => {
      hub.close();
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

/** `http` (status, headers) means something over HTTP only. */
function withoutHttp(error: GraphQLFormattedError): GraphQLFormattedError {
  if (!error.extensions || !('http' in error.extensions)) return error;
  const { http: _http, ...extensions } = error.extensions;
  return { ...error, extensions };
}
