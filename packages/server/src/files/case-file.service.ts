import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type DomainError,
  canReadCase,
  canSeeReporterIdentity,
  forbidden,
  notFound,
  validationFailed,
  type PluginRegistry,
  type Principal,
} from '@posyandu-spm/core';
import { CaseFile } from '../entities/case-file.entity.js';
import { Case } from '../entities/case.entity.js';
import { User } from '../entities/user.entity.js';
import { insertAudit, type AuditActor } from '../security/audit-trail.js';
import { assertOpenAndWorking, requirementOf } from '../services/case-document.service.js';
import { accessFacts } from '../services/case-facts.js';
import { loadCaseForWork } from '../services/case-work.js';
import { isUuid } from '../services/ids.js';
import type { FileStore } from './file-store.js';
import { processUpload, type FileLimits } from './process-upload.js';
import { accountableUserId } from '../services/principal.js';

export interface FileServiceDeps {
  em: EntityManager;
  registry: PluginRegistry;
  principal: Principal;
  actor: AuditActor;
  store: FileStore;
  limits: FileLimits;
  now: Date;
}

export interface UploadInput {
  caseId: string;
  documentCode: string;
  originalName: string;
  data: Buffer;
}

const FILE = { id: 'Berkas', en: 'File' };

/** A file name as shown: the last path segment, no control characters, at most 200 characters. */
export function cleanFileName(name: string | undefined, fallback: string): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (clean || fallback).slice(0, 200);
}

/**
 * Checks that the caller may add documents to the case now (it is open and they
 * work on it: the same rule as `attachDocument`) and that the document is one
 * the service type asks. Cheap: run it before reading a large body.
 */
export async function assertMayUpload(
  em: EntityManager,
  registry: PluginRegistry,
  principal: Principal,
  caseId: string,
  documentCode: string,
): Promise<void> {
  const loaded = await loadCaseForWork(em, registry, principal, caseId, null);
  assertOpenAndWorking(principal, loaded);
  requirementOf(registry, loaded.c, documentCode);
}

/**
 * Stores one uploaded file of a case: checks the caller, the type (from the
 * content) and the size, scales an image down, writes the bytes to the store and
 * the metadata row with its audit row in one transaction. The same bytes sent
 * again by the same user for the same document (a retry after a lost answer)
 * return the file already stored.
 */
export async function uploadCaseFile(deps: FileServiceDeps, input: UploadInput): Promise<CaseFile> {
  const { em, principal } = deps;
  if (!isUuid(input.caseId)) throw notFound({ id: 'Kasus', en: 'Case' });
  if (!input.documentCode) {
    throw validationFailed([
      { field: 'documentCode', message: { id: 'Sebutkan dokumennya.', en: 'Name the document.' } },
    ]);
  }
  await assertMayUpload(em, deps.registry, principal, input.caseId, input.documentCode);
  const sha256 = createHash('sha256').update(input.data).digest('hex');
  const again = await em.findOne(CaseFile, {
    case: input.caseId,
    documentCode: input.documentCode,
    sha256,
    uploadedBy: accountableUserId(principal),
    document: null,
  });
  if (again) return again;

  const processed = await processUpload(input.data, deps.limits);
  const id = randomUUID();
  const storageKey = id;
  const thumbnailKey = processed.thumbnail ? `${id}.thumb` : null;
  // Bytes first, then the row that points at them: a row never names a missing object. Whatever fails
  // after the first write (the preview's write, the transaction) removes both objects again.
  try {
    await deps.store.put(storageKey, processed.data, processed.contentType);
    if (processed.thumbnail && thumbnailKey) await deps.store.put(thumbnailKey, processed.thumbnail, 'image/jpeg');
    return await em.transactional(async (tx) => {
      const row = tx.create(CaseFile, {
        id,
        case: tx.getReference(Case, input.caseId),
        documentCode: input.documentCode,
        originalName: cleanFileName(input.originalName, input.documentCode),
        contentType: processed.contentType,
        sizeBytes: processed.data.length,
        originalSizeBytes: processed.originalSizeBytes,
        sha256,
        width: processed.width,
        height: processed.height,
        storageKey,
        thumbnailKey,
        uploadedBy: tx.getReference(User, accountableUserId(principal)),
        uploadedAt: deps.now,
      });
      await tx.flush();
      await insertAudit(
        tx,
        deps.actor,
        [
          {
            kind: 'MUTATION',
            operation: 'uploadFile',
            outcome: 'OK',
            caseId: input.caseId,
            details: { fileId: id, code: input.documentCode, contentType: row.contentType, sizeBytes: row.sizeBytes },
            occurredAt: deps.now,
          },
        ],
        tx.getTransactionContext(),
      );
      return row;
    });
  } catch (error) {
    await deps.store.delete(storageKey).catch(() => undefined);
    if (thumbnailKey) await deps.store.delete(thumbnailKey).catch(() => undefined);
    throw error;
  }
}

export interface ReadableFile {
  file: CaseFile;
  /** The case has a confidential reporter (the read is audited as REPORTER_IDENTITY). */
  confidential: boolean;
}

/**
 * A file the caller may read: NOT_FOUND when they cannot read its case (as if it
 * did not exist); FORBIDDEN on a complaint with a confidential reporter unless
 * they may see the reporter (the files, e.g. the reporter's KTP, name them).
 */
export async function readableFile(
  em: EntityManager,
  registry: PluginRegistry,
  principal: Principal,
  fileId: string,
  now: Date,
): Promise<ReadableFile> {
  if (!isUuid(fileId)) throw notFound(FILE);
  const file = await em.findOne(CaseFile, { id: fileId });
  if (!file) throw notFound(FILE);
  const c = await em.findOneOrFail(Case, { id: file.case.id }, { populate: ['holder'] });
  const facts = accessFacts(c, c.holder.getEntity(), registry, now);
  if (!canReadCase(principal, facts)) throw notFound(FILE);
  if (!canSeeReporterIdentity(principal, facts)) {
    throw forbidden({
      id: 'Berkas pengaduan ini hanya dapat dilihat petugas yang boleh mengetahui identitas pelapor.',
      en: 'The files of this complaint are only for officers who may know who reported it.',
    });
  }
  return { file, confidential: c.confidentialReporter };
}

/** A DomainError's HTTP status on the file endpoints. */
export function statusOf(error: DomainError): number {
  switch (error.code) {
    case 'UNAUTHENTICATED':
    case 'API_KEY_INVALID':
    case 'API_KEY_REVOKED':
    case 'API_KEY_EXPIRED':
      return 401;
    case 'FORBIDDEN':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'WRONG_STATE':
    case 'VERSION_CONFLICT':
      return 409;
    case 'FILE_TOO_LARGE':
      return 413;
    case 'FILE_TYPE_NOT_ALLOWED':
      return 415;
    case 'FILE_UNREADABLE':
      return 422;
    case 'RATE_LIMITED':
      return 429;
    default:
      return 400;
  }
}
