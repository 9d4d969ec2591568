import {
  DomainError as CoreDomainError,
  forbidden,
  isDomainError,
  type DomainError,
  type PluginRegistry,
  type Principal,
} from '@posyandu-spm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { pipeline } from 'node:stream/promises';
import cors from 'cors';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import type { Logger } from 'pino';
import type { TokenService } from '../auth/token.js';
import { auditActor, insertAudit, type AuditActor } from '../security/audit-trail.js';
import { authenticate, credentialsFrom, type AuthInfo } from '../security/authenticate.js';
import { corsOptions } from '../security/http-guards.js';
import type { ApiLimits } from '../security/limits.js';
import type { RateLimiter } from '../security/rate-limiter.js';
import { isUuid } from '../services/ids.js';
import { assertMayUpload, readableFile, statusOf, uploadCaseFile } from './case-file.service.js';
import { caseFileView } from './case-file.view.js';
import type { FileStore } from './file-store.js';
import { fileTooLarge, type FileLimits } from './process-upload.js';
import { rateLimitHeaders } from '../security/rate-limiter.js';
import { apiHit } from '../security/request-limits.plugin.js';

export interface FileRoutesOptions {
  orm: MikroORM;
  registry: PluginRegistry;
  tokens: TokenService;
  log: Logger;
  now: () => Date;
  limits: ApiLimits;
  production: boolean;
  store: FileStore;
  fileLimits: FileLimits;
  rateLimiter: RateLimiter;
}

interface Caller {
  principal: Principal;
  auth: AuthInfo;
  actor: AuditActor;
}

/** Errors in the same shape as the GraphQL API's: a stable code and both languages. */
function sendError(res: Response, error: DomainError, extraHeaders: Record<string, string> = {}): void {
  res
    .status(statusOf(error))
    .set({ 'cache-control': 'no-store', ...extraHeaders })
    .json({
      errors: [
        {
          message: error.messages.id,
          extensions: {
            code: error.code,
            messages: error.messages,
            ...(error.fields.length ? { fields: error.fields } : {}),
            ...(Object.keys(error.details).length ? { details: error.details } : {}),
          },
        },
      ],
    });
}

const unauthenticated = () =>
  new CoreDomainError('UNAUTHENTICATED', {
    id: 'Silakan masuk terlebih dahulu.',
    en: 'Please log in first.',
  });

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim().slice(0, 100) : '';
}

/**
 * Uploaded documents on the API's own port:
 *
 * - `POST /files?caseId=…&documentCode=…` with a multipart body holding one `file`
 *   (the two names may also be form fields before the file): a login token of
 *   someone who may change the case's documents now; answers 201 with the
 *   stored file's metadata, which `attachDocument(fileIds)` then attaches.
 * - `GET /files/:id` (and `?variant=thumb` for an image's preview): for those
 *   who may read the case and, on a confidential complaint, see the reporter.
 *
 * Both take the `Authorization: Bearer …` header of the GraphQL API (never a
 * cookie, so another site cannot make a browser send it: no CSRF), count
 * against the same per-user rate limit, and answer errors as coded JSON.
 */
