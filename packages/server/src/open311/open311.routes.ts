import type { MikroORM } from '@mikro-orm/postgresql';
import {
  isDomainError,
  isWithinArea,
  mayChange,
  notFound,
  canReadCase,
  type DomainError,
  type PluginRegistry,
  type Principal,
} from '@posyandu-spm/core';
import express, { type Express, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import type { TokenService } from '../auth/token.js';
import { Case } from '../entities/case.entity.js';
import { outcomeOf } from '../security/audit-mutations.js';
import { auditActor, insertAudit, type AuditActor } from '../security/audit-trail.js';
import { authenticate, credentialsFrom } from '../security/authenticate.js';
import type { ApiLimits } from '../security/limits.js';
import { rateLimitHeaders, type RateLimiter } from '../security/rate-limiter.js';
import { apiHit } from '../security/request-limits.plugin.js';
import { CalendarService } from '../services/calendar.service.js';
import { registerCase } from '../services/case-registration.service.js';
import { listCases } from '../services/case-query.js';
import { accessFacts } from '../services/case-facts.js';
import { normalizeTrackingCode } from '../services/tracking-code.js';
import { Open311Error, send, sendError, type Format } from './open311-format.js';
import {
  attributeParams,
  attributesOf,
  factsFrom,
  parseServiceCode,
  requestView,
  servicesOf,
} from './open311-mapping.js';

export interface Open311Options {
  orm: MikroORM;
  registry: PluginRegistry;
  tokens: TokenService;
  log: Logger;
  now: () => Date;
  limits: ApiLimits;
  rateLimiter: RateLimiter;
}

const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429 };

/** A coded error of the API as Open311 errors: one per bad field, in English (the spec's language). */
function fromDomain(error: DomainError): Open311Error {
  const status = STATUS_OF[error.code] ?? 400;
  const fields = error.fields.map((f) => `${openField(f.field)}: ${f.message.en}`);
  return new Open311Error(status, fields.length ? fields : [`${error.code}: ${error.messages.en}`]);
}

/** `facts.occupants` → `attribute[occupants]`, `applicant.nik` → `attribute[nik]`: the names the client sent. */
function openField(field: string): string {
  if (field.startsWith('facts.')) return `attribute[${field.slice(6).split('.')[0]}]`;
  if (field === 'applicant.nik') return 'attribute[nik]';
  if (field === 'applicant.kkNumber') return 'attribute[kk_number]';
  if (field === 'applicant.name') return 'first_name';
  if (field === 'applicant.phone') return 'phone';
  return field;
}

/** `services.json` → ['services', 'json']; the format is the last extension (json or xml). */
function splitFile(file: string): { name: string; format: Format | null } {
  const dot = file.lastIndexOf('.');
  const ext = dot > 0 ? file.slice(dot + 1) : '';
  return { name: dot > 0 ? file.slice(0, dot) : file, format: ext === 'json' || ext === 'xml' ? ext : null };
}

function formatOf(req: Request): Format {
  return splitFile(String(req.params.file ?? '')).format ?? 'json';
}

/** The name before the extension; an unknown format is a 404 as for a path that does not exist. */
function nameOf(req: Request): string {
  const { name, format } = splitFile(String(req.params.file ?? ''));
  if (!format) throw new Open311Error(404, ['format: .json or .xml']);
  return name;
}

/**
 * Open311 GeoReport v2 at `/open311/v2` (wiki.open311.org/GeoReport_v2): the installed service types
 * as services with their attributes, service requests posted and read with an API key (`api_key`,
 * or `Authorization: Bearer psk_…`) through the same checks, policy and audit as GraphQL.
 * jurisdiction_id is the kabupaten's area code (e.g. 33.10).
 */
