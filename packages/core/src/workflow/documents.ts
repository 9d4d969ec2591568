import type { ResolvedServiceType } from '../plugin/plugin-registry.js';

export const DOCUMENT_STATUSES = ['RECEIVED', 'VALID', 'NEEDS_CORRECTION', 'WAIVED'] as const;
/** Each document on a case has its own status. */
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export interface DocumentFacts {
  code: string;
  status: DocumentStatus;
  fileCount: number;
}

/** Required documents not yet received in full (a document needing correction counts as missing). */
export function missingDocumentCodes(type: ResolvedServiceType, documents: readonly DocumentFacts[]): string[] {
  return type.requirements
    .filter((req) => req.required)
    .filter((req) => {
      const doc = documents.find((d) => d.code === req.code);
      if (!doc) return true;
      if (doc.status === 'WAIVED') return false;
      return doc.status === 'NEEDS_CORRECTION' || doc.fileCount < req.minFiles;
    })
    .map((req) => req.code);
}

/** Required documents not yet checked as valid (or waived). */
export function unverifiedDocumentCodes(type: ResolvedServiceType, documents: readonly DocumentFacts[]): string[] {
  return type.requirements
    .filter((req) => req.required)
    .filter((req) => {
      const doc = documents.find((d) => d.code === req.code);
      return !doc || (doc.status !== 'VALID' && doc.status !== 'WAIVED');
    })
    .map((req) => req.code);
}