export function mountFileRoutes(app: Express, o: FileRoutesOptions): void {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: o.fileLimits.maxBytes, files: 1, fields: 10, fieldSize: 1024, parts: 12 },
  });

  /** Authenticates and counts the request; answers the error itself and returns null when refused. */
  async function caller(req: Request, res: Response): Promise<Caller | null> {
    const em = o.orm.em.fork();
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    try {
      const who = await authenticate(em, o.tokens, credentialsFrom(req.headers), o.now(), ip);
      if (!who) throw unauthenticated();
      const verdict = await o.rateLimiter.hit([apiHit(o.limits.rate, { ip, userId: who.principal.userId })]);
      res.set(rateLimitHeaders(verdict.quota));
      if (!verdict.allowed) {
        const seconds = verdict.retryAfterSeconds ?? 1;
        sendError(
          res,
          new CoreDomainError(
            'RATE_LIMITED',
            {
              id: `Terlalu banyak permintaan. Coba lagi dalam ${seconds} detik.`,
              en: `Too many requests. Try again in ${seconds} seconds.`,
            },
            { details: { retryAfterSeconds: seconds } },
          ),
          { 'retry-after': String(seconds) },
        );
        return null;
      }
      return { ...who, actor: auditActor(who.principal, who.auth, ip) };
    } catch (error) {
      if (!isDomainError(error)) throw error;
      sendError(res, error);
      return null;
    }
  }

  async function auditRefusal(actor: AuditActor, caseId: string, code: string, error: DomainError): Promise<void> {
    try {
      await insertAudit(o.orm.em.fork(), actor, [
        {
          kind: 'MUTATION',
          operation: 'uploadFile',
          outcome: error.code,
          // A case the caller cannot read is not named: the row must not reveal that the id exists.
          caseId: isUuid(caseId) && error.code !== 'NOT_FOUND' ? caseId : null,
          details: { code },
          occurredAt: o.now(),
        },
      ]);
    } catch (auditError) {
      o.log.error({ err: auditError }, 'audit: could not record a refused upload');
    }
  }

  const router = express.Router();
  router.use(cors(corsOptions(o.limits, o.production)));

  router.post('/', async (req: Request, res: Response, next: NextFunction) => {
    const who = await caller(req, res).catch(next);
    if (!who) return;
    const fromQuery = { caseId: text(req.query.caseId), documentCode: text(req.query.documentCode) };
    try {
      if (who.auth.kind === 'apiKey' && who.auth.scope !== 'ACT') {
        throw forbidden({
          id: 'Kunci API ini hanya untuk membaca (cakupan READ); dokumen diunggah petugas atau kunci ACT.',
          en: 'This API key can only read (scope READ); officers or an ACT key upload documents.',
        });
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      // Refuse an obviously too large body before reading it (the multipart framing adds a little).
      if (declared > o.fileLimits.maxBytes + 64 * 1024) throw fileTooLarge(o.fileLimits.maxBytes);
      // With the case named in the address, check the caller before reading a large body.
      if (fromQuery.caseId && fromQuery.documentCode) {
        await assertMayUpload(o.orm.em.fork(), o.registry, who.principal, fromQuery.caseId, fromQuery.documentCode);
      }
    } catch (error) {
      if (!isDomainError(error)) return next(error);
      await auditRefusal(who.actor, fromQuery.caseId, fromQuery.documentCode, error);
      // The body is discarded unread (Node drains it), never buffered or decoded.
      return sendError(res, error);
    }
    upload.single('file')(req, res, async (uploadError?: unknown) => {
      const caseId = fromQuery.caseId || text(req.body?.caseId);
      const documentCode = fromQuery.documentCode || text(req.body?.documentCode);
      try {
        if (uploadError) {
          if (uploadError instanceof multer.MulterError && uploadError.code === 'LIMIT_FILE_SIZE') {
            throw fileTooLarge(o.fileLimits.maxBytes);
          }
          if (uploadError instanceof multer.MulterError || (uploadError as Error).message?.includes('Multipart')) {
            throw new CoreDomainError('VALIDATION_FAILED', {
              id: 'Kirim satu berkas dalam formulir multipart (kolom "file").',
              en: 'Send one file in a multipart form (field "file").',
            });
          }
          throw uploadError;
        }
        if (!req.file) {
          throw new CoreDomainError('VALIDATION_FAILED', {
            id: 'Kirim satu berkas dalam formulir multipart (kolom "file").',
            en: 'Send one file in a multipart form (field "file").',
          });
        }
        const stored = await uploadCaseFile(
          {
            em: o.orm.em.fork(),
            registry: o.registry,
            principal: who.principal,
            actor: who.actor,
            store: o.store,
            limits: o.fileLimits,
            now: o.now(),
          },
          {
            caseId,
            documentCode,
            // Browsers send the name as UTF-8; busboy reads it as latin1.
            originalName: Buffer.from(req.file.originalname, 'latin1').toString('utf8'),
            data: req.file.buffer,
          },
        );
        res
          .status(201)
          .set('cache-control', 'no-store')
          .json({ file: caseFileView(stored) });
      } catch (error) {
        if (!isDomainError(error)) return next(error);
        await auditRefusal(who.actor, caseId, documentCode, error);
        sendError(res, error);
      }
    });
  });

  router.get('/:id', async (req: Request, res: Response, next: NextFunction) => {
    const who = await caller(req, res).catch(next);
    if (!who) return;
    try {
      const em = o.orm.em.fork();
      const { file, confidential } = await readableFile(em, o.registry, who.principal, String(req.params.id), o.now());
      const thumb = req.query.variant === 'thumb' && file.thumbnailKey;
      const stored = await o.store.open(thumb ? (file.thumbnailKey as string) : file.storageKey);
      if (!stored) {
        o.log.error({ fileId: file.id }, 'file metadata without bytes in the store');
        throw new CoreDomainError('NOT_FOUND', { id: 'Berkas tidak ditemukan.', en: 'File was not found.' });
      }
      if (confidential) {
        try {
          await insertAudit(em, who.actor, [
            {
              kind: 'READ',
              operation: 'REPORTER_IDENTITY',
              outcome: 'OK',
              caseId: file.case.id,
              details: { fileId: file.id },
              occurredAt: o.now(),
            },
          ]);
        } catch (error) {
          // No audited read, no bytes; and the store's connection is released.
          stored.body.destroy();
          throw error;
        }
      }
      const ascii = file.originalName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      res.status(200).set({
        'content-type': thumb ? 'image/jpeg' : file.contentType,
        'content-length': String(stored.size),
        // Private to this user's browser; the bytes under an id never change.
        'cache-control': 'private, max-age=86400, immutable',
        etag: `"${file.sha256}${thumb ? '-t' : ''}"`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
        'content-disposition': `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
      });
      // Streamed from the store: a large PDF is never held in memory whole. A reader that goes away, or a
      // store that fails half-way, ends the response short of its Content-Length, which the client notices.
      await pipeline(stored.body, res).catch((error: unknown) => {
        if (!res.writableFinished) o.log.warn({ err: error, fileId: file.id }, 'file download ended early');
      });
    } catch (error) {
      if (res.headersSent) return;
      if (!isDomainError(error)) return next(error);
      sendError(res, error);
    }
  });

  app.use('/files', router);
}
