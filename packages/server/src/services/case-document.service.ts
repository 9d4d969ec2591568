import { ref } from '@mikro-orm/core';
import {
  DomainError,
  forbidden,
  validationFailed,
  workingMembership,
  type DocumentStatus,
  type FieldProblem,
  type PluginRegistry,
  type Principal,
} from '@posyandu-spm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  attachmentSchema,
  checkInput,
  fileCountProblem,
  parseInput,
  reviewReasonField,
} from '@posyandu-spm/core/intake';
import { CaseDocument } from '../entities/case-document.entity.js';
import { CaseFile } from '../entities/case-file.entity.js';
import type { Case } from '../entities/case.entity.js';
import { User } from '../entities/user.entity.js';
import { recordEvent } from './case-events.js';
import { isUuid } from './ids.js';
import { loadCaseForWork, type LoadedCase, touchCase } from './case-work.js';
import type { ServiceDeps } from './service-deps.js';
import { accountableUserId, eventActor } from './principal.js';

export interface AttachDocumentInput {
  code: string;
  /** Names of papers recorded without an upload (kept for older clients); may be empty when fileIds are given. */
  fileNames?: readonly string[] | null;
  /** Files uploaded to this case for this document (`POST /files`); they become the document's files. */
  fileIds?: readonly string[] | null;
  note?: string | null;
}

/** The papers named and the note of an attachment (core/intake, shared with the console). */
const ATTACHMENT = attachmentSchema();

export function assertOpenAndWorking(principal: Principal, loaded: LoadedCase): void {
  if (loaded.c.closedAt) {
    throw new DomainError('WRONG_STATE', {
      id: 'Kasus sudah selesai; dokumen tidak dapat diubah.',
      en: 'The case is closed; its documents cannot change.',
    });
  }
  if (!workingMembership(principal, loaded.facts)) {
    throw forbidden({
      id: 'Hanya petugas unit yang memegang kasus yang dapat mengubah dokumennya.',
      en: 'Only staff of the unit holding the case can change its documents.',
    });
  }
}

/** The case's document with this code (created when first handed in or waived), marked as changed now by the actor. */
function documentFor(deps: ServiceDeps, c: Case, code: string): CaseDocument {
  let doc = c.documents.getItems().find((d) => d.code === code);
  if (!doc) {
    doc = deps.em.create(CaseDocument, {
      case: c,
      code,
      updatedBy: accountableUserId(deps.principal),
      updatedAt: deps.now,
    });
    c.documents.add(doc);
  }
  doc.updatedBy = ref(User, accountableUserId(deps.principal));
  doc.updatedAt = deps.now;
  touchCase(c, deps.now);
  return doc;
}

export function requirementOf(registry: PluginRegistry, c: Case, code: string) {
  const req = registry.serviceType(c.sectorId, c.serviceTypeId).requirements.find((r) => r.code === code);
  if (!req) {
    throw validationFailed([
      {
        field: 'code',
        message: {
          id: `Dokumen "${code}" tidak diminta untuk layanan ini.`,
          en: `Document "${code}" is not asked for this service.`,
        },
      },
    ]);
  }
  return req;
}

/**
 * The uploaded files named by `fileIds`: each must be a file of this case uploaded for this
 * document, and named once; problems go to `problems` (field `fileIds.<i>`).
 */
async function uploadedFiles(
  em: EntityManager,
  c: Case,
  code: string,
  fileIds: readonly string[],
  problems: FieldProblem[],
): Promise<CaseFile[]> {
  if (!fileIds.length) return [];
  const label = { id: 'Berkas unggahan', en: 'Uploaded files' };
  if (new Set(fileIds).size !== fileIds.length) {
    problems.push({
      field: 'fileIds',
      label,
      message: { id: 'Ada berkas yang disebut dua kali.', en: 'A file is named twice.' },
    });
    return [];
  }
  const valid = fileIds.filter(isUuid);
  const found = valid.length ? await em.find(CaseFile, { id: { $in: valid }, case: c.id, documentCode: code }) : [];
  const byId = new Map(found.map((f) => [f.id, f]));
  fileIds.forEach((id, i) => {
    if (!byId.has(id)) {
      problems.push({
        field: `fileIds.${i}`,
        label,
        message: {
          id: 'Berkas ini tidak diunggah untuk dokumen ini pada kasus ini.',
          en: 'This file was not uploaded for this document of this case.',
        },
      });
    }
  });
  return fileIds.flatMap((id) => byId.get(id) ?? []);
}

