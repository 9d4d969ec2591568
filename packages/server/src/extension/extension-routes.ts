import type { MikroORM } from '@mikro-orm/postgresql';
import { DomainError, isDomainError, type PluginRegistry } from '@posyandu-spm/core';
import cors from 'cors';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { TokenService } from '../auth/token.js';
import { auditActor, insertAudit } from '../security/audit-trail.js';
import { authenticate, credentialsFrom } from '../security/authenticate.js';
import { corsOptions } from '../security/http-guards.js';
import type { ApiLimits } from '../security/limits.js';
import type { RateLimiter } from '../security/rate-limiter.js';
import { pluginServices } from './plugin-services.js';
import type { PluginRoute, SpmServerExtension } from '@posyandu-spm/plugin-api';
import type { TopicHub } from './topic-hub.js';
import { rateLimitHeaders } from '../security/rate-limiter.js';
import { apiHit } from '../security/request-limits.plugin.js';

export interface ExtensionRoutesOptions {
  orm: MikroORM;
  registry: PluginRegistry;
  tokens: TokenService;
  topics: TopicHub;
  log: Logger;
  now: () => Date;
  limits: ApiLimits;
  production: boolean;
  rateLimiter: RateLimiter;
}

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  API_KEY_INVALID: 401,
  API_KEY_REVOKED: 401,
  API_KEY_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  RATE_LIMITED: 429,
  EXPORT_TOO_LARGE: 422,
};

function sendError(res: Response, error: DomainError): void {
  res
    .status(STATUS[error.code] ?? 400)
    .set('cache-control', 'no-store')
    .json({
      errors: [
        {
          message: error.messages.id,
          extensions: {
            code: error.code,
            messages: error.messages,
            ...(error.fields.length
              ? { fields: error.fields.map((f) => ({ field: f.field, messages: f.message })) }
              : {}),
            ...(Object.keys(error.details).length ? { details: error.details } : {}),
          },
        },
      ],
    });
}

/**
 * Plugins' downloads at `GET /plugins/<sectorId>/<path>` (see {@link mountDownloadRoutes}).
 */
export function mountExtensionRoutes(
  app: Express,
  extensions: readonly SpmServerExtension[],
  o: ExtensionRoutesOptions,
): void {
  for (const ext of extensions) {
    if (ext.routes?.length) mountDownloadRoutes(app, `/plugins/${ext.sectorId}`, ext.sectorId, ext.routes, o);
  }
}

/**
 * Authenticated downloads (reports as CSV or XLSX) at `GET <base>/<path>`: the same
 * `Authorization: Bearer …` (or API key) as GraphQL, the same per-user rate limit, coded
 * bilingual JSON errors, and one audit row per download. The handler gets its own unit of
 * work and `ctx.spm`; it decides who may read what (through the core's access policy), as a
 * resolver would. Used for the plugins' routes and the core's reports.
 */
export function mountDownloadRoutes(
  app: Express,
  base: string,
  operationPrefix: string,
  routes: readonly PluginRoute[],
  o: ExtensionRoutesOptions,
): void {
  const router = express.Router();
  router.use(cors(corsOptions(o.limits, o.production)));
  for (const route of routes) {
    router.get(`/${route.path}`, async (req: Request, res: Response) => {
      const em = o.orm.em.fork();
      const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      const operation = `${operationPrefix}/${route.path}`;
      let actor = auditActor(null, null, ip);
      try {
        const who = await authenticate(em, o.tokens, credentialsFrom(req.headers), o.now(), ip);
        if (!who) {
          throw new DomainError('UNAUTHENTICATED', {
            id: 'Silakan masuk terlebih dahulu.',
            en: 'Please log in first.',
          });
        }
        actor = auditActor(who.principal, who.auth, ip);
        const verdict = await o.rateLimiter.hit([apiHit(o.limits.rate, { ip, userId: who.principal.userId })]);
        res.set(rateLimitHeaders(verdict.quota));
        if (!verdict.allowed) {
          res.set('retry-after', String(verdict.retryAfterSeconds ?? 1));
          throw new DomainError('RATE_LIMITED', {
            id: 'Terlalu banyak permintaan. Coba lagi nanti.',
            en: 'Too many requests. Try again later.',
          });
        }
        const query: Record<string, string> = {};
        for (const [k, v] of Object.entries(req.query)) if (typeof v === 'string') query[k] = v.slice(0, 200);
        const now = o.now();
        const spm = pluginServices({
          registry: o.registry,
          topics: o.topics,
          principal: () => who.principal,
          now: o.now,
        });
        const download = await route.handler({ em, principal: who.principal, now, spm }, query);
        await insertAudit(em, actor, [
          { kind: 'READ', operation, outcome: 'OK', caseId: null, details: { ...query }, occurredAt: now },
        ]);
        const safeName = download.fileName.replace(/[^A-Za-z0-9._-]/g, '_');
        res
          .status(200)
          .set({
            'content-type': download.contentType,
            'content-disposition': `attachment; filename="${safeName}"`,
            'cache-control': 'no-store',
          })
          .send(typeof download.body === 'string' ? download.body : Buffer.from(download.body));
      } catch (error) {
        if (!isDomainError(error)) {
          o.log.error({ err: error, operation }, 'download route failed');
          res
            .status(500)
            .json({ errors: [{ message: 'Internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
          return;
        }
        await insertAudit(o.orm.em.fork(), actor, [
          { kind: 'READ', operation, outcome: error.code, caseId: null, details: {}, occurredAt: o.now() },
        ]).catch((auditError: unknown) =>
          o.log.error({ err: auditError }, 'audit: could not record a refused download'),
        );
        sendError(res, error);
      }
    });
  }
  app.use(base, router);
}
