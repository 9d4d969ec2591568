import type { Server } from 'node:http';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { PluginRegistry, Principal } from '@posyandu-spm/core';
import { GraphQLError, getOperationAST, parse, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { TokenService } from '../auth/token.js';
import type { RequestContext } from '../graphql/context.js';
import { CalendarService } from '../services/calendar.service.js';
import { loadPrincipal } from '../services/principal.js';
import type { EventFeed } from './event-feed.js';

interface Options {
  httpServer: Server;
  schema: GraphQLSchema;
  orm: MikroORM;
  registry: PluginRegistry;
  tokens: TokenService;
  feed: EventFeed;
  log: Logger;
  now: () => Date;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/**
 * graphql-ws on the same port and path as HTTP GraphQL. The token goes in
 * `connection_init` ({ authorization: 'Bearer …' }); without a valid one the
 * socket closes with 4403 Forbidden. Only subscriptions run here: queries and
 * mutations go over HTTP, where the request limits and CSRF protection apply.
 */
export function attachWebSocket(options: Options): { dispose(): Promise<void> } {
  const { orm, tokens, log } = options;
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql', maxPayload: 64 * 1024 });
  const principals = new WeakMap<object, Principal>();
  const cleanup = useServer<Record<string, unknown>, { principal?: Principal }>(
    {
      schema: options.schema,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization;
        const token = typeof header === 'string' ? header.replace(/^Bearer\s+/i, '') : null;
        const userId = token ? await tokens.verify(token) : null;
        const principal = userId ? await loadPrincipal(orm.em.fork(), userId) : null;
        if (!principal) return false;
        principals.set(ctx.extra, principal);
        return true;
      },
      onSubscribe: (_ctx, _id, payload) => {
        let operation;
        try {
          operation = getOperationAST(parse(payload.query), payload.operationName);
        } catch {
          return [new GraphQLError('Permintaan tidak valid.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        if (operation?.operation !== 'subscription') {
          return [
            new GraphQLError('Hanya langganan (subscription) lewat WebSocket; gunakan HTTP untuk query dan mutation.', {
              extensions: {
                code: 'BAD_REQUEST',
                messages: {
                  id: 'Hanya langganan (subscription) lewat WebSocket; gunakan HTTP untuk query dan mutation.',
                  en: 'Only subscriptions run over WebSocket; use HTTP for queries and mutations.',
                },
              },
            }),
          ];
        }
        return undefined;
      },
      // The same coded, bilingual errors as over HTTP; nothing internal leaks.
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => options.formatError(e.toJSON(), e)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map((e) => options.formatError(e.toJSON(), e)) } : undefined,
      context: (ctx): RequestContext => {
        const em = orm.em.fork();
        return {
          em,
          principal: principals.get(ctx.extra) ?? null,
          registry: options.registry,
          calendars: new CalendarService(em),
          tokens,
          log,
          now: options.now,
          live: { feed: options.feed, fork: () => orm.em.fork() },
        };
      },
    },
    wsServer,
  );
  return {
    dispose: async () => {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}