/** Records that a document was handed in: uploaded files (`fileIds`) and/or papers by name (`fileNames`). */
export async function attachDocument(
  deps: ServiceDeps,
  caseId: string,
  input: AttachDocumentInput,
  expectedVersion: number | null,
): Promise<Case> {
  return deps.em.transactional(async (em) => {
    const loaded = await loadCaseForWork(em, deps.registry, deps.principal, caseId, expectedVersion);
    assertOpenAndWorking(deps.principal, loaded);
    const { c } = loaded;
    const req = requirementOf(deps.registry, c, input.code);
    const problems: FieldProblem[] = [];
    const files = await uploadedFiles(em, c, input.code, input.fileIds ?? [], problems);
    const checked = checkInput(ATTACHMENT, input);
    if (!checked.ok) problems.push(...checked.problems);
    const wrongCount = fileCountProblem(req, files.length + (input.fileNames?.length ?? 0));
    if (wrongCount) {
      problems.push({ field: input.fileIds?.length ? 'fileIds' : 'fileNames', label: req.label, message: wrongCount });
    }
    if (!checked.ok || problems.length) throw validationFailed(problems);
    const { fileNames, note } = checked.value;
    const names = [...files.map((f) => f.originalName), ...fileNames];

    const doc = documentFor({ ...deps, em }, c, input.code);
    doc.fileNames = names;
    doc.fileCount = names.length;
    // The files named now are the document's; files attached before and not named again are let go (kept, unlisted).
    const kept = new Set(files.map((f) => f.id));
    for (const old of await em.find(CaseFile, { document: doc.id })) {
      if (!kept.has(old.id)) {
        old.document = null;
        old.position = null;
      }
    }
    files.forEach((f, i) => {
      f.document = ref(doc);
      f.position = i;
    });
    doc.status = 'RECEIVED';
    doc.statusReason = null;
    doc.note = note;
    recordEvent(em, c, {
      type: 'DOCUMENT_ATTACHED',
      ...eventActor(deps.principal),
      holderId: c.holder.id,
      payload: {
        code: input.code,
        fileCount: names.length,
        uploadedFiles: files.length,
        complete: names.length >= req.minFiles,
      },
      at: deps.now,
    });
    return c;
  });
}

/** Marks a document valid, needing correction (with a reason) or waived (with a reason). */
export async function reviewDocument(
  deps: ServiceDeps,
  caseId: string,
  code: string,
  status: Exclude<DocumentStatus, 'RECEIVED'>,
  reason: string | null,
  expectedVersion: number | null,
): Promise<Case> {
  return deps.em.transactional(async (em) => {
    const loaded = await loadCaseForWork(em, deps.registry, deps.principal, caseId, expectedVersion);
    assertOpenAndWorking(deps.principal, loaded);
    const { c } = loaded;
    const req = requirementOf(deps.registry, c, code);
    const why = parseInput(reviewReasonField(status !== 'VALID'), reason, { prefix: 'reason' });
    if (!c.documents.getItems().some((d) => d.code === code) && status !== 'WAIVED') {
      throw new DomainError('WRONG_STATE', {
        id: `${req.label.id} belum diterima, jadi belum bisa diperiksa.`,
        en: `${req.label.en} has not been received, so it cannot be checked yet.`,
      });
    }
    const doc = documentFor({ ...deps, em }, c, code);
    if (status === 'VALID' && doc.fileCount < req.minFiles) {
      throw new DomainError('GUARD_FAILED', {
        id: `${req.label.id} memerlukan ${req.minFiles} berkas; baru ada ${doc.fileCount}.`,
        en: `${req.label.en} needs ${req.minFiles} files; only ${doc.fileCount} were given.`,
      });
    }
    doc.status = status;
    doc.statusReason = why;
    recordEvent(em, c, {
      type: 'DOCUMENT_REVIEWED',
      ...eventActor(deps.principal),
      holderId: c.holder.id,
      reason: why,
      payload: { code, status },
      at: deps.now,
    });
    return c;
  });
}
