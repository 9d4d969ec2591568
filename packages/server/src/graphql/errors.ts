import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { DomainError, isDomainError } from '@posyandu-spm/core';
import type { Logger } from 'pino';
import {
  DATABASE_RETRY_AFTER_SECONDS,
  DATABASE_UNAVAILABLE_MESSAGES,
  isDatabaseUnavailable,
} from '../db/database-errors.js';

/** Turns database races into the same coded errors a user already knows. */
function fromDatabase(error: unknown): DomainError | null {
  if (error instanceof OptimisticLockError) {
    return new DomainError('VERSION_CONFLICT', {
      id: 'Kasus ini baru saja diubah orang lain. Muat ulang lalu coba lagi.',
      en: 'Someone else has just changed this case. Reload it and try again.',
    });
  }
  if (error instanceof UniqueConstraintViolationException) {
    return new DomainError('VERSION_CONFLICT', {
      id: 'Data yang sama baru saja disimpan bersamaan. Muat ulang lalu coba lagi.',
      en: 'The same data was just saved at the same time. Reload and try again.',
    });
  }
  if (isDatabaseUnavailable(error))
    return new DomainError('DATABASE_UNAVAILABLE', DATABASE_UNAVAILABLE_MESSAGES, {
      details: { retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS },
    });
  return null;
}

/**
 * Every error leaves the server with a stable `extensions.code` and both
 * languages in `extensions.messages`; `message` is the Indonesian text. Unexpected
 * errors are logged with their stack and reach the client only as INTERNAL_SERVER_ERROR.
 */
export function createErrorFormatter(log: Logger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const domain = isDomainError(original) ? original : fromDatabase(original);
    if (domain) {
      if (domain.code === 'DATABASE_UNAVAILABLE') {
        log.warn({ err: original, path: formatted.path }, 'database unavailable during a GraphQL operation');
      }
      return {
        message: domain.messages.id,
        locations: formatted.locations,
        path: formatted.path,
        extensions: {
          code: domain.code,
          messages: domain.messages,
          fields: domain.fields.map((f) => ({ field: f.field, messages: f.message })),
          ...(Object.keys(domain.details).length ? { details: domain.details } : {}),
        },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      // GraphQL's own errors (syntax, validation, bad variable types): the client's fault, kept as is.
      return {
        ...formatted,
        extensions: {
          ...formatted.extensions,
          messages: formatted.extensions?.messages ?? {
            id: `Permintaan tidak valid: ${formatted.message}`,
            en: formatted.message,
          },
          ...(exposeDetails ? {} : { stacktrace: undefined }),
        },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL operation');
    return {
      message: 'Terjadi kesalahan pada server. Silakan coba lagi.',
      path: formatted.path,
      extensions: {
        code: 'INTERNAL_SERVER_ERROR',
        messages: {
          id: 'Terjadi kesalahan pada server. Silakan coba lagi.',
          en: 'Something went wrong on the server. Please try again.',
        },
      },
    };
  };
}
