import type { LocalizedText } from '@posyandu-spm/core';
import { GraphQLError } from 'graphql';

/** Codes of the request limits, stable like the domain's error codes. */
export type LimitCode =
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'TOO_MANY_ALIASES'
  | 'REQUEST_TOO_LARGE'
  | 'MALFORMED_REQUEST'
  | 'RATE_LIMITED'
  | 'TOO_MANY_CONNECTIONS'
  | 'TOO_MANY_SUBSCRIPTIONS'
  | 'OPERATION_NOT_ALLOWED';

/**
 * A refused request, shaped like every other error of the API: a stable
 * `extensions.code`, both languages, details; `http` sets the status (and
 * headers such as Retry-After) of an HTTP response.
 */
export function limitError(
  code: LimitCode,
  messages: LocalizedText,
  options: { details?: Record<string, unknown>; status?: number; headers?: Record<string, string> } = {},
): GraphQLError {
  return new GraphQLError(messages.id, {
    extensions: {
      code,
      messages,
      ...(options.details ? { details: options.details } : {}),
      http: {
        status: options.status ?? 400,
        ...(options.headers ? { headers: new Map(Object.entries(options.headers)) } : {}),
      },
    },
  });
}

/** The JSON body of an error answered before GraphQL runs (body too large, malformed JSON). */
export function errorBody(error: GraphQLError): { errors: Array<Record<string, unknown>> } {
  const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
  return { errors: [{ message: error.message, extensions }] };
}
