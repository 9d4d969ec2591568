import type { CorsOptions } from 'cors';
import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { errorBody, limitError } from './limit-errors.js';
import type { ApiLimits } from './limits.js';

const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Whether a browser page from `origin` may call the API. No Origin header means
 * no browser page (an OPD system, curl), which CORS does not concern.
 * `host` is the request's Host header: the API's own origin is always allowed.
 */
export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: ApiLimits['corsOrigins'],
  production: boolean,
): boolean {
  if (!origin) return true;
  if (allowed === '*') return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (host && parsed.host === host) return true;
  if (allowed === null) return !production && LOCALHOST.test(origin);
  return allowed.includes(origin);
}

/** CORS for /graphql from CORS_ORIGINS: listed origins get the CORS headers, others none (the browser blocks them). */
export function corsOptions(limits: ApiLimits, production: boolean): CorsOptions {
  return {
    origin: (origin, callback) => callback(null, originAllowed(origin, undefined, limits.corsOrigins, production)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name'],
    maxAge: 600,
  };
}

/**
 * Errors raised before GraphQL runs (a body over the size limit, JSON that does
 * not parse) answered as coded GraphQL errors in JSON, never Express's HTML page.
 */
export function bodyErrorHandler(limits: ApiLimits, log: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const type = (error as { type?: string }).type;
    let refused;
    if (type === 'entity.too.large') {
      refused = limitError(
        'REQUEST_TOO_LARGE',
        {
          id: `Permintaan terlalu besar (paling banyak ${Math.floor(limits.maxBodyBytes / 1024)} KiB).`,
          en: `The request is too large (at most ${Math.floor(limits.maxBodyBytes / 1024)} KiB).`,
        },
        { status: 413, details: { maxBytes: limits.maxBodyBytes } },
      );
    } else if (type === 'entity.parse.failed' || type === 'charset.unsupported' || type === 'encoding.unsupported') {
      refused = limitError('MALFORMED_REQUEST', {
        id: 'Isi permintaan bukan JSON yang valid.',
        en: 'The request body is not valid JSON.',
      });
    } else {
      log.error({ err: error }, 'unexpected error before GraphQL');
      res.status(500).json({
        errors: [
          {
            message: 'Terjadi kesalahan pada server. Silakan coba lagi.',
            extensions: {
              code: 'INTERNAL_SERVER_ERROR',
              messages: {
                id: 'Terjadi kesalahan pada server. Silakan coba lagi.',
                en: 'Something went wrong on the server. Please try again.',
              },
            },
          },
        ],
      });
      return;
    }
    const status = (refused.extensions.http as { status: number }).status;
    res.status(status).json(errorBody(refused));
  };
}
