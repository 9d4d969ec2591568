import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDomainError } from '@posyandu-spm/core';
import type { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { RequestContext } from './context.js';

function codeOf(error: GraphQLError): string {
  const original = unwrapResolverError(error);
  if (isDomainError(original)) return original.code;
  return typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
}

/**
 * One JSON log line per GraphQL operation: its name and type, the user, how
 * long it took and the error codes it returned — never its variables, which
 * carry personal data (NIK, names, phone numbers).
 */
export function requestLogger(log: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          log.info(
            {
              operation: operationName ?? null,
              type: operation?.operation ?? null,
              userId: contextValue.principal?.userId ?? null,
              ms: Number(process.hrtime.bigint() - started) / 1e6,
              errors: errors?.map(codeOf),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
