import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGES,
  isDatabaseUnavailable,
} from '../db/database-errors.js';
import type { RequestContext } from './context.js';

/**
 * The error thrown while building a request's context (the login is read from the database)
 * when the database is away: coded DATABASE_UNAVAILABLE, HTTP 503 with Retry-After. Any other
 * error is returned as it is.
 */
export function databaseUnavailableOr(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGES.id, {
    originalError: error instanceof Error ? error : undefined,
    extensions: {
      code: 'DATABASE_UNAVAILABLE',
      messages: DATABASE_UNAVAILABLE_MESSAGES,
      details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
      http: { status: 503, headers: new Map([['retry-after', String(DATABASE_RETRY_AFTER_SECONDS)]]) },
    },
  });
}

/**
 * An operation that failed because the database is away answers HTTP 503 with Retry-After, so
 * a client's retry queue and a load balancer can tell "try again shortly" from a bug (500) or a
 * refusal (200 with a coded error). The code itself comes from the error formatter.
 */
export function databaseUnavailableStatus(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE')) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