export function mountOpen311Routes(app: Express, o: Open311Options): void {
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: o.limits.maxBodyBytes }));
  router.use(express.json({ limit: o.limits.maxBodyBytes }));

  const caller = async (req: Request, res: Response, required: boolean) => {
    const em = o.orm.em.fork();
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const param = (req.body as Record<string, unknown> | undefined)?.api_key ?? req.query.api_key;
    const credentials = credentialsFrom(req.headers);
    if (!credentials.bearer && !credentials.apiKey && typeof param === 'string') credentials.apiKey = param;
    let who;
    try {
      who = await authenticate(em, o.tokens, credentials, o.now(), ip);
    } catch (error) {
      if (isDomainError(error)) throw new Open311Error(401, [`${error.code}: ${error.messages.en}`]);
      throw error;
    }
    const verdict = await o.rateLimiter.hit([apiHit(o.limits.rate, { ip, userId: who?.principal.userId ?? null })]);
    res.set(rateLimitHeaders(verdict.quota));
    if (!verdict.allowed) {
      res.set('retry-after', String(verdict.retryAfterSeconds ?? 1));
      throw new Open311Error(429, [`RATE_LIMITED: try again in ${verdict.retryAfterSeconds ?? 1} seconds`]);
    }
    if (!who && required) throw new Open311Error(401, ['api_key: an API key is required']);
    return { em, ip, who };
  };

  /** jurisdiction_id is a kabupaten/kota code (33.10) this installation serves; with a key, the one its unit lies in. */
  const checkJurisdiction = async (req: Request, principal: Principal | null) => {
    const given = req.query.jurisdiction_id ?? (req.body as Record<string, unknown> | undefined)?.jurisdiction_id;
    if (typeof given !== 'string' || !given) return;
    const shaped = /^\d{2}\.\d{2}$/.test(given);
    const served = principal
      ? principal.memberships.some((m) => isWithinArea(m.areaCode, given))
      : shaped &&
        (
          await o.orm.em
            .fork()
            .getConnection()
            .execute<Array<{ n: number }>>(`select count(*)::int as n from org_unit where area_code like ?`, [
              `${given}.%`,
            ])
        )[0]?.n;
    if (!shaped || !served) {
      throw new Open311Error(404, ['jurisdiction_id: not a kabupaten/kota served here']);
    }
  };

  const handle =
    (fn: (req: Request, res: Response) => Promise<void>) =>
    (req: Request, res: Response): void => {
      fn(req, res).catch((error: unknown) => {
        if (error instanceof Open311Error) return sendError(res, formatOf(req), error);
        if (isDomainError(error)) return sendError(res, formatOf(req), fromDomain(error));
        o.log.error({ err: error }, 'open311: request failed');
        sendError(res, formatOf(req), new Open311Error(500, ['internal error']));
      });
    };

  const listServices = handle(async (req, res) => {
    const { who } = await caller(req, res, false);
    await checkJurisdiction(req, who?.principal ?? null);
    send(res, formatOf(req), 200, 'services', servicesOf(o.registry));
  });

  router.get(
    '/services/:file',
    handle(async (req, res) => {
      const serviceCodeParam = nameOf(req);
      const { who } = await caller(req, res, false);
      await checkJurisdiction(req, who?.principal ?? null);
      const parsed = parseServiceCode(o.registry, serviceCodeParam);
      if (!parsed) throw new Open311Error(404, ['service_code: no such service']);
      const definition = {
        service_code: serviceCodeParam,
        attributes: attributesOf(o.registry, parsed.sectorId, parsed.serviceTypeId),
      };
      if (formatOf(req) === 'xml') send(res, 'xml', 200, 'service_definition', definition as never);
      else res.status(200).json(definition);
    }),
  );

  router.post(
    '/:file',
    handle(async (req, res) => {
      if (nameOf(req) !== 'requests') throw new Open311Error(404, ['no such resource']);
      const { em, ip, who } = await caller(req, res, true);
      if (!who) throw new Open311Error(401, ['api_key: an API key is required']);
      await checkJurisdiction(req, who.principal);
      const body = req.body as Record<string, unknown>;
      const actor: AuditActor = auditActor(who.principal, who.auth, ip);
      const audit = (outcome: string, caseId: string | null) =>
        insertAudit(em, actor, [
          {
            kind: 'MUTATION',
            operation: 'open311.postRequest',
            outcome,
            caseId,
            details: { serviceCode: String(body.service_code ?? '').slice(0, 100) },
            occurredAt: o.now(),
          },
        ]).catch((error: unknown) => o.log.error({ err: error }, 'audit: could not record a refused Open311 post'));
      try {
        if (!mayChange(who.principal)) {
          throw new Open311Error(403, ['api_key: this key can only read (scope READ); ask for an ACT key']);
        }
        const parsed = parseServiceCode(o.registry, String(body.service_code ?? ''));
        if (!parsed) throw new Open311Error(400, ['service_code: no such service']);
        const attributes = attributeParams(body);
        const lat = Number(body.lat);
        const lng = Number(body.long);
        const point =
          body.lat !== undefined && Number.isFinite(lat) && Number.isFinite(lng)
            ? { lat, lng, description: String(body.address_string ?? 'Lokasi laporan').slice(0, 200) }
            : null;
        const facts = factsFrom(o.registry, parsed.sectorId, parsed.serviceTypeId, attributes, point);
        const name = [body.first_name, body.last_name].filter((v) => typeof v === 'string' && v.trim()).join(' ');
        const now = o.now();
        const c = await em.transactional(async (tx) => {
          const made = await registerCase(
            { em: tx, registry: o.registry, calendars: new CalendarService(tx), principal: who.principal, now },
            {
              sectorId: parsed.sectorId,
              serviceTypeId: parsed.serviceTypeId,
              applicant: {
                nik: attributes.nik ?? null,
                name,
                phone: typeof body.phone === 'string' ? body.phone : null,
                kkNumber: attributes.kk_number ?? null,
                address: typeof body.address_string === 'string' ? body.address_string : null,
              },
              description: String(body.description ?? ''),
              facts,
            },
          );
          await tx.flush();
          // The change and its audit row commit together (docs/security.md §4).
          await insertAudit(
            tx,
            actor,
            [
              {
                kind: 'MUTATION',
                operation: 'open311.postRequest',
                outcome: 'OK',
                caseId: made.id,
                details: {
                  serviceCode: String(body.service_code),
                  keyCreatedBy: who.principal.apiClient?.createdByUserId ?? null,
                },
                occurredAt: now,
              },
            ],
            tx.getTransactionContext(),
          );
          return made;
        });
        send(res, formatOf(req), 201, 'service_requests', [
          {
            service_request_id: c.code,
            service_notice: `Kode pelacakan ${c.code}; dijawab dalam 5 hari kerja / Tracking code ${c.code}; answered within 5 working days`,
            account_id: null,
          },
        ]);
      } catch (error) {
        await audit(error instanceof Open311Error ? `OPEN311_${error.status}` : outcomeOf(error), null);
        throw error;
      }
    }),
  );

  router.get(
    '/requests/:file',
    handle(async (req, res) => {
      const id = nameOf(req);
      const { em, who } = await caller(req, res, true);
      if (!who) throw new Open311Error(401, ['api_key: an API key is required']);
      const c = await em.findOne(Case, { code: normalizeTrackingCode(id) }, { populate: ['holder'] });
      if (!c || !canReadCase(who.principal, accessFacts(c, c.holder.getEntity(), o.registry, o.now()))) {
        throw fromDomain(notFound({ id: 'Laporan', en: 'Service request' }));
      }
      send(res, formatOf(req), 200, 'service_requests', [requestView(o.registry, c)]);
    }),
  );

  const listRequests = handle(async (req, res) => {
    const { em, who } = await caller(req, res, true);
    if (!who) throw new Open311Error(401, ['api_key: an API key is required']);
    await checkJurisdiction(req, who.principal);
    const q = req.query as Record<string, string | undefined>;
    const ids = q.service_request_id?.split(',').map((s) => normalizeTrackingCode(s.trim())) ?? null;
    const code = q.service_code ? parseServiceCode(o.registry, q.service_code) : null;
    if (q.service_code && !code) throw new Open311Error(400, ['service_code: no such service']);
    const statuses = q.status?.split(',') ?? [];
    const start = q.start_date ? new Date(q.start_date) : null;
    const end = q.end_date ? new Date(q.end_date) : null;
    if ((start && Number.isNaN(start.getTime())) || (end && Number.isNaN(end.getTime()))) {
      throw new Open311Error(400, ['start_date/end_date: w3 datetime expected']);
    }
    const page = await listCases(em, who.principal, o.registry, {
      first: 100,
      now: o.now(),
      filter: {
        sectorId: code?.sectorId ?? null,
        serviceType: code?.serviceTypeId ?? null,
        open: statuses.length === 1 ? statuses[0] === 'open' : null,
      },
    });
    const rows = page.cases.filter(
      (c) => (!ids || ids.includes(c.code)) && (!start || c.registeredAt >= start) && (!end || c.registeredAt <= end),
    );
    send(
      res,
      formatOf(req),
      200,
      'service_requests',
      rows.map((c) => requestView(o.registry, c)),
    );
  });

  router.get(
    '/:file',
    handle(async (req, res) => {
      const name = nameOf(req);
      if (name === 'services') return listServices(req, res);
      if (name === 'requests') return listRequests(req, res);
      throw new Open311Error(404, ['no such resource']);
    }),
  );

  app.use('/open311/v2', router);
}
